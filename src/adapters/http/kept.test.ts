import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keptFor } from './kept.ts'

test('an answer serves its key until it is older than maxAge; failures and the oldest entries go', async () => {
  let clock = 0
  let computed = 0
  const kept = keptFor<number>({ maxAgeMs: 100, entries: 2, now: () => clock })
  const compute = async () => ++computed
  assert.equal(await kept('a', compute), 1)
  assert.equal(await kept('a', compute), 1, 'kept while fresh')
  clock = 100
  assert.equal(await kept('a', compute), 2, 'recomputed once old')
  assert.equal(await kept('b', compute), 3)
  assert.equal(await kept('c', compute), 4)
  assert.equal(await kept('a', compute), 5, 'the oldest entry made room')
  await assert.rejects(kept('d', () => Promise.reject(new Error('store down'))))
  assert.equal(await kept('d', compute), 6, 'a failure is not kept')
})
