import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Region } from '../../core/index.ts'
import { addRegions, inRegions, skippedMask } from './regions.ts'

const r = (kind: Region['kind'], start: number, end: number): Region => ({ kind, span: { start, end } })
const doc = { regions: [r('title', 0, 5), r('caption', 10, 20), r('heading', 30, 31)] }

test('inRegions finds the region a span shares text with', () => {
  const table: readonly (readonly [number, number, Region['kind'] | undefined])[] = [
    [0, 1, 'title'],
    [4, 12, 'title'],
    [5, 10, undefined],
    [5, 11, 'caption'],
    [19, 30, 'caption'],
    [20, 30, undefined],
    [30, 30, 'heading'],
    [31, 40, undefined],
  ]
  for (const [start, end, kind] of table)
    assert.equal(inRegions(doc, { start, end })?.kind, kind, `${start}-${end}`)
})

test('skippedMask tells offsets inside regions, optionally of some kinds only', () => {
  const skipped = skippedMask(doc)
  assert.deepEqual([0, 4, 5, 9, 10, 19, 20, 30, 31].map(skipped), [
    true,
    true,
    false,
    false,
    true,
    true,
    false,
    true,
    false,
  ])
  const captions = skippedMask(doc, ['caption'])
  assert.deepEqual([0, 10, 30].map(captions), [false, true, false])
  assert.equal(skippedMask({ regions: [] })(0), false)
})

test('addRegions keeps order and lets earlier regions win', () => {
  const { regions, added } = addRegions(doc.regions, [
    r('duplicate', 22, 25),
    r('embed', 3, 8),
    r('boilerplate', 6, 6),
  ])
  assert.deepEqual(added, [r('duplicate', 22, 25)])
  assert.deepEqual(
    regions.map((x) => x.kind),
    ['title', 'caption', 'duplicate', 'heading'],
  )
})
