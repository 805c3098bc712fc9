/**
 * One canonical actor in full: found by name, alias or id, with its roles over time, the merges
 * behind it, its statements newest first and their stances counted per topic.
 * @module
 */
import type { StanceLabel } from '../../core/index.ts'
import type { CanonicalActor, MergeEvidence } from '../../stages/actors/index.ts'
import type { QuoteRow, Store } from '../storage/store.ts'
import {
  type ActorSummary,
  type CorpusActors,
  foldName,
  type MemberCounts,
  memberKey,
  statementKey,
  summarise,
} from './corpus-actors.ts'

/** Most articles whose stances one report reads, newest first, so a prolific speaker cannot stall it. */
export const MAX_STANCE_ARTICLES = 500
/** Most statements one report lists over HTTP (the dashboard's actor page asks for this many). */
export const MAX_ACTOR_QUOTES = 2000

/** What a name or id finds among the canonical actors. */
export type ActorLookup =
  | { readonly status: 'found'; readonly actor: CanonicalActor }
  | { readonly status: 'none' }
  | { readonly status: 'ambiguous'; readonly candidates: readonly CanonicalActor[] }

/** A stance one quotation takes. */
export interface QuoteStance {
  readonly topic: string
  readonly label: StanceLabel
  readonly confidence: number
}

/** One of the actor's quotations, with its stances. */
export interface ActorQuote extends QuoteRow {
  readonly stances: readonly QuoteStance[]
}

/** How many of the actor's statements take a stance on a topic. */
export interface StanceCount {
  readonly topic: string
  readonly label: StanceLabel
  readonly statements: number
}

/** An article actor that the canonical actor gathers, with its article's date (oldest first, undated last). */
export interface ActorMember {
  readonly article: string
  readonly actor: string
  readonly published: string | null
}

/** Article actors merged for one reason under one name: how many articles, and the first of them. */
export interface MergeGroup extends MergeEvidence {
  readonly articles: number
}

/** Most members one report lists: the newest (an institution can gather tens of thousands). */
export const MAX_MEMBERS_SHOWN = 200

/** Everything about one canonical actor. */
export interface ActorReport extends ActorSummary {
  /** The newest {@link MAX_MEMBERS_SHOWN} of the article actors gathered, oldest first. */
  readonly members: readonly ActorMember[]
  /** Why the articles' actors were taken to be this one: one entry per name and reason. */
  readonly evidence: readonly MergeGroup[]
  /** Quotation rows: a split or mixed statement has several. */
  readonly quotations: number
  /** Per topic, most statements first; labels in a fixed order. */
  readonly stances: readonly StanceCount[]
  /** False when stances were read from only the newest {@link MAX_STANCE_ARTICLES} articles. */
  readonly stancesComplete: boolean
  /** The newest quotations (by when said, else by article), at most the limit asked for. */
  readonly quotes: readonly ActorQuote[]
}

const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']

/**
 * The actor a query names. An id or a canonical name that fits one actor decides; otherwise every
 * actor with the query as its name or an alias, or a person with it as a surname, is a candidate.
 * @example findActor(corpus, 'Rasaee') // { status: 'found', actor: { name: 'Hamid Rasaee', … } }
 */
export function findActor(corpus: CorpusActors, query: string): ActorLookup {
  const { index } = corpus
  const q = foldName(query)
  const byId = index.byId.get(query.trim())
  if (byId) return { status: 'found', actor: byId }
  const exact = index.byName.get(q) ?? []
  if (exact.length === 1) return { status: 'found', actor: exact[0]! }
  const candidates = new Set([...(index.byForm.get(q) ?? []), ...(index.bySurname.get(q) ?? [])])
  if (candidates.size === 0) return { status: 'none' }
  const ordered = [...candidates].sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0))
  return ordered.length === 1
    ? { status: 'found', actor: ordered[0]! }
    : { status: 'ambiguous', candidates: ordered }
}

/** Code-point order: tens of thousands of members sort faster than with localeCompare. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** When a quotation was made: when said, else its article's date. */
const whenOf = (q: QuoteRow): string => q.date ?? q.published ?? ''

