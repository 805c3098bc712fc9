import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isoWeek } from '../../analysis/positions.ts'
import { analyze } from '../../pipeline.ts'
import { readTopicStatements } from './statements.ts'
import type { Store, TopicCell } from './store.ts'
import { type Run, saveAll } from './testing/contract-support.ts'
import { fixtures, metaOf, PASSAGES, passageArticle } from './testing/documents.ts'

const TOPIC = 'iran-us-talks'

/** The field as counted from the statements themselves (the slow, plain way). */
async function countedField(store: Store) {
  const statements = await readTopicStatements(store, TOPIC)
  const actors = new Map<string, number>()
  const cells = new Map<string, number>()
  for (const s of statements) {
    actors.set(s.actor, (actors.get(s.actor) ?? 0) + 1)
    const k = `${s.actor}|${s.date}|${s.label}`
    cells.set(k, (cells.get(k) ?? 0) + 1)
  }
  return { actors, cells }
}

const cellKeys = (cells: readonly TopicCell[]) =>
  new Map(cells.map((c) => [`${c.actor}|${c.day}|${c.label}`, c.n]))

async function assertFieldAgrees(store: Store): Promise<void> {
  const expected = await countedField(store)
  const field = await store.topicField({ topic: TOPIC, limit: 1000, offset: 0, grain: 'day' })
  assert.equal(field.total, expected.actors.size)
  assert.deepEqual(new Map(field.actors.map((a) => [a.actor, a.statements])), expected.actors)
  assert.deepEqual(cellKeys(field.cells), expected.cells)
  const months = await store.topicField({ topic: TOPIC, limit: 1000, offset: 0, grain: 'month' })
  const byMonth = new Map<string, number>()
  for (const [k, n] of expected.cells) {
    const [actor, day, label] = k.split('|')
    const key = `${actor}|${day?.slice(0, 7)}|${label}`
    byMonth.set(key, (byMonth.get(key) ?? 0) + n)
  }
  assert.deepEqual(cellKeys(months.cells), byMonth, 'months sum their days')
  const byWeek = new Map<string, number>()
  for (const [k, n] of expected.cells) {
    const [actor, day = '', label] = k.split('|')
    const key = `${actor}|${isoWeek(day)}|${label}`
    byWeek.set(key, (byWeek.get(key) ?? 0) + n)
  }
  const weeks = await store.topicField({ topic: TOPIC, limit: 1000, offset: 0, grain: 'week' })
  assert.deepEqual(
    new Map(weeks.cells.map((c) => [`${c.actor}|${isoWeek(c.day)}|${c.label}`, c.n])),
    byWeek,
    'weeks sum their days',
  )
  for (const c of weeks.cells) {
    assert.equal(new Date(`${c.day}T00:00:00Z`).getUTCDay(), 1, `${c.day} is a Monday`)
    assert.equal(new Date(`${c.last}T00:00:00Z`).getUTCDay(), 0, `${c.last} is a Sunday`)
    assert.equal(isoWeek(c.last ?? ''), isoWeek(c.day), 'of the same week')
  }
  const actors = field.actors.map((a) => a.actor)
  assert.deepEqual(
    cellKeys(await store.topicCells({ topic: TOPIC, actors, grain: 'day' })),
    cellKeys(field.cells),
    'topicCells reads what topicField reads for its page',
  )
  const counts = field.actors.map((a) => a.statements)
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
    'most statements first',
  )
}

