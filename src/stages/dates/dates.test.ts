import assert from 'node:assert/strict'
// biome-ignore lint/style/noRestrictedImports: tests read the sample articles from disk; the stage does no I/O
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, mock, test } from 'node:test'
import { createWinkTagger } from '../../adapters/nlp/wink-tagger.ts'
import type { Dated, RawArticle, StageContext, Tagged } from '../../core/index.ts'
import { assertSpans, documentId, sliceSpan } from '../../core/index.ts'
import { clean } from '../clean/index.ts'
import { segment } from '../segment/index.ts'
import { tag } from '../tag/index.ts'
import { dateDocument, inferPublished } from './dates.ts'

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/samples')
const SAMPLE_000 = readFileSync(path.join(SAMPLES, '000_17930391241d76a3.txt'), 'utf8')
const SAMPLE_003 = readFileSync(path.join(SAMPLES, '003_146a92e843f25df6.txt'), 'utf8')
const ctx: StageContext = { tagger: createWinkTagger() }

function segmented(text: string, published: string | null = null): Tagged {
  const raw: RawArticle = {
    id: documentId('test'),
    source: { path: null, url: null, outlet: null },
    format: 'text',
    text,
    published,
    diagnostics: [],
  }
  const doc = tag(segment(clean(raw, ctx), ctx), ctx)
  assertSpans(doc)
  return doc
}

function dated(text: string, published: string | null = null): Dated {
  const doc = dateDocument(segmented(text, published), ctx)
  assertSpans(doc)
  assert.equal(doc.text, text)
  return doc
}

/** Each date as "words → value". */
const dates = (doc: Dated): string[] => doc.dates.map((d) => `${sliceSpan(doc, d.span)} → ${d.value}`)
const codes = (doc: Dated): string[] => doc.diagnostics.map((d) => d.code)

describe('inferPublished', () => {
  test('sample 000: the latest date stated is February 3, its year from the embedded posts', () => {
    assert.equal(inferPublished(SAMPLE_000), '2025-02-03')
  })

  test('sample 003: the captions date the meeting January 28, 2025', () => {
    assert.equal(inferPublished(SAMPLE_003), '2025-01-28')
  })

  const cases: [string, string | null][] = [
    ['No dates at all.', null],
    ['He spoke on Tuesday and again yesterday.', null],
    ['Talks began on March 3, 2024.', '2024-03-03'],
    ['Talks began on March 3, 2024. They ended on April 9.', '2024-04-09'],
    ['The war began on Oct. 7, 2023. Talks began on January 5, 2025.', '2025-01-05'],
  ]
  for (const [text, expected] of cases) {
    test(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(inferPublished(text), expected))
  }
})

describe('dateDocument: the publication date', () => {
  test('keeps the metadata date and does not mark it inferred', () => {
    const doc = dated('Talks began on March 3, 2024.', '2025-01-30')
    assert.equal(doc.meta.published, '2025-01-30')
    assert.equal(doc.meta.publishedInferred, false)
    assert.deepEqual(codes(doc), [])
  })

  test('infers it when metadata gives none, with DATE_INFERRED', () => {
    const doc = dated(SAMPLE_003)
    assert.equal(doc.meta.published, '2025-01-28')
    assert.equal(doc.meta.publishedInferred, true)
    assert.ok(codes(doc).includes('DATE_INFERRED'))
  })

  test('without any year it gives up: DATE_UNKNOWN and no dates', () => {
    const doc = dated('He spoke on Tuesday.')
    assert.equal(doc.meta.published, null)
    assert.equal(doc.meta.publishedInferred, false)
    assert.deepEqual(doc.dates, [])
    assert.ok(codes(doc).includes('DATE_UNKNOWN'))
  })
})

