import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentHashOf } from '../storage/store.ts'
import { analyzePassage } from '../storage/testing/documents.ts'
import { corpusCache } from './corpus-cache.ts'
import { passageStore } from './testing.ts'

test('a resolution serves until it is older than maxAge, then the store is read again', async () => {
  const store = await passageStore()
  try {
    let clock = 0
    const corpus = corpusCache(store, [], { maxAgeMs: 1000, now: () => clock })
    const first = await corpus()
    assert.equal(await corpus(), first, 'shared while fresh')
    const before = first.actors.actors.length

    const doc = await analyzePassage(
      'cache-test',
      'Senator Ilse Vandermeer said on Monday that the harbour bill was “dead on arrival”.\n',
    )
    await store.saveArticle(doc, { contentHash: contentHashOf(doc), pipelineVersion: 'test' })
    clock = 999
    assert.equal((await corpus()).actors.actors.length, before, 'still the kept resolution')
    clock = 1000
    const fresh = await corpus()
    assert.notEqual(fresh, first)
    assert.ok(fresh.actors.actors.some((a) => a.name === 'Ilse Vandermeer'))
  } finally {
    await store.close()
  }
})
