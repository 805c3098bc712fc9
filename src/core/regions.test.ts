import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Region, RegionKind } from './document.ts'
import { NON_PROSE, regionAt } from './regions.ts'
import type { Span } from './span.ts'

const TEXT = [
  'Khamenei urges vigilance',
  'Two-minute read',
  'He said talks were poison.',
  'Photo: the leader in Tehran',
  'Officials agreed.',
].join('\n')

const at = (needle: string): Span => {
  const start = TEXT.indexOf(needle)
  assert.ok(start >= 0, needle)
  return { start, end: start + needle.length }
}
const region = (kind: RegionKind, line: string): Region => ({ kind, span: at(line) })
const REGIONS: Region[] = [
  region('title', 'Khamenei urges vigilance'),
  region('boilerplate', 'Two-minute read'),
  region('caption', 'Photo: the leader in Tehran'),
]
const kindAt = (s: Span, kinds?: ReadonlySet<RegionKind>): string =>
  regionAt(REGIONS, s, kinds)?.kind ?? 'none'

describe('NON_PROSE', () => {
  test('holds every region kind except the title', () => {
    assert.deepEqual([...NON_PROSE].sort(), ['boilerplate', 'caption', 'duplicate', 'embed', 'heading'])
  })
})

describe('regionAt', () => {
  const cases: [string, string][] = [
    ['Two-minute', 'boilerplate'],
    ['read\nHe said', 'boilerplate'],
    ['talks were poison', 'none'],
    ['leader in Tehran', 'caption'],
    ['Officials agreed.', 'none'],
    // the title is prose-like, so NON_PROSE (the default) passes over it
    ['urges', 'none'],
  ]
  for (const [needle, expected] of cases) {
    test(`"${needle.replace('\n', '\\n')}" → ${expected}`, () => assert.equal(kindAt(at(needle)), expected))
  }

  test('takes the kinds to look for', () => {
    assert.equal(kindAt(at('urges'), new Set<RegionKind>(['title'])), 'title')
    assert.equal(kindAt(at('Two-minute'), new Set<RegionKind>(['title'])), 'none')
  })

  test('an empty span inside a region is in it; one at its end is not', () => {
    const read = at('Two-minute read')
    assert.equal(kindAt({ start: read.start + 3, end: read.start + 3 }), 'boilerplate')
    assert.equal(kindAt({ start: read.start, end: read.start }), 'boilerplate')
    assert.equal(kindAt({ start: read.end, end: read.end }), 'none')
  })

  test('a span ending where a region starts does not touch it', () => {
    const newline = at('\nPhoto')
    assert.equal(kindAt({ start: newline.start, end: newline.start + 1 }), 'none')
  })

  test('no regions, no region', () => assert.equal(regionAt([], at('He said')), undefined))

  test(
    'a span covering a skipped kind and then a wanted kind finds the wanted one',
    {
      todo: 'regionAt only checks the first region that overlaps the span: a span from the title into the boilerplate line returns undefined',
    },
    () => assert.equal(kindAt({ start: at('vigilance').start, end: at('Two-minute').end }), 'boilerplate'),
  )
})