describe('dateDocument: relative dates against a metadata date', () => {
  // 2025-01-30 is a Thursday; 2025-01-28 a Tuesday.
  const cases: [string, string, string[]][] = [
    ['The minister spoke on Tuesday.', '2025-01-30', ['on Tuesday → 2025-01-28']],
    ['The minister spoke on Tuesday.', '2025-01-28', ['on Tuesday → 2025-01-28']],
    ['The minister spoke on Thursday.', '2025-01-28', ['on Thursday → 2025-01-23']],
    ['The minister spoke yesterday.', '2025-01-30', ['yesterday → 2025-01-29']],
    ['The minister will speak today.', '2025-01-30', ['today → 2025-01-30']],
    ['He spoke on February 3.', '2025-02-10', ['February 3 → 2025-02-03']],
    ['He said on Feb. 3 that talks were off.', '2025-02-10', ['Feb. 3 → 2025-02-03']],
    ['It happened on 3 February.', '2025-02-10', ['on 3 February → 2025-02-03']],
    ['He spoke on December 30.', '2025-01-05', ['December 30 → 2024-12-30']],
    ['The war began on Oct. 7, 2023.', '2025-01-30', ['Oct. 7, 2023 → 2023-10-07']],
    ['It happened in March 2024 at 5 pm.', '2025-01-30', []],
    [
      'He spoke on February 2. The same day, she replied.',
      '2025-02-10',
      ['February 2 → 2025-02-02', 'The same day → 2025-02-02'],
    ],
    [
      'He spoke on February 2, and she on February 4. That evening, they met.',
      '2025-02-10',
      ['February 2 → 2025-02-02', 'February 4 → 2025-02-04', 'That evening → 2025-02-04'],
    ],
    ['The same day, nothing happened.', '2025-02-10', []],
  ]
  for (const [text, published, expected] of cases) {
    test(`${JSON.stringify(text)} published ${published}`, () => {
      assert.deepEqual(dates(dated(text, published)), expected)
    })
  }

  test('dates that state their year are absolute, the others relative', () => {
    const doc = dated('On Oct. 7, 2023 it began; on Tuesday it went on.', '2025-01-30')
    assert.deepEqual(
      doc.dates.map((d) => `${sliceSpan(doc, d.span)}: ${d.kind}`),
      ['Oct. 7, 2023: absolute', 'on Tuesday: relative'],
    )
  })

  test('a date span holds only the date words', {
    todo: 'chrono includes the trailing comma: "last Tuesday," is the span for "He spoke last Tuesday, and …"',
  }, () => {
    assert.deepEqual(dates(dated('He spoke last Tuesday, and again on Monday.', '2025-01-30')), [
      'last Tuesday → 2025-01-28',
      'on Monday → 2025-01-27',
    ])
  })
})

describe('dateDocument on the samples', () => {
  test('000: February 2, then "The same day" takes it', () => {
    const found = dates(dated(SAMPLE_000))
    assert.ok(found.includes('February 2 → 2025-02-02'), found.join('\n'))
    assert.ok(found.includes('The same day → 2025-02-02'), found.join('\n'))
    assert.ok(found.includes('February 3 → 2025-02-03'), found.join('\n'))
  })

  test('003: "on Tuesday" is the day of the meeting, January 28', () => {
    const found = dates(dated(SAMPLE_003))
    assert.ok(found.includes('on Tuesday → 2025-01-28'), found.join('\n'))
    assert.ok(found.includes('Oct. 7, 2023 → 2023-10-07'), found.join('\n'))
  })
})

describe('no clock', () => {
  // The stage must give the same result whatever the machine's date: only the text and metadata count.
  const CLOCKS = ['1999-12-31T23:59:00Z', '2025-01-29T12:00:00Z', '2041-07-04T03:00:00Z']
  const inputs: [string, string | null][] = [
    [SAMPLE_000, null],
    [SAMPLE_003, null],
    ['The minister spoke on Tuesday and yesterday; on February 3 he left.', '2025-02-05'],
  ]

  for (const [text, published] of inputs) {
    test(`${JSON.stringify(text.slice(0, 40))}… is the same at ${CLOCKS.length} machine dates`, () => {
      const doc = segmented(text, published)
      const results = CLOCKS.map((now) => {
        mock.timers.enable({ apis: ['Date'], now: new Date(now) })
        try {
          assert.equal(new Date().toISOString().slice(0, 4), now.slice(0, 4), 'the clock is mocked')
          const d = dateDocument(doc, ctx)
          return { dates: dates(d), published: d.meta.published, inferred: inferPublished(text) }
        } finally {
          mock.timers.reset()
        }
      })
      for (const r of results.slice(1)) assert.deepEqual(r, results[0])
    })
  }
})
