/**
 * Corpus-level actors read from a store: every article's actors resolved into one identity per
 * person or institution (registry entries override), with the articles and statements behind
 * each. The one reader `subtext actors`, `subtext actor` and GET /api/actors share.
 * @module
 */
import { type ActorId, actorId } from '../../core/index.ts'
import {
  type ArticleActor,
  type CanonicalActor,
  type RegistryEntry,
  type RoleOverTime,
  resolveCorpusActors,
  roleKind,
} from '../../stages/actors/index.ts'
import type { ArticleActorRow, QuoteRow, Store } from '../storage/store.ts'

/** Rows read per store query. */
const PAGE = 1000

/** One canonical actor as a list shows it. Dates are ISO days of the articles that mention it. */
export interface ActorSummary {
  /** Stable while the stored articles and the registry stay the same (the registry's id if it gives one). */
  readonly id: string
  readonly name: string
  readonly kind: CanonicalActor['kind']
  /** Other names the articles (and the registry) use for the actor. */
  readonly aliases: readonly string[]
  /** Roles the articles give, each with the first and last dates it was seen. */
  readonly roles: readonly RoleOverTime[]
  /** Country, affiliation and camp, from the registry only. */
  readonly labels: CanonicalActor['labels']
  /** Articles that mention the actor. */
  readonly articles: number
  /** Statements attributed to the actor; the parts of one split or mixed statement count once. */
  readonly statements: number
  readonly first: string | null
  readonly last: string | null
}

/** The resolved actors of a store, with each article's publication date. */
export interface CorpusActors {
  readonly actors: readonly CanonicalActor[]
  readonly published: ReadonlyMap<string, string | null>
  /** Lookups over `actors`, made once. */
  readonly index: ActorIndex
}

/** Ways into a corpus's actors: by id, by folded name or alias, by article, and their order. */
export interface ActorIndex {
  readonly byId: ReadonlyMap<string, CanonicalActor>
  /** By {@link foldName} of the canonical name. */
  readonly byName: ReadonlyMap<string, readonly CanonicalActor[]>
  /** By {@link foldName} of the canonical name or an alias. */
  readonly byForm: ReadonlyMap<string, readonly CanonicalActor[]>
  /** A person's by {@link foldName} of the last word of its name or of an alias of two words or more. */
  readonly bySurname: ReadonlyMap<string, readonly CanonicalActor[]>
  /** Each article's actors: the article actor's id and the canonical actor it belongs to. */
  readonly byArticle: ReadonlyMap<
    string,
    readonly { readonly actor: string; readonly canonical: CanonicalActor }[]
  >
  /** Each actor's place in `actors`. */
  readonly position: ReadonlyMap<CanonicalActor, number>
}

/** Names compared the way ids are made: case, accents, spacing and hyphens do not count. */
export const foldName = (name: string): string => actorId(name.trim())

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The folded last words of an actor's names of two words or more. */
function surnames(a: CanonicalActor): Set<string> {
  const found = new Set<string>()
  for (const name of [a.name, ...a.aliases]) {
    const words = name.trim().split(/\s+/)
    if (words.length > 1) found.add(foldName(words.at(-1) ?? ''))
  }
  found.delete('')
  return found
}

/** The lookups of {@link ActorIndex} over resolved actors. */
export function indexActors(actors: readonly CanonicalActor[]): ActorIndex {
  const byName = new Map<string, CanonicalActor[]>()
  const byForm = new Map<string, CanonicalActor[]>()
  const bySurname = new Map<string, CanonicalActor[]>()
  const byArticle = new Map<string, { actor: string; canonical: CanonicalActor }[]>()
  actors.forEach((a) => {
    push(byName, foldName(a.name), a)
    for (const form of new Set([a.name, ...a.aliases].map(foldName))) push(byForm, form, a)
    if (a.kind === 'person') for (const surname of surnames(a)) push(bySurname, surname, a)
    for (const m of a.members) push(byArticle, m.article, { actor: m.actor, canonical: a })
  })
  return {
    byId: new Map(actors.map((a) => [a.id, a])),
    byName,
    byForm,
    bySurname,
    byArticle,
    position: new Map(actors.map((a, i) => [a, i])),
  }
}

/** Identifies one actor of one article, as {@link CanonicalActor.members} lists them. */
export const memberKey = (article: string, actor: string): string => `${article}\u0000${actor}`

