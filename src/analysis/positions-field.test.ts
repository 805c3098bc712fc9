import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { StanceLabel } from '../core/index.ts'
import { computePositions, type Statement } from './positions.ts'
import { type FieldCounts, fieldPositions, type Want } from './positions-field.ts'
import { DEFAULT_BOUNDS } from './positions-view.ts'

const TOPIC = 'harbour-treaty'
let n = 0
const said = (actor: string, date: string, label: StanceLabel, text: string): Statement => ({
  actor,
  actorName: actor.replace(/-/g, ' '),
  topic: TOPIC,
  label,
  confidence: 1,
  date,
  quoteId: `q${++n}`,
  text,
  articleId: `a-${date}`,
  outlet: 'Harbour Gazette',
})

const STATEMENTS = [
  said('mara-velk', '2025-01-10', 'conditional', 'We will sign once the fishing quotas are settled.'),
  said('mara-velk', '2025-01-20', 'conditional', 'Only a fair quota makes this treaty acceptable.'),
  said('mara-velk', '2025-02-03', 'oppose', 'This treaty sells out our harbours.'),
  said('mara-velk', '2025-02-04', 'neutral', 'The committee meets on Thursday.'),
  said('ivo-renn', '2025-01-05', 'support', 'The treaty is good for every port town.'),
  said('ivo-renn', '2025-01-08', 'oppose', 'I cannot back the treaty as written.'),
  said('ivo-renn', '2025-03-01', 'oppose', 'My objection stands.'),
  said('ivo-renn', '2025-03-01', 'support', 'Parts of it are worth keeping.'),
]

/** The counts the store would keep for these statements. */
function countsOf(statements: readonly Statement[]): FieldCounts {
  const cells = new Map<string, { actor: string; day: string; label: StanceLabel; n: number }>()
  const actors = new Map<string, { actor: string; actorName: string; statements: number }>()
  for (const s of statements) {
    const k = `${s.actor}|${s.date}|${s.label}`
    const cell = cells.get(k) ?? { actor: s.actor, day: s.date, label: s.label, n: 0 }
    cell.n++
    cells.set(k, cell)
    const a = actors.get(s.actor) ?? { actor: s.actor, actorName: s.actorName, statements: 0 }
    a.statements++
    actors.set(s.actor, a)
  }
  return {
    total: actors.size,
    actors: [...actors.values()].sort((x, y) => y.statements - x.statements),
    cells: [...cells.values()],
    outlets: [{ outlet: 'Harbour Gazette', statements: statements.length }],
  }
}

/** Evidence as the store gives it, from the statements; records what was asked. */
function fetcher(statements: readonly Statement[], asked: Want[][]) {
  return async (wants: readonly Want[], each: number) => {
    asked.push([...wants])
    return wants.map((w) =>
      statements
        .filter((s) => s.actor === w.actor && s.label === w.label && s.date >= w.from && s.date <= w.to)
        .slice(0, each),
    )
  }
}

test('the field from counts labels periods and finds shifts as computePositions does', async () => {
  const asked: Want[][] = []
  const bounds = { ...DEFAULT_BOUNDS, perPeriod: 2 }
  const view = await fieldPositions(
    countsOf(STATEMENTS),
    { topic: TOPIC, by: 'month', bounds },
    fetcher(STATEMENTS, asked),
  )
  const full = computePositions(STATEMENTS, { topic: TOPIC, by: 'month' })
  for (const a of full.actors) {
    const got = view.actors.find((x) => x.actor === a.actor)
    assert.deepEqual(
      got?.periods.map((p) => [p.period, p.label, p.count]),
      a.periods.map((p) => [p.period, p.label, p.statements.length]),
      a.actor,
    )
  }
  assert.deepEqual(
    view.shifts.map((s) => [s.actorName, s.from.label, s.to.label]),
    [['mara velk', 'conditional', 'oppose']],
  )
  const [shift] = view.shifts
  assert.deepEqual(
    shift?.from.statements.map((s) => s.text),
    ['We will sign once the fishing quotas are settled.', 'Only a fair quota makes this treaty acceptable.'],
  )
  assert.deepEqual(
    shift?.to.statements.map((s) => s.text),
    ['This treaty sells out our harbours.'],
  )
  assert.equal(asked.length, 1, 'evidence comes in one call')
  assert.equal(view.outlets[0]?.outlet, 'Harbour Gazette')
})

test('contradictions at day resolution: both sides in a day, or opposite sides within two weeks', async () => {
  const view = await fieldPositions(
    countsOf(STATEMENTS),
    { topic: TOPIC, by: 'day', bounds: DEFAULT_BOUNDS },
    fetcher(STATEMENTS, []),
  )
  assert.deepEqual(
    view.contradictions.map((c) => [c.actorName, c.a.date, c.a.label, c.b.date, c.b.label, c.days]),
    [
      ['ivo renn', '2025-03-01', 'support', '2025-03-01', 'oppose', 0],
      ['ivo renn', '2025-01-05', 'support', '2025-01-08', 'oppose', 3],
    ],
  )
  assert.equal(view.totals.contradictions, 2)
})

test('with no statements per period, evidence is fetched for shifts and contradictions only', async () => {
  const asked: Want[][] = []
  const view = await fieldPositions(
    countsOf(STATEMENTS),
    { topic: TOPIC, by: 'month', bounds: { ...DEFAULT_BOUNDS, perPeriod: 0 } },
    fetcher(STATEMENTS, asked),
  )
  assert.ok(view.actors.every((a) => a.periods.every((p) => p.statements.length === 0)))
  assert.ok(view.shifts.every((s) => s.from.statements.length > 0 && s.to.statements.length > 0))
  const periods = view.actors.reduce((k, a) => k + a.periods.length, 0)
  assert.ok((asked[0]?.length ?? 0) < periods + 4, 'not one want per period')
  const page = await fieldPositions(
    countsOf(STATEMENTS),
    { topic: TOPIC, by: 'month', bounds: { ...DEFAULT_BOUNDS, events: 0 } },
    fetcher(STATEMENTS, []),
  )
  assert.deepEqual([page.shifts, page.contradictions], [[], []])
  assert.deepEqual(page.totals, { actors: 2, shifts: 1, contradictions: 2 })
})

test('by month, contradictions are found in the day cells given beside the month cells', async () => {
  const days = countsOf(STATEMENTS)
  const months = {
    ...days,
    cells: [...groupBy(days.cells)].map(([k, n]) => {
      const [actor, month, label] = k.split('|') as [string, string, StanceLabel]
      return { actor, day: month, label, n }
    }),
  }
  const opts = { topic: TOPIC, by: 'month' as const, bounds: DEFAULT_BOUNDS }
  const alone = await fieldPositions(months, opts, fetcher(STATEMENTS, []))
  assert.deepEqual(alone.contradictions, [], 'months alone say nothing of days')
  const withDays = await fieldPositions(months, { ...opts, days: days.cells }, fetcher(STATEMENTS, []))
  assert.equal(withDays.contradictions.length, 2)
  assert.deepEqual(
    withDays.actors.map((a) => a.periods.map((p) => p.count)),
    (await fieldPositions(days, opts, fetcher(STATEMENTS, []))).actors.map((a) =>
      a.periods.map((p) => p.count),
    ),
  )
})

/** Day cells summed by month, keyed actor|month|label. */
function groupBy(cells: FieldCounts['cells']): Map<string, number> {
  const out = new Map<string, number>()
  for (const c of cells) {
    const k = `${c.actor}|${c.day.slice(0, 7)}|${c.label}`
    out.set(k, (out.get(k) ?? 0) + c.n)
  }
  return out
}
