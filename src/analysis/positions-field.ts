/**
 * A topic's field from counts: each actor's periods, shifts and contradictions computed from
 * statements counted by day and label (kept by the store as statements are saved), then the few
 * statements shown as evidence fetched for what is shown. What GET /api/positions answers with on
 * a large corpus, where reading every statement of a topic took minutes.
 * @module
 */
import type { StanceLabel } from '../core/index.ts'
import type { Granularity, Statement } from './positions.ts'
import { periodLabel, periodOf } from './positions.ts'
import type { PeriodView, PositionsView, ViewBounds } from './positions-view.ts'

/**
 * Statements of one actor with one label: on one day, in one month ('2025-01'), or in one ISO week
 * (`day` its first day with such statements, `last` its last).
 */
export interface FieldCell {
  readonly actor: string
  readonly day: string
  readonly last?: string
  readonly label: StanceLabel
  readonly n: number
}

/** A page of a topic's actors (most statements first) with their cells. */
export interface FieldCounts {
  readonly total: number
  readonly actors: readonly {
    readonly actor: string
    readonly actorName: string
    readonly statements: number
  }[]
  readonly cells: readonly FieldCell[]
  readonly outlets: readonly { readonly outlet: string; readonly statements: number }[]
}

/** Statements wanted as evidence: an actor's, with one label, said between two days. */
export interface Want {
  readonly actor: string
  readonly label: StanceLabel
  readonly from: string
  readonly to: string
}

/** Fetches up to `each` statements per want, in the wants' order. */
export type FetchEvidence = (
  wants: readonly Want[],
  each: number,
) => Promise<readonly (readonly Statement[])[]>

/** The field view: positions of a page of actors, with the topic's outlets. */
export interface FieldView extends PositionsView {
  readonly outlets: FieldCounts['outlets']
}

const DAY = 864e5
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY
const SIDES: readonly StanceLabel[] = ['support', 'oppose']

interface PeriodCounts {
  readonly period: string
  readonly from: string
  readonly to: string
  readonly weights: Record<StanceLabel, number>
}

/** The period of a day, remembered: a field's cells share few days. */
type PeriodKey = (day: string) => string

function periodKey(by: Granularity): PeriodKey {
  const seen = new Map<string, string>()
  return (day) => {
    let key = seen.get(day)
    if (key === undefined) {
      key = periodOf(day, by)
      seen.set(day, key)
    }
    return key
  }
}

/** An actor's cells as periods, in order, each with its day range and counts by label. */
function periodsOf(cells: readonly FieldCell[], key: PeriodKey): PeriodCounts[] {
  const periods = new Map<
    string,
    { period: string; from: string; to: string; weights: Record<StanceLabel, number> }
  >()
  for (const c of cells) {
    const period = key(c.day)
    // a month's cell ('2025-01') covers its days, a week's its first to its last
    const [first, last] = c.day.length === 7 ? [`${c.day}-01`, `${c.day}-31`] : [c.day, c.last ?? c.day]
    const p = periods.get(period) ?? {
      period,
      from: first,
      to: last,
      weights: { support: 0, oppose: 0, conditional: 0, neutral: 0 },
    }
    p.weights[c.label] += c.n
    if (first < p.from) p.from = first
    if (last > p.to) p.to = last
    periods.set(period, p)
  }
  return [...periods.values()].sort((a, b) => a.period.localeCompare(b.period))
}

/** A side-taking (support or oppose) day after one with the opposite side, within `withinDays`. */
interface DayFlip {
  readonly actor: string
  readonly a: { readonly day: string; readonly label: StanceLabel }
  readonly b: { readonly day: string; readonly label: StanceLabel }
  readonly days: number
}

/**
 * Contradictions at day resolution: a day on which the actor both supported and opposed, or a
 * day with one side after a day with the other within `withinDays`.
 */
function dayFlips(actor: string, cells: readonly FieldCell[], withinDays: number): DayFlip[] {
  const sides = new Map<string, Set<StanceLabel>>()
  for (const c of cells)
    if (SIDES.includes(c.label)) sides.set(c.day, (sides.get(c.day) ?? new Set()).add(c.label))
  const days = [...sides.keys()].sort()
  const flips: DayFlip[] = []
  for (const [i, day] of days.entries()) {
    const here = sides.get(day)!
    if (here.size === 2) {
      flips.push({ actor, a: { day, label: 'support' }, b: { day, label: 'oppose' }, days: 0 })
      continue
    }
    const prev = days[i - 1]
    const there = prev === undefined ? undefined : sides.get(prev)!
    if (prev === undefined || there === undefined || there.size !== 1) continue
    const [was] = there
    const [now] = here
    const apart = dayNumber(day) - dayNumber(prev)
    if (was !== now && was && now && apart <= withinDays)
      flips.push({ actor, a: { day: prev, label: was }, b: { day, label: now }, days: apart })
  }
  return flips
}

/** Wanted evidence, deduplicated by key: `index(w)` says where a want's statements will be. */
class Wants {
  readonly list: Want[] = []
  private readonly at = new Map<string, number>()
  index(w: Want): number {
    const key = `${w.actor}\u0000${w.label}\u0000${w.from}\u0000${w.to}`
    let i = this.at.get(key)
    if (i === undefined) {
      i = this.list.push(w) - 1
      this.at.set(key, i)
    }
    return i
  }
}

/** Cells by actor. */
function groupCells(cells: readonly FieldCell[]): Map<string, FieldCell[]> {
  const byActor = new Map<string, FieldCell[]>()
  for (const c of cells) {
    const list = byActor.get(c.actor)
    if (list) list.push(c)
    else byActor.set(c.actor, [c])
  }
  return byActor
}

