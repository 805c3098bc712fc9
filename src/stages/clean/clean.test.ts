import assert from 'node:assert/strict'
// biome-ignore lint/style/noRestrictedImports: tests read the sample articles and fixtures from disk; the stage does no I/O
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Document, RawArticle } from '../../core/index.ts'
import { assertSpans, contains, diagnostic, overlaps, sliceSpan } from '../../core/index.ts'
import { clean } from './clean.ts'
import { inRegions } from './regions.ts'
import { ctx, describeRegions, expectSpan, rawArticle, regionTexts } from './testing.ts'

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/samples')
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures')
const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8')

/** Cleans a raw article and checks what must hold for every document. */
function cleanChecked(raw: RawArticle): Document {
  const doc = clean(raw, ctx)
  assert.equal(doc.text, raw.text, 'the text is unchanged')
  assertSpans(doc)
  doc.regions.forEach((r, i) => {
    const slice = sliceSpan(doc, r.span)
    assert.ok(slice.length > 0 && slice.trim() === slice, `region ${r.kind} is trimmed and not empty`)
    const next = doc.regions[i + 1]
    if (next) assert.ok(r.span.end <= next.span.start, `regions are sorted and do not overlap: ${slice}`)
  })
  for (const e of doc.embeds) {
    assert.ok(
      doc.regions.some(
        (r) => r.kind === 'embed' && r.span.start === e.span.start && r.span.end === e.span.end,
      ),
    )
    for (const link of e.links) assert.ok(contains(e.span, link), 'links lie inside their embed')
  }
  return doc
}

const sample = (file: string): Document => cleanChecked(rawArticle(read(SAMPLES, file)))
const fixture = (file: string): Document => cleanChecked(rawArticle(read(FIXTURES, file)))

/** The span of the first line containing `needle`. */
function lineWith(doc: Document, needle: string): { start: number; end: number } {
  const at = doc.text.indexOf(needle)
  assert.ok(at >= 0, `the text contains ${JSON.stringify(needle)}`)
  const start = doc.text.lastIndexOf('\n', at) + 1
  const nl = doc.text.indexOf('\n', at)
  return { start, end: nl < 0 ? doc.text.length : nl }
}

/** The quotation anchors of the hand-annotated samples: no region may touch them. */
const expected = JSON.parse(read(SAMPLES, 'expected.json')) as {
  articles: { file: string; quotes: { anchor: string }[] }[]
}

describe('clean on sample 000 (single newlines, embedded posts)', () => {
  const doc = sample('000_17930391241d76a3.txt')

  test('marks the reading-time line as boilerplate', () => {
    assert.deepEqual(regionTexts(doc, 'boilerplate'), ['Two-minute read'])
  })

  test('finds both embedded posts with their post text, signature, author, handle and date', () => {
    assert.equal(doc.embeds.length, 2)
    const [first, second] = doc.embeds
    assert.deepEqual([first?.author, first?.handle, first?.date], ['NCRI-FAC', '@iran_policy', '2025-01-29'])
    assert.deepEqual(
      [second?.author, second?.handle, second?.date],
      ['NCRI-FAC', '@iran_policy', '2025-01-23'],
    )
    const one = sliceSpan(doc, first!.span)
    const two = sliceSpan(doc, second!.span)
    assert.ok(one.startsWith('The Real Goal of #Iran'), one)
    assert.ok(one.endsWith('— NCRI-FAC (@iran_policy) January 29, 2025'), one)
    assert.ok(two.startsWith('#Khamenei Sends Zarif'), two)
    assert.ok(two.endsWith('— NCRI-FAC (@iran_policy) January 23, 2025'), two)
    expectSpan(doc, first!.links[0], 'https://t.co/TaSPUkGx6K')
    // The link is glued to the word before it ("Pressurehttps://…").
    expectSpan(doc, second!.links[0], 'https://t.co/OfLG3FKqPh')
  })

  test('has no title (the first line is a badge, then prose) and is English', () => {
    assert.deepEqual(regionTexts(doc, 'title'), [])
    assert.equal(doc.meta.title, null)
    assert.equal(doc.meta.language, 'en')
    assert.deepEqual(doc.diagnostics, [])
  })

  test('leaves every quotation paragraph alone', () => {
    for (const needle of [
      'When the conditions are right',
      'The question remains',
      'The difference between',
    ]) {
      assert.equal(inRegions(doc, lineWith(doc, needle)), undefined, needle)
    }
  })
})

