import type { StanceLabel } from '../core/index.ts'

/** One stored statement with its stance toward a topic: what positions are computed from. */
export interface Statement {
  readonly actor: string
  readonly actorName: string
  readonly topic: string
  readonly label: StanceLabel
  readonly confidence: number
  /** ISO day it was said (or the article's date when the article does not say). */
  readonly date: string
  readonly quoteId: string
  readonly text: string
  readonly articleId: string
  readonly outlet: string | null
  /** A registry camp label, for divergence. */
  readonly camp?: string | null
}

export type Granularity = 'day' | 'week' | 'month'

export interface Period {
  readonly period: string
  readonly label: StanceLabel
  /** Share of the period's weight that went to its label. */
  readonly agreement: number
  readonly statements: readonly Statement[]
}

export interface Shift {
  readonly actor: string
  readonly actorName: string
  readonly from: Period
  readonly to: Period
}

export interface Contradiction {
  readonly actor: string
  readonly actorName: string
  readonly a: Statement
  readonly b: Statement
  readonly days: number
}

export interface Divergence {
  readonly camp: string
  readonly period: string
  readonly byLabel: Readonly<Partial<Record<StanceLabel, readonly string[]>>>
}

export interface ActorPosition {
  readonly actor: string
  readonly actorName: string
  readonly camp: string | null
  readonly periods: readonly Period[]
}

export interface Positions {
  readonly topic: string
  readonly by: Granularity
  readonly actors: readonly ActorPosition[]
  readonly shifts: readonly Shift[]
  readonly contradictions: readonly Contradiction[]
  readonly divergences: readonly Divergence[]
}

const DAY = 864e5
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY

/** The ISO week of a day, as "2025-W05". */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  // the Thursday of the same week decides the year the week belongs to
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7))
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7)
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** The period a day falls in: the day itself, its ISO week (2025-W05) or its month (2025-01). */
export const periodOf = (iso: string, by: Granularity): string =>
  by === 'day' ? iso : by === 'month' ? iso.slice(0, 7) : isoWeek(iso)

/**
 * A period's label from its statements' weights by label (confidence-weighted, or counts): the
 * stance weighed most; neutral statements count only when nothing else is said. Ties go to
 * conditional, then oppose.
 */
export function periodLabel(weights: Readonly<Record<StanceLabel, number>>): {
  label: StanceLabel
  agreement: number
} {
  const positioned = (['conditional', 'oppose', 'support'] as const).filter((l) => weights[l] > 0)
  const total = positioned.reduce((sum, l) => sum + weights[l], 0)
  if (total === 0) return { label: 'neutral', agreement: 1 }
  const label = positioned.reduce((best, l) => (weights[l] > weights[best] ? l : best))
  return { label, agreement: weights[label] / total }
}

function weightsOf(statements: readonly Statement[]): Record<StanceLabel, number> {
  const weights: Record<StanceLabel, number> = { support: 0, oppose: 0, conditional: 0, neutral: 0 }
  for (const s of statements) weights[s.label] += s.confidence
  return weights
}

const opposite = (a: StanceLabel, b: StanceLabel): boolean =>
  (a === 'support' && b === 'oppose') || (a === 'oppose' && b === 'support')

/**
 * Each time an actor takes a side (support or oppose) opposite to the side they took last, within
 * `withinDays`. Only consecutive sides are paired: a flip is reported once, not once for every
 * earlier statement on the other side, so the list grows with the statements, not their square.
 */
function contradictionsOf(statements: readonly Statement[], withinDays: number): Contradiction[] {
  const out: Contradiction[] = []
  const sides = statements
    .filter((s) => s.label === 'support' || s.label === 'oppose')
    .sort((x, y) => x.date.localeCompare(y.date))
  for (let i = 1; i < sides.length; i++) {
    const a = sides[i - 1]!
    const b = sides[i]!
    const days = dayNumber(b.date) - dayNumber(a.date)
    if (days <= withinDays && opposite(a.label, b.label)) {
      out.push({ actor: a.actor, actorName: a.actorName, a, b, days })
    }
  }
  return out
}

/** Items grouped by a key, in first-seen order; each group in input order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * Each actor's position on a topic over time, from their statements: a label per period, the shifts
 * between periods with the statements on each side, contradictions (a statement of support
 * following one of opposition, or the reverse, within `withinDays`), and divergence inside a
 * camp (members of one camp holding opposite positions in the same period).
 * @example computePositions(statements, { topic: 'iran-us-talks', by: 'month' }).shifts
 */
export function computePositions(
  statements: readonly Statement[],
  opts: { topic: string; by?: Granularity; withinDays?: number },
): Positions {
  const by = opts.by ?? 'day'
  const byActor = groupBy(
    statements.filter((s) => s.topic === opts.topic),
    (s) => s.actor,
  )
  const actors: ActorPosition[] = []
  const shifts: Shift[] = []
  const contradictions: Contradiction[] = []
  for (const [actor, list] of byActor) {
    const periods = [...groupBy(list, (s) => periodOf(s.date, by))]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, ss]) => ({ period, ...periodLabel(weightsOf(ss)), statements: ss }))
    const positioned = periods.filter((p) => p.label !== 'neutral')
    for (let i = 1; i < positioned.length; i++) {
      if (positioned[i]!.label !== positioned[i - 1]!.label) {
        shifts.push({ actor, actorName: list[0]!.actorName, from: positioned[i - 1]!, to: positioned[i]! })
      }
    }
    contradictions.push(...contradictionsOf(list, opts.withinDays ?? 14))
    actors.push({
      actor,
      actorName: list[0]!.actorName,
      camp: list.find((s) => s.camp)?.camp ?? null,
      periods,
    })
  }
  return { topic: opts.topic, by, actors, shifts, contradictions, divergences: divergencesOf(actors) }
}

function divergencesOf(actors: readonly ActorPosition[]): Divergence[] {
  const cells = new Map<string, Map<StanceLabel, string[]>>()
  for (const a of actors) {
    if (!a.camp) continue
    for (const p of a.periods) {
      if (p.label === 'neutral') continue
      const k = `${a.camp}\u0000${p.period}`
      const cell = cells.get(k) ?? new Map<StanceLabel, string[]>()
      const names = cell.get(p.label)
      if (names) names.push(a.actorName)
      else cell.set(p.label, [a.actorName])
      cells.set(k, cell)
    }
  }
  const out: Divergence[] = []
  for (const [k, cell] of cells) {
    if (!(cell.has('support') && cell.has('oppose'))) continue
    const [camp, period] = k.split('\u0000') as [string, string]
    out.push({ camp, period, byLabel: Object.fromEntries(cell) })
  }
  return out
}
