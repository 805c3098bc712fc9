import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { dayNumber } from './article.ts'
import { border, independent, reworked, trimmed, wire } from './fixtures/passages.ts'
import { estimateJaccard, LshIndex, MinHasher } from './minhash.ts'
import { DuplicateIndex } from './near-duplicates.ts'
import { shingleHashes } from './shingles.ts'
import { wordsOf } from './words.ts'

const add = (index: DuplicateIndex, a: { id: string; published: string | null; text: string }) =>
  index.add({ id: a.id, day: dayNumber(a.published), text: a.text })

describe('minhash', () => {
  test('the estimate is close to the exact Jaccard index, and the same on every run', () => {
    const a = shingleHashes(wordsOf(wire.text), 3)
    const b = shingleHashes(wordsOf(reworked.text), 3)
    const sa = new Set(a)
    const sb = new Set(b)
    const inter = [...sa].filter((h) => sb.has(h)).length
    const exact = inter / (sa.size + sb.size - inter)
    const est = estimateJaccard(new MinHasher(126).sign(a), new MinHasher(126).sign(b))
    assert.ok(Math.abs(est - exact) < 0.1, `estimate ${est}, exact ${exact}`)
    assert.deepEqual(new MinHasher(126).sign(a), new MinHasher(126).sign(a))
  })

  test('LSH finds a near copy and forgets a removed member', () => {
    const hasher = new MinHasher(126)
    const lsh = new LshIndex({ bands: 42, rows: 3 })
    const keysOf = (text: string) => lsh.keys(hasher.sign(shingleHashes(wordsOf(text), 3)))
    lsh.add(7, keysOf(wire.text))
    assert.deepEqual(lsh.candidates(keysOf(trimmed.text)), [7])
    assert.deepEqual(lsh.candidates(keysOf(border.text)), [])
    lsh.remove(7, keysOf(wire.text))
    assert.deepEqual(lsh.candidates(keysOf(wire.text)), [])
  })

  test('bad settings throw at construction', () => {
    assert.throws(() => new MinHasher(0), /positive number of hash functions/)
    assert.throws(() => new DuplicateIndex({ jaccard: -1 }), /options.jaccard/)
  })
})

describe('near-duplicates', () => {
  test('a wire copy and two rewrites group as duplicates, the wire story marked as the original', () => {
    const index = new DuplicateIndex()
    for (const a of [wire, trimmed, reworked]) add(index, a)
    const group = index.groupOf('reworked')
    assert.deepEqual(group?.members, ['wire', 'trimmed', 'reworked'])
    assert.equal(group?.original, 'wire')
    assert.equal(index.groupOf('trimmed')?.key, group?.key)
  })

  test('of copies published on one day, the fuller text is the original, whichever came first', () => {
    const index = new DuplicateIndex()
    for (const a of [trimmed, wire]) add(index, a)
    assert.equal(index.groupOf('wire')?.original, 'wire')
  })

  test('a copy published earlier than the one first seen becomes the original', () => {
    const index = new DuplicateIndex()
    add(index, reworked)
    add(index, { ...wire, published: '2025-03-02' })
    assert.equal(index.groupOf('reworked')?.original, 'wire')
  })

  test('independent reporting of the same event, quoting the same words, is not a copy', () => {
    const index = new DuplicateIndex()
    for (const a of [wire, independent, border]) add(index, a)
    assert.deepEqual(index.groupOf('independent')?.members, ['independent'])
    assert.deepEqual(index.groupOf('border')?.members, ['border'])
    assert.equal(index.stats().groupsWithCopies, 0)
  })

  test('the verdict names the article copied and how much they share', () => {
    const index = new DuplicateIndex()
    add(index, wire)
    const v = add(index, trimmed)
    assert.equal(v.of, 'wire')
    assert.equal(v.group, 'wire')
    assert.ok(v.containment > 0.8, `containment ${v.containment}`)
  })

  test('copies further apart than the window are not compared', () => {
    const index = new DuplicateIndex({ windowDays: 10 })
    add(index, wire)
    add(index, { ...border, published: '2025-04-30' })
    add(index, { ...trimmed, published: '2025-05-01' })
    assert.deepEqual(index.groupOf('trimmed')?.members, ['trimmed'])
    assert.equal(index.stats().windowed, 2)
  })
})