/** The counts a topic's field is read from, kept as articles are saved, replaced and re-saved. */
export function fieldTests(run: Run): void {
  test(
    'topicField counts what the statements say, and follows a replaced article',
    run(async (store) => {
      const { samples, passages, ctx } = await fixtures()
      await saveAll(store, [...samples, ...Object.values(passages)])
      await assertFieldAgrees(store)
      const before = await store.topicField({ topic: TOPIC, limit: 1000, offset: 0, grain: 'day' })
      assert.ok(before.actors.some((a) => a.actorName === 'Hamid Rasaee'))
      assert.ok(before.outlets.some((o) => o.outlet === 'Example Times' && o.statements > 0))

      // the same article (id and URL) with Rasaee's paragraph gone
      const changed = analyze(
        passageArticle(
          'tehran',
          PASSAGES.tehran.text.replace(/\n\nProtesters[\s\S]*$/, ''),
          PASSAGES.tehran.outlet,
          PASSAGES.tehran.published,
        ),
        ctx,
      )
      assert.equal(await store.saveArticle(changed, metaOf(changed)), 'updated')
      await assertFieldAgrees(store)
      const after = await store.topicField({ topic: TOPIC, limit: 1000, offset: 0, grain: 'day' })
      const rasaee = (f: typeof before) =>
        f.actors.find((a) => a.actorName === 'Hamid Rasaee')?.statements ?? 0
      assert.equal(rasaee(after), rasaee(before) - 1, 'his statement in the passage went with it')
      assert.ok(after.actors.some((a) => a.actorName === 'Abbas Araghchi'))

      const page = await store.topicField({ topic: TOPIC, limit: 2, offset: 1, grain: 'day' })
      assert.deepEqual(page.actors, after.actors.slice(1, 3))
      assert.equal(page.total, after.total)
      const khamenei = await store.topicField({
        topic: TOPIC,
        limit: 10,
        offset: 0,
        actor: 'Khamenei',
        grain: 'day',
      })
      assert.deepEqual(
        khamenei.actors.map((a) => a.actorName),
        ['Ali Khamenei'],
      )
      assert.ok(khamenei.cells.every((c) => c.actor === khamenei.actors[0]?.actor))
      const days = after.cells.map((c) => c.day).sort()
      const late = await store.topicField({
        topic: TOPIC,
        limit: 1000,
        offset: 0,
        grain: 'day',
        since: days.at(-1),
      })
      assert.ok(
        late.cells.length > 0 && late.cells.every((c) => c.day === days.at(-1)),
        'since bounds the days',
      )
      assert.equal(late.total, after.total, 'the actors are counted over all time')
      const last = await store.topicField({
        topic: TOPIC,
        limit: 1000,
        offset: 0,
        grain: 'day',
        lastDays: 31,
      })
      const newest = days.at(-1) ?? ''
      const monthEnd = new Date(Date.UTC(Number(newest.slice(0, 4)), Number(newest.slice(5, 7)), 0))
      assert.deepEqual(last.window, {
        since: new Date(monthEnd.getTime() - 30 * 864e5).toISOString().slice(0, 10),
        until: monthEnd.toISOString().slice(0, 10),
      })
      assert.ok(
        last.cells.length > 0 && last.cells.every((c) => c.day >= (last.window?.since ?? '')),
        'lastDays keeps the last days up to the end of the newest month',
      )
      const asked = await store.topicField({
        ...last.window,
        topic: TOPIC,
        limit: 1000,
        offset: 0,
        grain: 'day',
        since: days[0],
        lastDays: 31,
      })
      assert.equal(asked.window, undefined, 'an asked window wins over lastDays')
      assert.equal(asked.cells.length, after.cells.length)
      assert.equal(
        (await store.topicField({ topic: TOPIC, limit: 10, offset: 0, actor: 'Nobody', grain: 'day' })).total,
        0,
      )
    }),
  )

  test(
    'topicEvidence gives, per wanted range, that actor’s statements with that label in those days',
    run(async (store) => {
      const { samples } = await fixtures()
      await saveAll(store, samples)
      const field = await store.topicField({ topic: TOPIC, limit: 1, offset: 0, grain: 'day' })
      const cell = field.cells[0]
      assert.ok(cell, 'the most quoted actor has statements')
      const wants = [
        { actor: cell.actor, label: cell.label, from: cell.day, to: cell.day },
        { actor: cell.actor, label: cell.label, from: '1900-01-01', to: '1900-12-31' },
      ]
      const [found, none] = await store.topicEvidence(TOPIC, wants, 2)
      assert.equal(found?.length, Math.min(2, cell.n))
      for (const s of found ?? []) {
        assert.equal(s.actor, cell.actor)
        assert.equal(s.label, cell.label)
        assert.equal(s.date, cell.day)
        const stored = await store.getArticle(s.articleId)
        assert.equal(stored?.quotes.find((q) => q.quoteId === s.quoteId)?.text, s.text)
      }
      assert.deepEqual(none, [])
      assert.deepEqual(await store.topicEvidence(TOPIC, wants, 0), [[], []])
    }),
  )
}