/**
 * The quotations the actor's article actors made, newest first (by when said, else by article).
 * `members` narrows the article actors read (by default all of them).
 */
export async function actorQuotes(
  store: Store,
  actor: CanonicalActor,
  members: readonly { readonly article: string; readonly actor: string }[] = actor.members,
): Promise<QuoteRow[]> {
  const rows = await store.memberQuotes(members.map((m) => ({ articleId: m.article, actor: m.actor })))
  return rows.sort(
    (a, b) =>
      whenOf(b).localeCompare(whenOf(a)) || a.articleId.localeCompare(b.articleId) || a.start - b.start,
  )
}

/** What the counts say of an actor's members: totals, and the members that speak. */
function speakingMembers(actor: CanonicalActor, counts: MemberCounts) {
  let statements = 0
  let quotations = 0
  const members: { readonly article: string; readonly actor: string; readonly quotations: number }[] = []
  for (const m of actor.members) {
    const key = memberKey(m.article, m.actor)
    const n = counts.statements.get(key)
    if (!n) continue
    const rows = counts.quotations.get(key) ?? 0
    statements += n
    quotations += rows
    members.push({ article: m.article, actor: m.actor, quotations: rows })
  }
  return { statements, quotations, members, articles: new Set(members.map((m) => m.article)).size }
}

/**
 * The newest speaking members (by their article's date, undated last), enough to give `quotations`
 * quotations and to cover `articles` articles: all a report shows or reads stances from.
 */
function newestMembers<M extends { readonly article: string; readonly quotations: number }>(
  members: readonly M[],
  published: ReadonlyMap<string, string | null>,
  want: { readonly quotations: number; readonly articles: number },
): M[] {
  const ordered = [...members].sort(
    (a, b) =>
      compare(published.get(b.article) ?? '', published.get(a.article) ?? '') ||
      compare(a.article, b.article),
  )
  const articles = new Set<string>()
  let quotations = 0
  let taken = 0
  for (const m of ordered) {
    if (quotations >= want.quotations && articles.size >= want.articles && !articles.has(m.article)) break
    articles.add(m.article)
    quotations += m.quotations
    taken++
  }
  return ordered.slice(0, taken)
}

/** The stances of the quotations, read for their articles (newest first, at most `max` of them). */
async function stancesOf(
  store: Store,
  quotes: readonly QuoteRow[],
  max: number,
): Promise<{ byQuote: Map<string, QuoteStance[]>; complete: boolean }> {
  const articles = [...new Set(quotes.map((q) => q.articleId))]
  const read = new Set(articles.slice(0, max))
  const byQuote = new Map<string, QuoteStance[]>()
  for (const s of await store.quoteStances(quotes.filter((q) => read.has(q.articleId)))) {
    const key = `${s.articleId}\u0000${s.quoteId}`
    const list = byQuote.get(key)
    const stance = { topic: s.topic, label: s.label, confidence: s.confidence }
    if (list) list.push(stance)
    else byQuote.set(key, [stance])
  }
  return { byQuote, complete: articles.length <= max }
}

/** The newest {@link MAX_MEMBERS_SHOWN} members with their articles' dates, oldest first, undated last. */
function shownMembers(actor: CanonicalActor, published: ReadonlyMap<string, string | null>): ActorMember[] {
  // An institution gathers tens of thousands: the members of the newest days are found by counting
  // members per day, and only they are sorted. Undated ('~') count as the newest, as they sort last.
  const days = actor.members.map((m) => published.get(m.article) ?? '~')
  const perDay = new Map<string, number>()
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1)
  let from = ''
  let counted = 0
  for (const day of [...perDay.keys()].sort(compare).reverse()) {
    from = day
    counted += perDay.get(day) ?? 0
    if (counted >= MAX_MEMBERS_SHOWN) break
  }
  const kept = actor.members.flatMap((m, i) => (days[i]! >= from ? [{ m, day: days[i]! }] : []))
  kept.sort((a, b) => compare(a.day, b.day) || compare(a.m.article, b.m.article))
  return kept
    .slice(-MAX_MEMBERS_SHOWN)
    .map(({ m, day }) => ({ article: m.article, actor: m.actor, published: day === '~' ? null : day }))
}

