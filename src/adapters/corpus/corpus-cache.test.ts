import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentHashOf } from '../storage/store.ts'
import { analyzePassage } from '../storage/testing/documents.ts'
import { corpusCache } from './corpus-cache.ts'
import { passageStore } from './testing.ts'

test('a resolution serves until it is older than maxAge; then the store is read again while it still serves', async () => {
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
    assert.equal(await corpus(), first, 'the stale resolution answers while the store is read again')
    // the new read is done after a turn or two of the event loop
    let fresh = first
    for (let i = 0; i < 50 && fresh === first; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      fresh = await corpus()
    }
    assert.notEqual(fresh, first)
    assert.ok(fresh.actors.actors.some((a) => a.name === 'Ilse Vandermeer'))
    assert.equal(await corpus(), fresh, 'the new resolution is kept')
  } finally {
    await store.close()
  }
})