describe('clean on sample 003 (blank lines, captions, headings)', () => {
  const doc = sample('003_146a92e843f25df6.txt')
  const caption1 =
    "Iran's Supreme Leader Ali Khamenei (left) and President Masoud Pezeshkian during a meeting in Tehran on January 28, 2025"
  const caption2 =
    "A scene from a meeting of Supreme Leader Ali Khamenei with Iran's senior officials and envoys from Muslim countries on January 28, 2025"

  test('finds the title and sets meta.title from it', () => {
    const title = 'Khamenei urges diplomatic vigilance in possible blessing of US talks'
    assert.deepEqual(regionTexts(doc, 'title'), [title])
    assert.equal(doc.meta.title, title)
  })

  test('marks the first copy of each repeated caption as caption and the second as duplicate', () => {
    assert.deepEqual(regionTexts(doc, 'caption'), [caption1, caption2])
    assert.deepEqual(regionTexts(doc, 'duplicate'), [caption1, caption2])
    const [c1, d1] = doc.regions.filter((r) => sliceSpan(doc, r.span) === caption1)
    assert.ok(c1 && d1 && c1.kind === 'caption' && d1.kind === 'duplicate' && c1.span.end < d1.span.start)
  })

  test('finds the two sub-headings, quote marks included', () => {
    assert.deepEqual(regionTexts(doc, 'heading'), ["'Financial elites'", 'Praise for Hezbollah, Gaza'])
  })

  test('leaves every quotation paragraph alone', () => {
    for (const needle of [
      'Behind the smiles of diplomacy',
      'This is a clear message',
      'Gaza, a small and limited',
    ]) {
      assert.equal(inRegions(doc, lineWith(doc, needle)), undefined, needle)
    }
  })
})

test('no region of either sample touches a hand-annotated quotation', () => {
  for (const article of expected.articles) {
    const doc = sample(article.file)
    for (const { anchor } of article.quotes) {
      // Anchors are typed with plain spaces; the articles sometimes have no-break spaces.
      const pattern = anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')
      const m = new RegExp(pattern, 'u').exec(doc.text)
      assert.ok(m, anchor)
      const hit = doc.regions.find((r) => overlaps(r.span, { start: m.index, end: m.index + m[0].length }))
      assert.equal(hit, undefined, `${article.file}: ${anchor}`)
    }
  }
})

describe('clean on written fixtures', () => {
  test('wire copy: title, reading time, share prompt, caption, credits, heading, copyright', () => {
    const doc = fixture('wire-credits.txt')
    assert.deepEqual(describeRegions(doc), [
      'title: Ministers agree to resume grain talks in Geneva',
      'boilerplate: 3 min read',
      'boilerplate: Share this:',
      'caption: Ministers gather before talks at the Palais des Nations in Geneva on March 4, 2024',
      'boilerplate: Photo: Example Wire/Anna Berg',
      'heading: Insurance dispute',
      'boilerplate: Reporting by Anna Berg in Geneva; Additional reporting by Tom Ruiz in Madrid; Editing by Clare Holt',
      'boilerplate: © 2024 Example Wire. All rights reserved.',
    ])
    // A one-line quotation paragraph ends with punctuation inside its marks: it is no heading.
    assert.equal(inRegions(doc, lineWith(doc, 'Without insurance')), undefined)
  })

  test('single-newline copy: a Twitter embed, a heading after it, a follow prompt', () => {
    const doc = fixture('tweet-embed.txt')
    const [embed] = doc.embeds
    assert.equal(doc.embeds.length, 1)
    assert.deepEqual([embed?.author, embed?.handle, embed?.date], ['Jane Doe', '@janedoe', '2024-03-03'])
    expectSpan(
      doc,
      embed?.span,
      'Our plan keeps fares flat and adds night buses on six routes. Read it here https://t.co/AbC123xyz pic.twitter.com/Qw9Er8Ty\n— Jane Doe (@janedoe) March 3, 2024',
    )
    assert.deepEqual(
      embed?.links.map((l) => sliceSpan(doc, l)),
      ['https://t.co/AbC123xyz', 'pic.twitter.com/Qw9Er8Ty'],
    )
    assert.deepEqual(regionTexts(doc, 'heading'), ['What comes next'])
    assert.deepEqual(regionTexts(doc, 'boilerplate'), ['Follow us on Twitter @cityhallnews'])
    // The line above the post is reporting, and the byline is left for later stages.
    assert.equal(inRegions(doc, lineWith(doc, "The mayor's office")), undefined)
    assert.equal(inRegions(doc, lineWith(doc, 'By Staff Reporter')), undefined)
  })

  for (const [file, language] of [
    ['lang-fr.txt', 'fr'],
    ['lang-de.txt', 'de'],
    ['lang-es.txt', 'es'],
    ['lang-fa.txt', 'fa'],
    ['lang-ar.txt', 'ar'],
  ] as const) {
    test(`${file} is not English: language '${language}' and LANGUAGE_UNSUPPORTED`, () => {
      const doc = fixture(file)
      assert.equal(doc.meta.language, language)
      assert.deepEqual(
        doc.diagnostics.map((d) => [d.code, d.stage, d.severity]),
        [['LANGUAGE_UNSUPPORTED', 'language', 'warning']],
      )
    })
  }

  test('English crowded with foreign names is still English', () => {
    const doc = fixture('lang-en-names.txt')
    assert.equal(doc.meta.language, 'en')
    assert.deepEqual(doc.diagnostics, [])
  })
})

