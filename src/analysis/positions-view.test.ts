import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { StanceLabel } from '../core/index.ts'
import { computePositions, type Statement } from './positions.ts'
import { boundPositions } from './positions-view.ts'

const said = (actor: string, date: string, label: StanceLabel, n: number, confidence = 0.8): Statement => ({
  actor,
  actorName: actor,
  topic: 'talks',
  label,
  confidence,
  date,
  quoteId: `${actor}-${date}-${n}`,
  text: `${actor} on ${date} (${n})`,
  articleId: `a-${date}`,
  outlet: null,
})

test('bounded positions keep the most quoted actors, counts per period and the strongest statements', () => {
  const statements = [
    ...Array.from({ length: 6 }, (_, i) => said('Vera Lind', '2025-01-10', 'support', i, 0.5 + i / 20)),
    said('Vera Lind', '2025-02-10', 'oppose', 0),
    said('Vera Lind', '2025-02-11', 'oppose', 1),
    said('Omar Sayed', '2025-01-12', 'oppose', 0),
    said('Quiet Person', '2025-01-13', 'neutral', 0),
  ]
  const full = computePositions(statements, { topic: 'talks', by: 'month' })
  const view = boundPositions(full, { actors: 2, offset: 0, perPeriod: 2, events: 10 })
  assert.deepEqual(
    view.actors.map((a) => [a.actorName, a.statements]),
    [
      ['Vera Lind', 8],
      ['Omar Sayed', 1],
    ],
  )
  assert.equal(view.totals.actors, 3)
  const january = view.actors[0]?.periods.find((p) => p.period === '2025-01')
  assert.equal(january?.count, 6)
  assert.deepEqual(
    january?.statements.map((s) => s.quoteId),
    ['Vera Lind-2025-01-10-5', 'Vera Lind-2025-01-10-4'],
  )
  assert.equal(view.shifts.length, 1)
  assert.deepEqual([view.shifts[0]?.from.label, view.shifts[0]?.to.label], ['support', 'oppose'])
  assert.equal(view.shifts[0]?.from.count, 6)
  assert.equal(view.shifts[0]?.from.statements.length, 2)
  const next = boundPositions(full, { actors: 2, offset: 2, perPeriod: 2, events: 10 })
  assert.deepEqual(
    next.actors.map((a) => a.actorName),
    ['Quiet Person'],
  )
})