/** Evidence by name, reason and confidence, in the order first seen, with how many articles gave it. */
function groupEvidence(evidence: readonly MergeEvidence[]): MergeGroup[] {
  const groups = new Map<string, { first: MergeEvidence; articles: Set<string> }>()
  for (const e of evidence) {
    const key = `${e.name}\u0000${e.reason}\u0000${e.confidence}`
    const group = groups.get(key)
    if (group) group.articles.add(e.article)
    else groups.set(key, { first: e, articles: new Set([e.article]) })
  }
  return [...groups.values()].map((g) => ({ ...g.first, articles: g.articles.size }))
}

/** Statements per topic and label: a statement whose parts agree counts once. */
function countStances(quotes: readonly ActorQuote[]): StanceCount[] {
  const seen = new Map<string, Set<string>>()
  for (const q of quotes) {
    for (const s of q.stances) {
      const key = `${s.topic}\u0000${s.label}`
      seen.set(key, (seen.get(key) ?? new Set()).add(statementKey(q)))
    }
  }
  const counts = [...seen].map(([key, statements]) => {
    const [topic, label] = key.split('\u0000') as [string, StanceLabel]
    return { topic, label, statements: statements.size }
  })
  const total = (topic: string) =>
    counts.filter((c) => c.topic === topic).reduce((n, c) => n + c.statements, 0)
  return counts.sort(
    (a, b) =>
      total(b.topic) - total(a.topic) ||
      a.topic.localeCompare(b.topic) ||
      LABELS.indexOf(a.label) - LABELS.indexOf(b.label),
  )
}

/**
 * The full report on one actor, listing its `limit` newest quotations.
 * @example await readActorReport(store, corpus, actor, { limit: 10 })
 */
export async function readActorReport(
  store: Store,
  corpus: CorpusActors,
  actor: CanonicalActor,
  opts: {
    readonly limit: number
    readonly maxStanceArticles?: number
    /**
     * Statements and quotations per article actor, when known: the counts come from them, and
     * only the quotations of the newest articles the report shows or reads stances from are read.
     */
    readonly counts?: MemberCounts
    /** The actor's summary, when the caller has it (from the same counts): not worked out again. */
    readonly summary?: ActorSummary
  },
): Promise<ActorReport> {
  const max = opts.maxStanceArticles ?? MAX_STANCE_ARTICLES
  const speaking = opts.counts ? speakingMembers(actor, opts.counts) : undefined
  const members = speaking
    ? newestMembers(speaking.members, corpus.published, { quotations: opts.limit, articles: max })
    : actor.members
  const rows = await actorQuotes(store, actor, members)
  const { byQuote, complete } = await stancesOf(store, rows, max)
  const quotes = rows.map((q) => ({ ...q, stances: byQuote.get(`${q.articleId}\u0000${q.quoteId}`) ?? [] }))
  return {
    ...(opts.summary ??
      summarise(
        actor,
        corpus.published,
        speaking ? speaking.statements : new Set(rows.map(statementKey)).size,
      )),
    members: shownMembers(actor, corpus.published),
    evidence: groupEvidence(actor.evidence),
    quotations: speaking ? speaking.quotations : rows.length,
    stances: countStances(quotes),
    stancesComplete: speaking ? speaking.articles <= max : complete,
    quotes: quotes.slice(0, opts.limit),
  }
}

/**
 * A candidate's summary, for telling apart the actors an ambiguous name fits: its statements
 * counted from the statements per article actor ({@link countStatements}).
 * @example summariseCandidate(corpus, statements, candidate)
 */
export function summariseCandidate(
  corpus: CorpusActors,
  statements: ReadonlyMap<string, number>,
  actor: CanonicalActor,
): ActorSummary {
  const n = actor.members.reduce((sum, m) => sum + (statements.get(memberKey(m.article, m.actor)) ?? 0), 0)
  return summarise(actor, corpus.published, n)
}
