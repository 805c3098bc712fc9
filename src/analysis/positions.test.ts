import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { computePositions, isoWeek, type Statement } from './positions.ts'

let n = 0
const say = (
  actor: string,
  date: string,
  label: Statement['label'],
  camp: string | null = null,
): Statement => ({
  actor,
  actorName: actor.replace(/-/g, ' '),
  topic: 'talks',
  label,
  confidence: 0.8,
  date,
  quoteId: `q${++n}`,
  text: `${label} on ${date}`,
  articleId: `a${n}`,
  outlet: null,
  camp,
})

describe('positions', () => {
  test('a change of label between periods is a shift, with the statements on each side', () => {
    const p = computePositions(
      [
        say('leader', '2025-01-28', 'conditional'),
        say('leader', '2025-01-28', 'neutral'),
        say('leader', '2025-02-02', 'oppose'),
      ],
      { topic: 'talks', by: 'day' },
    )
    assert.equal(p.shifts.length, 1)
    const [s] = p.shifts
    assert.deepEqual(
      [s!.from.period, s!.from.label, s!.to.period, s!.to.label],
      ['2025-01-28', 'conditional', '2025-02-02', 'oppose'],
    )
    assert.deepEqual(
      s!.to.statements.map((x) => x.text),
      ['oppose on 2025-02-02'],
    )
  })

  test('by month the same two days may fall in one period or two', () => {
    const statements = [say('leader', '2025-01-28', 'conditional'), say('leader', '2025-02-02', 'oppose')]
    assert.equal(computePositions(statements, { topic: 'talks', by: 'month' }).shifts.length, 1)
    assert.equal(computePositions(statements, { topic: 'talks', by: 'week' }).shifts.length, 0)
  })

  test('neutral periods neither start nor end a shift', () => {
    const p = computePositions(
      [
        say('mp', '2025-01-01', 'oppose'),
        say('mp', '2025-01-05', 'neutral'),
        say('mp', '2025-01-09', 'oppose'),
      ],
      { topic: 'talks' },
    )
    assert.equal(p.shifts.length, 0)
  })

  test('support and oppose from one actor within the window contradict; conditional does not', () => {
    const p = computePositions(
      [
        say('envoy', '2025-03-01', 'support'),
        say('envoy', '2025-03-05', 'oppose'),
        say('envoy', '2025-03-06', 'conditional'),
        say('envoy', '2025-05-01', 'support'),
      ],
      { topic: 'talks', withinDays: 10 },
    )
    assert.deepEqual(
      p.contradictions.map((c) => [c.a.date, c.b.date, c.days]),
      [['2025-03-01', '2025-03-05', 4]],
    )
  })

  test('a flip is reported once, between the two statements either side of it', () => {
    const p = computePositions(
      [
        say('envoy', '2025-03-01', 'support'),
        say('envoy', '2025-03-02', 'support'),
        say('envoy', '2025-03-03', 'oppose'),
        say('envoy', '2025-03-04', 'oppose'),
        say('envoy', '2025-03-05', 'support'),
      ],
      { topic: 'talks' },
    )
    assert.deepEqual(
      p.contradictions.map((c) => [c.a.date, c.b.date]),
      [
        ['2025-03-02', '2025-03-03'],
        ['2025-03-04', '2025-03-05'],
      ],
    )
  })

  test('members of one camp holding opposite positions in a period diverge', () => {
    const p = computePositions(
      [
        say('a', '2025-04-02', 'support', 'reformist'),
        say('b', '2025-04-20', 'oppose', 'reformist'),
        say('c', '2025-04-03', 'oppose', 'hardliner'),
      ],
      { topic: 'talks', by: 'month' },
    )
    assert.deepEqual(p.divergences, [
      { camp: 'reformist', period: '2025-04', byLabel: { support: ['a'], oppose: ['b'] } },
    ])
  })

  test('ISO weeks', () => {
    for (const [day, week] of [
      ['2025-01-28', '2025-W05'],
      ['2025-02-02', '2025-W05'],
      ['2025-02-03', '2025-W06'],
      ['2024-12-30', '2025-W01'],
      ['2021-01-03', '2020-W53'],
    ])
      assert.equal(isoWeek(day!), week)
  })
})
