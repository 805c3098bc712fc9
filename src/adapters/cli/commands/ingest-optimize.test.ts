import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openStore } from '../../storage/open-store.ts'
import { Collector } from '../testing.ts'
import { OPTIMIZE_AFTER, optimizeAfter } from './ingest.ts'

test('a large batch compacts the store, a small one does not', async () => {
  const store = await openStore(':memory:')
  let optimized = 0
  const counting = Object.assign(Object.create(store), {
    optimize: async () => {
      optimized++
      await store.optimize()
    },
  })
  const stderr = new Collector()
  await optimizeAfter(OPTIMIZE_AFTER - 1, counting, { stderr } as never)
  assert.equal(optimized, 0)
  assert.equal(stderr.text, '')
  await optimizeAfter(OPTIMIZE_AFTER, counting, { stderr } as never)
  assert.equal(optimized, 1)
  assert.match(stderr.text, /compacting the search index/)
  await store.close()
})