/** Whether a cell is a day's (contradictions are found between days, not weeks or months). */
const isDay = (c: FieldCell): boolean => c.day.length === 10 && c.last === undefined

interface FieldPeriod {
  readonly period: string
  readonly label: StanceLabel
  readonly agreement: number
  readonly count: number
  readonly from: string
  readonly to: string
}

interface FieldActor {
  readonly actor: string
  readonly actorName: string
  readonly statements: number
  readonly periods: readonly FieldPeriod[]
}

interface FieldShift {
  readonly actor: FieldActor
  readonly from: FieldPeriod
  readonly to: FieldPeriod
}

/** Each actor's periods, labelled as `computePositions` labels them. */
function actorPeriods(
  counts: FieldCounts,
  cellsOf: ReadonlyMap<string, FieldCell[]>,
  by: Granularity,
): FieldActor[] {
  const key = periodKey(by)
  return counts.actors.map((a) => ({
    ...a,
    periods: periodsOf(cellsOf.get(a.actor) ?? [], key).map((p) => ({
      period: p.period,
      ...periodLabel(p.weights),
      count: Object.values(p.weights).reduce((x, y) => x + y, 0),
      from: p.from,
      to: p.to,
    })),
  }))
}

/** Changes of label between an actor's consecutive positioned (non-neutral) periods, newest first. */
function shiftsOf(actors: readonly FieldActor[]): FieldShift[] {
  const shifts: FieldShift[] = []
  for (const actor of actors) {
    const positioned = actor.periods.filter((p) => p.label !== 'neutral')
    for (let i = 1; i < positioned.length; i++)
      if (positioned[i]!.label !== positioned[i - 1]!.label)
        shifts.push({ actor, from: positioned[i - 1]!, to: positioned[i]! })
  }
  return shifts.sort(
    (x, y) => y.to.period.localeCompare(x.to.period) || x.actor.actor.localeCompare(y.actor.actor),
  )
}

/**
 * The positions of a page of a topic's actors, from their counts: periods labelled as
 * `computePositions` labels them, shifts between periods and contradictions (at day resolution)
 * among these actors, newest first and at most `bounds.events` of each, each with its
 * statements; periods carry up to `bounds.perPeriod` statements of their label (none when 0).
 * @example await fieldPositions(await store.topicField(q), { topic, by: 'month', bounds }, fetch)
 */
export async function fieldPositions(
  counts: FieldCounts,
  opts: {
    topic: string
    by: Granularity
    bounds: ViewBounds
    withinDays?: number
    /** Day cells to find contradictions in, when `counts` has week or month cells. */
    days?: readonly FieldCell[]
  },
  fetch: FetchEvidence,
): Promise<FieldView> {
  const { bounds, by, topic } = opts
  const cellsOf = groupCells(counts.cells)
  const actors = actorPeriods(counts, cellsOf, by)
  const shifts = shiftsOf(actors)
  const daysOf = opts.days ? groupCells(opts.days) : cellsOf
  const flips = actors
    .flatMap((a) => dayFlips(a.actor, (daysOf.get(a.actor) ?? []).filter(isDay), opts.withinDays ?? 14))
    .sort((x, y) => y.b.day.localeCompare(x.b.day) || x.actor.localeCompare(y.actor))
  const shown = { shifts: shifts.slice(0, bounds.events), flips: flips.slice(0, bounds.events) }
  // evidence is fetched for what is shown, in one call
  const wants = new Wants()
  const wantOf = (actor: string, p: FieldPeriod) =>
    wants.index({ actor, label: p.label, from: p.from, to: p.to })
  if (bounds.perPeriod > 0) for (const a of actors) for (const p of a.periods) wantOf(a.actor, p)
  for (const s of shown.shifts) for (const p of [s.from, s.to]) wantOf(s.actor.actor, p)
  const flipWants = shown.flips.map((f) => ({
    a: wants.index({ actor: f.actor, label: f.a.label, from: f.a.day, to: f.a.day }),
    b: wants.index({ actor: f.actor, label: f.b.label, from: f.b.day, to: f.b.day }),
  }))
  const each = Math.max(bounds.perPeriod, 1)
  const evidence = wants.list.length > 0 ? await fetch(wants.list, each) : []
  const of = (i: number, n: number): Statement[] => (evidence[i] ?? []).slice(0, n)
  const view = (actor: string, p: FieldPeriod, n: number): PeriodView => ({
    period: p.period,
    label: p.label,
    agreement: p.agreement,
    count: p.count,
    statements: n > 0 ? of(wantOf(actor, p), n) : [],
  })
  const names = new Map(counts.actors.map((a) => [a.actor, a.actorName]))
  return {
    topic,
    by,
    actors: actors.map((a) => ({
      actor: a.actor,
      actorName: a.actorName,
      camp: null,
      statements: a.statements,
      periods: a.periods.map((p) => view(a.actor, p, bounds.perPeriod)),
    })),
    shifts: shown.shifts.map((s) => ({
      actor: s.actor.actor,
      actorName: s.actor.actorName,
      from: view(s.actor.actor, s.from, each),
      to: view(s.actor.actor, s.to, each),
    })),
    contradictions: shown.flips.flatMap((f, i) => {
      const [a] = of(flipWants[i]!.a, 1)
      const [b] = of(flipWants[i]!.b, 1)
      return a && b ? [{ actor: f.actor, actorName: names.get(f.actor) ?? f.actor, a, b, days: f.days }] : []
    }),
    divergences: [],
    totals: { actors: counts.total, shifts: shifts.length, contradictions: flips.length },
    outlets: counts.outlets,
  }
}