/** Identifies a statement across articles: statement ids are unique only within an article. */
export const statementKey = (q: Pick<QuoteRow, 'articleId' | 'statement'>): string =>
  `${q.articleId}\u0000${q.statement}`

/** A stored actor as the corpus resolver reads it. */
function toArticleActor(row: ArticleActorRow): ArticleActor {
  return {
    article: row.articleId,
    published: row.published,
    actor: {
      id: row.actor.id as ActorId,
      name: row.actor.name,
      kind: row.actor.kind,
      aliases: row.actor.aliases,
      // The store keeps role titles without the spans that gave them; the resolver reads only
      // titles and kinds, so the evidence is an empty span.
      roles: row.actor.roles.map((title) => ({
        kind: roleKind(title),
        title,
        evidence: { start: 0, end: 0 },
      })),
    },
  }
}

/**
 * Reads every article's actors, a page at a time, and resolves them across the corpus.
 * @example const { actors } = await readCorpusActors(store, await readRegistryFile('registry.yaml'))
 */
export async function readCorpusActors(
  store: Store,
  registry: readonly RegistryEntry[] = [],
): Promise<CorpusActors> {
  const rows: ArticleActorRow[] = []
  for (let after: ArticleActorRow | undefined; ; ) {
    const at = after ? { after: { articleId: after.articleId, actorId: after.actor.id } } : {}
    const page = await store.articleActors({ limit: PAGE, ...at })
    rows.push(...page)
    after = page.at(-1)
    if (page.length < PAGE) break
  }
  const published = new Map(rows.map((r) => [r.articleId, r.published]))
  const actors = resolveCorpusActors(rows.map(toArticleActor), registry)
  return { actors, published, index: indexActors(actors) }
}

/** Distinct statements per article actor ({@link memberKey}), over every stored quotation. */
export async function countStatements(store: Store): Promise<Map<string, number>> {
  return (await countMembers(store)).statements
}

/** Statements and quotations per article actor ({@link memberKey}). */
export interface MemberCounts {
  readonly statements: ReadonlyMap<string, number>
  readonly quotations: ReadonlyMap<string, number>
}

/** {@link MemberCounts} over every stored quotation, in one query. */
export async function countMembers(
  store: Store,
): Promise<MemberCounts & { statements: Map<string, number> }> {
  const rows = await store.statementCounts()
  return {
    statements: new Map(rows.map((r) => [memberKey(r.articleId, r.actorId), r.statements])),
    quotations: new Map(rows.map((r) => [memberKey(r.articleId, r.actorId), r.quotations])),
  }
}

/**
 * What a list shows of an actor, given how many statements are attributed to it.
 * @example summarise(actor, corpus.published, 12).first // '2025-01-28'
 */
export function summarise(
  actor: CanonicalActor,
  published: ReadonlyMap<string, string | null>,
  statements: number,
): ActorSummary {
  const articles = new Set(actor.members.map((m) => m.article))
  let first: string | null = null
  let last: string | null = null
  for (const a of articles) {
    const day = published.get(a)
    if (!day) continue
    if (first === null || day < first) first = day
    if (last === null || day > last) last = day
  }
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    roles: actor.roles,
    labels: actor.labels,
    articles: articles.size,
    statements,
    first,
    last,
  }
}

/** Most statements first, then most articles, then by name. */
export const byStatements = (a: ActorSummary, b: ActorSummary): number =>
  b.statements - a.statements || b.articles - a.articles || a.name.localeCompare(b.name)

/**
 * Summaries of all the actors, given the statement counts per article actor ({@link countStatements}),
 * most quoted first.
 */
export function summariseAll(corpus: CorpusActors, counts: ReadonlyMap<string, number>): ActorSummary[] {
  const statementsOf = (a: CanonicalActor) =>
    a.members.reduce((n, m) => n + (counts.get(memberKey(m.article, m.actor)) ?? 0), 0)
  return corpus.actors.map((a) => summarise(a, corpus.published, statementsOf(a))).sort(byStatements)
}

/**
 * Every canonical actor of the store with its statement count, most quoted first. Actors the
 * registry names but no stored article mentions are listed with no articles.
 * @example (await listActors(store))[0]?.name // the most quoted actor
 */
export async function listActors(
  store: Store,
  registry: readonly RegistryEntry[] = [],
): Promise<ActorSummary[]> {
  return summariseAll(await readCorpusActors(store, registry), await countStatements(store))
}