describe('clean with metadata and HTML hints', () => {
  test('carries metadata and earlier diagnostics forward; a stated title wins', () => {
    const earlier = diagnostic('ENCODING_FALLBACK', 'ingest')
    const raw = rawArticle('Headline in the text\n\nBody of the story, which says little.', {
      title: 'Headline from metadata',
      byline: 'Jane Doe',
      published: '2024-03-03',
      diagnostics: [earlier],
    })
    const doc = cleanChecked(raw)
    assert.deepEqual(doc.meta, {
      title: 'Headline from metadata',
      byline: 'Jane Doe',
      published: '2024-03-03',
      publishedInferred: false,
      language: 'en',
    })
    assert.deepEqual(doc.diagnostics, [earlier])
    assert.equal(doc.id, raw.id)
    assert.equal(doc.source, raw.source)
  })

  test('takes title, heading and caption from hints in HTML, and only from hints', () => {
    const text =
      'Talks resume\n\nOfficials met on Monday, a spokesman said.\n\nWhat next\n\nA view of the venue\n\nMore text.'
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })
    const doc = cleanChecked(
      rawArticle(text, {
        format: 'html',
        structure: [
          { kind: 'title', span: at('Talks resume') },
          // Untrimmed on purpose: readers may include the newline.
          { kind: 'heading', span: { start: at('What next').start, end: at('What next').end + 1 } },
          { kind: 'caption', span: at('A view of the venue') },
          { kind: 'paragraph', span: at('More text.') },
        ],
      }),
    )
    assert.deepEqual(describeRegions(doc), [
      'title: Talks resume',
      'heading: What next',
      'caption: A view of the venue',
    ])
    assert.equal(doc.meta.title, 'Talks resume')
    const plain = cleanChecked(rawArticle(text, { format: 'html' }))
    assert.deepEqual(regionTexts(plain, 'title'), [], 'HTML without a title hint has no title region')
  })

  test('drops a hint that lies outside the text, with a warning', () => {
    const doc = cleanChecked(
      rawArticle('Short text.', { structure: [{ kind: 'heading', span: { start: 5, end: 99 } }] }),
    )
    assert.deepEqual(doc.regions, [])
    assert.deepEqual(
      doc.diagnostics.map((d) => [d.code, d.severity, d.stage]),
      [['SPAN_OUT_OF_RANGE', 'warning', 'clean']],
    )
  })

  test('handles empty text and text without newlines', () => {
    assert.deepEqual(cleanChecked(rawArticle('')).regions, [])
    assert.equal(cleanChecked(rawArticle('')).meta.language, 'und')
    assert.deepEqual(cleanChecked(rawArticle('One line, no newline.')).regions, [])
  })

  test('handles Windows line endings: spans stop before the \\r', () => {
    const doc = cleanChecked(
      rawArticle('A title here\r\n\r\n5 min read\r\n\r\nBody of the story, which says little.\r\n'),
    )
    assert.deepEqual(describeRegions(doc), ['title: A title here', 'boilerplate: 5 min read'])
  })
})
