import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { actorId, documentId, hash32, hash64, mentionId, quoteId, slugify, topicId } from './ids.ts'
import type { Span } from './span.ts'

const TEXT = '“We will not back down,” Khamenei said.'
const at = (needle: string): Span => {
  const start = TEXT.indexOf(needle)
  assert.ok(start >= 0)
  return { start, end: start + needle.length }
}

describe('hash32 and hash64', () => {
  // Published FNV-1a 32-bit test vectors: a change here changes every stored id.
  const vectors: [string, string][] = [
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ]
  for (const [input, expected] of vectors) {
    test(`hash32(${JSON.stringify(input)}) is ${expected}`, () => assert.equal(hash32(input), expected))
  }

  test('hash32 is 8 lower-case hex digits, and differs for different strings', () => {
    assert.match(hash32('Khamenei'), /^[0-9a-f]{8}$/)
    assert.notEqual(hash32('Khamenei'), hash32('Khamenel'))
  })

  test('hash64 is 16 hex digits: hash32 of the string, then of the string behind a NUL', () => {
    assert.match(hash64('Khamenei'), /^[0-9a-f]{16}$/)
    assert.equal(hash64('Khamenei'), hash32('Khamenei') + hash32('\u0000Khamenei'))
  })
})

describe('deterministic ids', () => {
  const doc = documentId('000_17930391241d76a3')

  test('documentId and topicId keep the string', () => {
    assert.equal(doc, '000_17930391241d76a3')
    assert.equal(topicId('iran-us-talks'), 'iran-us-talks')
  })

  test('the same document and span always give the same quote and mention ids', () => {
    const words = at('We will not back down')
    assert.equal(quoteId(doc, words), quoteId(doc, { ...words }))
    assert.equal(mentionId(doc, at('Khamenei')), mentionId(doc, { ...at('Khamenei') }))
  })

  test('ids differ by span, by document, and between quotes and mentions', () => {
    const words = at('We will not back down')
    const ids = new Set([
      quoteId(doc, words),
      quoteId(doc, at('We will not')),
      quoteId(documentId('other'), words),
      mentionId(doc, words),
    ])
    assert.equal(ids.size, 4)
    assert.ok(quoteId(doc, words).startsWith(`${doc}:q:`))
    assert.ok(mentionId(doc, words).startsWith(`${doc}:m:`))
  })
})

describe('slugify and actorId', () => {
  const cases: [string, string][] = [
    ['Ali Khamenei', 'ali-khamenei'],
    ['Mohammad-Ali Ahangaran', 'mohammad-ali-ahangaran'],
    ['Bashar al-Assad', 'bashar-al-assad'],
    ['Khamenei’s', 'khameneis'],
    ["O'Brien", 'obrien'],
    ['José Martí', 'jose-marti'],
    ['  U.S. Congress  ', 'u-s-congress'],
    ['--Foreign   Ministry--', 'foreign-ministry'],
    ['علی خامنه‌ای', ''],
  ]
  for (const [name, slug] of cases) {
    test(`slugify(${JSON.stringify(name)}) is ${JSON.stringify(slug)}`, () =>
      assert.equal(slugify(name), slug))
  }

  test('actorId is the slug', () => assert.equal(actorId('Ali Khamenei'), 'ali-khamenei'))

  test('a name with no Latin letters gets a stable hashed id', () => {
    const name = 'علی خامنه‌ای'
    assert.equal(actorId(name), `actor-${hash32(name)}`)
    assert.equal(actorId(name), actorId(name))
  })
})
