import type { StanceLabel } from '../../core/index.ts'
import type { Divergence, Granularity, Period, Positions, Statement } from '../positions.ts'

/** Where a stored article came from, as the adapter reads it from the store. */
export interface BriefSource {
  readonly articleId: string
  readonly outlet: string | null
  readonly published: string | null
  readonly title: string | null
  readonly url: string | null
  readonly path: string | null
}

/**
 * How a reader finds a cited article: a web address (http or https only, so that a stored
 * `javascript:` URL never becomes a link), or else a path, other URL or stored id shown as text.
 */
export type BriefLink =
  | { readonly kind: 'web'; readonly href: string }
  | { readonly kind: 'text'; readonly text: string }

/** The article a statement is cited from. */
export interface Citation {
  readonly articleId: string
  readonly outlet: string | null
  readonly title: string | null
  /** The article's date, or the statement's when the article has none. */
  readonly date: string
  readonly link: BriefLink
}

/** One statement as the brief quotes it. */
export interface BriefStatement {
  readonly quoteId: string
  readonly actorName: string
  readonly label: StanceLabel
  /** When it was said (or the article's date when the article does not say). */
  readonly date: string
  readonly text: string
  readonly cite: Citation
}

/** Consecutive periods in which an actor held one label. */
export interface PositionRun {
  readonly label: StanceLabel
  readonly firstPeriod: string
  readonly lastPeriod: string
  readonly statements: number
}

/** One actor: positions over time, then every statement on the topic, oldest first. */
export interface ActorBrief {
  readonly actor: string
  readonly actorName: string
  readonly camp: string | null
  readonly runs: readonly PositionRun[]
  readonly statements: readonly BriefStatement[]
}

/** One side of a shift: the period and the statements that gave it its label. */
export interface ShiftSide {
  readonly period: string
  readonly label: StanceLabel
  readonly statements: readonly BriefStatement[]
}

export interface BriefShift {
  readonly actorName: string
  readonly from: ShiftSide
  readonly to: ShiftSide
}

export interface BriefContradiction {
  readonly actorName: string
  readonly days: number
  readonly a: BriefStatement
  readonly b: BriefStatement
}

/** Summary figures over the statements in the brief. */
export interface BriefSummary {
  readonly statements: number
  readonly actors: number
  readonly articles: number
  /** Distinct named outlets (articles without an outlet are not counted). */
  readonly outlets: number
  readonly firstDate: string | null
  readonly lastDate: string | null
}

/** A topic brief, ready for a renderer: who said what, positions, shifts, each statement cited. */
export interface Brief {
  readonly topic: string
  /** The topic's label from a topics file, when the caller has one. */
  readonly label: string | null
  readonly by: Granularity
  readonly since: string | null
  readonly until: string | null
  readonly summary: BriefSummary
  /** Most statements first. */
  readonly actors: readonly ActorBrief[]
  readonly shifts: readonly BriefShift[]
  readonly contradictions: readonly BriefContradiction[]
  readonly divergences: readonly Divergence[]
}

/** What {@link buildBrief} needs. */
export interface BriefInput {
  readonly positions: Positions
  /** The cited articles by stored id; a statement whose article is missing is cited by its id. */
  readonly sources: ReadonlyMap<string, BriefSource>
  readonly label?: string | null
  readonly since?: string | null
  readonly until?: string | null
}

/**
 * The statements said between two ISO days, both ends inclusive; either end may be left open.
 * @example statementsBetween(statements, { since: '2025-02-01' })
 */
export function statementsBetween(
  statements: readonly Statement[],
  range: { readonly since?: string | null; readonly until?: string | null },
): Statement[] {
  const { since, until } = range
  return statements.filter((s) => (!since || s.date >= since) && (!until || s.date <= until))
}

const WEB = /^https?:\/\//i

/** The link to an article: its http(s) URL, else its URL, path or id as text. */
export function linkOf(source: BriefSource | undefined, articleId: string): BriefLink {
  if (source?.url && WEB.test(source.url)) return { kind: 'web', href: source.url }
  return { kind: 'text', text: source?.url ?? source?.path ?? articleId }
}

const citeOf = (s: Statement, sources: ReadonlyMap<string, BriefSource>): Citation => {
  const source = sources.get(s.articleId)
  return {
    articleId: s.articleId,
    outlet: source?.outlet ?? s.outlet,
    title: source?.title ?? null,
    date: source?.published ?? s.date,
    link: linkOf(source, s.articleId),
  }
}

const byDate = (x: Statement, y: Statement): number =>
  x.date.localeCompare(y.date) || x.articleId.localeCompare(y.articleId) || x.quoteId.localeCompare(y.quoteId)

/** Consecutive periods with the same label, merged. */
function runsOf(periods: readonly Period[]): PositionRun[] {
  const runs: PositionRun[] = []
  for (const p of periods) {
    const last = runs.at(-1)
    if (last && last.label === p.label) {
      runs[runs.length - 1] = {
        ...last,
        lastPeriod: p.period,
        statements: last.statements + p.statements.length,
      }
    } else {
      runs.push({
        label: p.label,
        firstPeriod: p.period,
        lastPeriod: p.period,
        statements: p.statements.length,
      })
    }
  }
  return runs
}

function summaryOf(statements: readonly BriefStatement[], actors: number): BriefSummary {
  const dates = statements.map((s) => s.date).sort()
  return {
    statements: statements.length,
    actors,
    articles: new Set(statements.map((s) => s.cite.articleId)).size,
    outlets: new Set(statements.flatMap((s) => (s.cite.outlet ? [s.cite.outlet] : []))).size,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
  }
}

/**
 * A brief from computed positions and the articles its statements come from: summary figures,
 * each actor's positions as runs of periods, shifts and contradictions with the statements behind
 * them, and every statement by actor, cited with outlet, date and link.
 * @example renderBriefMarkdown(buildBrief({ positions, sources }))
 */
export function buildBrief(input: BriefInput): Brief {
  const { positions, sources } = input
  const cited = new Map<string, BriefStatement>()
  // quote ids are unique within an article only
  const cite = (s: Statement): BriefStatement => {
    const key = `${s.articleId}\u0000${s.quoteId}`
    const known = cited.get(key)
    if (known) return known
    const made = {
      quoteId: s.quoteId,
      actorName: s.actorName,
      label: s.label,
      date: s.date,
      text: s.text,
      cite: citeOf(s, sources),
    }
    cited.set(key, made)
    return made
  }
  const side = (p: Period): ShiftSide => ({
    period: p.period,
    label: p.label,
    statements: p.statements.filter((s) => s.label === p.label).map(cite),
  })
  const actors = positions.actors
    .map((a) => ({
      actor: a.actor,
      actorName: a.actorName,
      camp: a.camp,
      runs: runsOf(a.periods),
      statements: a.periods
        .flatMap((p) => p.statements)
        .sort(byDate)
        .map(cite),
    }))
    .sort((x, y) => y.statements.length - x.statements.length || x.actorName.localeCompare(y.actorName))
  return {
    topic: positions.topic,
    label: input.label ?? null,
    by: positions.by,
    since: input.since ?? null,
    until: input.until ?? null,
    summary: summaryOf(
      actors.flatMap((a) => a.statements),
      actors.length,
    ),
    actors,
    shifts: positions.shifts.map((s) => ({ actorName: s.actorName, from: side(s.from), to: side(s.to) })),
    contradictions: positions.contradictions.map((c) => ({
      actorName: c.actorName,
      days: c.days,
      a: cite(c.a),
      b: cite(c.b),
    })),
    divergences: positions.divergences,
  }
}
