import type { ActorPosition, Period, Positions, Shift, Statement } from './positions.ts'

/** How much of a topic's positions one answer carries. */
export interface ViewBounds {
  /** Actors, most statements first, from `offset`. */
  readonly actors: number
  readonly offset: number
  /** Statements kept per period (and per side of a shift): the most confident, then newest. */
  readonly perPeriod: number
  /** Shifts and contradictions, newest first. */
  readonly events: number
}

/** A period with how many statements it had; `statements` holds at most `perPeriod` of them. */
export interface PeriodView extends Period {
  readonly count: number
}

/** Positions bounded for an answer: the totals say what was left out. */
export interface PositionsView extends Omit<Positions, 'actors' | 'shifts'> {
  readonly actors: readonly (Omit<ActorPosition, 'periods'> & {
    readonly periods: readonly PeriodView[]
    readonly statements: number
  })[]
  readonly shifts: readonly (Omit<Shift, 'from' | 'to'> & {
    readonly from: PeriodView
    readonly to: PeriodView
  })[]
  readonly totals: { readonly actors: number; readonly shifts: number; readonly contradictions: number }
}

export const DEFAULT_BOUNDS: ViewBounds = { actors: 50, offset: 0, perPeriod: 3, events: 100 }

const strongestFirst = (a: Statement, b: Statement) =>
  b.confidence - a.confidence || b.date.localeCompare(a.date) || a.quoteId.localeCompare(b.quoteId)

function periodView(p: Period, perPeriod: number): PeriodView {
  // the statements that carry the period's label come first: they are its evidence
  const own = p.statements.filter((s) => s.label === p.label).sort(strongestFirst)
  const rest = p.statements.filter((s) => s.label !== p.label).sort(strongestFirst)
  return { ...p, count: p.statements.length, statements: [...own, ...rest].slice(0, perPeriod) }
}

const statementsOf = (a: ActorPosition) => a.periods.reduce((n, p) => n + p.statements.length, 0)

/**
 * Positions cut to what a page shows: a topic on a large corpus has hundreds of thousands of
 * statements, and answering with all of them took tens of megabytes. Actors come most quoted
 * first, each period keeps its count and its strongest statements, shifts and contradictions
 * come newest first; `totals` gives the full numbers.
 * @example boundPositions(computePositions(statements, { topic, by: 'month' }), DEFAULT_BOUNDS)
 */
export function boundPositions(p: Positions, bounds: ViewBounds = DEFAULT_BOUNDS): PositionsView {
  const actors = [...p.actors]
    .map((a) => ({ a, n: statementsOf(a) }))
    .sort((x, y) => y.n - x.n || x.a.actorName.localeCompare(y.a.actorName))
    .slice(bounds.offset, bounds.offset + bounds.actors)
    .map(({ a, n }) => ({
      ...a,
      statements: n,
      periods: a.periods.map((x) => periodView(x, bounds.perPeriod)),
    }))
  const shifts = [...p.shifts]
    .sort((a, b) => b.to.period.localeCompare(a.to.period))
    .slice(0, bounds.events)
    .map((s) => ({
      ...s,
      from: periodView(s.from, bounds.perPeriod),
      to: periodView(s.to, bounds.perPeriod),
    }))
  const contradictions = [...p.contradictions]
    .sort((a, b) => b.b.date.localeCompare(a.b.date))
    .slice(0, bounds.events)
  return {
    ...p,
    actors,
    shifts,
    contradictions,
    totals: { actors: p.actors.length, shifts: p.shifts.length, contradictions: p.contradictions.length },
  }
}
