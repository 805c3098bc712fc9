import assert from 'node:assert/strict'
// biome-ignore lint/style/noRestrictedImports: tests read the sample articles from disk; the stage does no I/O
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import { createWinkTagger } from '../../adapters/nlp/wink-tagger.ts'
import type { RawArticle, Segmented, StageContext } from '../../core/index.ts'
import { assertSpans, documentId, sliceSpan } from '../../core/index.ts'
import { clean } from '../clean/index.ts'
import { tag } from '../tag/index.ts'
import { findParagraphs } from './paragraphs.ts'
import { segment } from './segment.ts'

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/samples')
const ctx: StageContext = { tagger: createWinkTagger() }

const raw = (text: string): RawArticle => ({
  id: documentId('test'),
  source: { path: null, url: null, outlet: null },
  format: 'text',
  text,
  diagnostics: [],
})

/** Cleans and segments a text, checking what must hold for every segmented document. */
function segmented(text: string): Segmented {
  const cleaned = clean(raw(text), ctx)
  assertSpans(cleaned)
  const doc = segment(cleaned, ctx)
  assertSpans(doc)
  assert.equal(doc.text, text, 'the text is unchanged')
  let previous = -1
  doc.sentences.forEach((s, i) => {
    const slice = sliceSpan(doc, s.span)
    assert.ok(slice.length > 0 && slice.trim() === slice, `sentence ${i} is trimmed and not empty`)
    assert.ok(!slice.includes('\n'), `a sentence never crosses a line break: ${JSON.stringify(slice)}`)
    assert.ok(s.span.start >= previous, 'sentences are in order and do not overlap')
    previous = s.span.end
    const p = doc.paragraphs[s.paragraph]
    assert.ok(p && p.start <= s.span.start && s.span.end <= p.end, `sentence ${i} lies in its paragraph`)
    for (let t = s.tokens.start; t < s.tokens.end; t++) {
      const tok = doc.tokens[t]!
      assert.ok(
        tok.span.start >= s.span.start && tok.span.end <= s.span.end,
        `token ${t} is in sentence ${i}`,
      )
    }
  })
  for (const t of doc.tokens) {
    const slice = sliceSpan(doc, t.span)
    assert.ok(slice.length > 0 && !/\s/.test(slice), `token ${JSON.stringify(slice)} has no white space`)
  }
  return doc
}

const sentences = (doc: Segmented): string[] => doc.sentences.map((s) => sliceSpan(doc, s.span))
const paragraphs = (doc: Segmented): string[] => doc.paragraphs.map((p) => sliceSpan(doc, p))
/** "word/POS" for each token of the text. */
const tagged = (doc: Segmented): string[] => {
  const { pos } = tag(doc, ctx)
  return doc.tokens.map((t, i) => `${sliceSpan(doc, t.span)}/${pos[i]}`)
}

describe('paragraphs', () => {
  const cases: [string, string[]][] = [
    ['One line.', ['One line.']],
    ['A b.\n\nC d.', ['A b.', 'C d.']],
    ['First.\nSecond.', ['First.', 'Second.']],
    ['  Indented.  \n   \n\tTabbed.\r\n', ['Indented.', 'Tabbed.']],
    ['\n\n', []],
    ['', []],
  ]
  for (const [text, expected] of cases) {
    test(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(
        findParagraphs(text).map((p) => text.slice(p.start, p.end)),
        expected,
      )
      assert.deepEqual(paragraphs(segmented(text)), expected)
    })
  }

  test('each sentence records the paragraph it is in', () => {
    const doc = segmented('Talks stalled. Envoys left.\n\nA new round began.')
    assert.deepEqual(
      doc.sentences.map((s) => [sliceSpan(doc, s.span), s.paragraph]),
      [
        ['Talks stalled.', 0],
        ['Envoys left.', 0],
        ['A new round began.', 1],
      ],
    )
  })
})

describe('sentences', () => {
  const cases: [string, string, string[]][] = [
    [
      'U.S. and Feb.',
      'The U.S. envoy arrived. He left on Feb. 3 with Dr. Smith.',
      ['The U.S. envoy arrived.', 'He left on Feb. 3 with Dr. Smith.'],
    ],
    [
      'Sen. and U.S. before a name',
      'Sen. Graham spoke to the U.S. Senate. Then he left.',
      ['Sen. Graham spoke to the U.S. Senate.', 'Then he left.'],
    ],
    [
      'U.S. inside a sentence',
      'He said the U.S. would wait for Iran.',
      ['He said the U.S. would wait for Iran.'],
    ],
    [
      'a URL and hashtags',
      'Read it at https://example.com/a.b?c=d. Then share it with #Iran and #Davos. Done.',
      ['Read it at https://example.com/a.b?c=d.', 'Then share it with #Iran and #Davos.', 'Done.'],
    ],
    [
      'a curly question before "he asked"',
      '“Why?” he asked. “Because,” she said.',
      ['“Why?” he asked.', '“Because,” she said.'],
    ],
    [
      'a straight question before "he asked"',
      '"Will you go?" he asked. She said no!',
      ['"Will you go?" he asked.', 'She said no!'],
    ],
    [
      'an exclamation before the cue',
      '“We will not back down!” declared the minister. Others agreed.',
      ['“We will not back down!” declared the minister.', 'Others agreed.'],
    ],
    [
      'a quotation ending a sentence, then a new one',
      'He warned: “No one should talk to them!” The same day, talks resumed.',
      ['He warned: “No one should talk to them!”', 'The same day, talks resumed.'],
    ],
    [
      'a line without a full stop',
      'Praise for Hezbollah, Gaza\nKhamenei lauded the movement. He spoke at length.',
      ['Praise for Hezbollah, Gaza', 'Khamenei lauded the movement.', 'He spoke at length.'],
    ],
  ]
  for (const [why, text, expected] of cases) {
    test(why, () => assert.deepEqual(sentences(segmented(text)), expected))
  }

  test('an ellipsis inside a quotation does not end the sentence', () => {
    const text = '“It deprived a group of ultra-revolutionaries... of peace and rest,” he added.'
    assert.deepEqual(sentences(segmented(text)), [text])
  })

  test('only a sentence after a quotation ending in ? or ! is joined for starting in lower case', () => {
    assert.deepEqual(sentences(segmented('Sales rose. iPhone sales fell.')), [
      'Sales rose.',
      'iPhone sales fell.',
    ])
  })

  test('a one-letter name before a full stop still ends the sentence', () => {
    assert.deepEqual(sentences(segmented('He wrote on X. Ranjbaran is an advisor.')), [
      'He wrote on X.',
      'Ranjbaran is an advisor.',
    ])
  })
})

describe('tokens', () => {
  test('carry part-of-speech tags (from the tag stage) and kinds', () => {
    const doc = segmented('Iran’s deal — worth $5 billion — fell through, 100%.')
    assert.deepEqual(tagged(doc), [
      'Iran/PROPN',
      '’s/PART',
      'deal/NOUN',
      '—/PUNCT',
      'worth/ADJ',
      '$/SYM',
      '5/NUM',
      'billion/NUM',
      '—/PUNCT',
      'fell/VERB',
      'through/ADP',
      ',/PUNCT',
      '100/NUM',
      '%/SYM',
      './PUNCT',
    ])
    // kinds are lexical: a number is written in digits; "billion" is a word the tagger calls NUM
    const kinds = doc.tokens.map((t) => `${sliceSpan(doc, t.span)}:${t.kind}`)
    assert.deepEqual(
      kinds.filter((k) => !k.endsWith(':word')),
      ['—:punct', '$:symbol', '5:number', '—:punct', ',:punct', '100:number', '%:symbol', '.:punct'],
    )
  })

  test('abbreviations stay whole tokens', () => {
    const doc = segmented('Sen. Graham met U.S. officials on Feb. 3.')
    const words = doc.tokens.map((t) => sliceSpan(doc, t.span))
    for (const w of ['Sen.', 'U.S.', 'Feb.']) assert.ok(words.includes(w), `${w} in ${JSON.stringify(words)}`)
  })

  test('hashtags and handles are single tokens', () => {
    const doc = segmented('Posted by NCRI-FAC (@iran_policy) with #Khamenei.')
    const words = doc.tokens.map((t) => sliceSpan(doc, t.span))
    assert.ok(words.includes('#Khamenei'), JSON.stringify(words))
    assert.ok(words.includes('@iran_policy'), JSON.stringify(words))
  })

  test('a URL at the end of a sentence leaves the full stop out of its token', () => {
    const doc = segmented('Read it at https://example.com/a.b?c=d. Then share it.')
    const words = doc.tokens.map((t) => sliceSpan(doc, t.span))
    assert.ok(words.includes('https://example.com/a.b?c=d'), JSON.stringify(words))
  })

  test('each sentence’s token range covers exactly its tokens', () => {
    const doc = segmented('“Why?” he asked. Nobody answered.')
    assert.deepEqual(
      doc.sentences.map((s) =>
        doc.tokens.slice(s.tokens.start, s.tokens.end).map((t) => sliceSpan(doc, t.span)),
      ),
      [
        ['“', 'Why', '?', '”', 'he', 'asked', '.'],
        ['Nobody', 'answered', '.'],
      ],
    )
  })

  test('offsets survive emoji and other astral characters', () => {
    const doc = segmented('Crowds cheered 🎉 in Tehran. Officials 👏 agreed.')
    assert.deepEqual(sentences(doc), ['Crowds cheered 🎉 in Tehran.', 'Officials 👏 agreed.'])
    const words = doc.tokens.map((t) => sliceSpan(doc, t.span))
    assert.ok(words.includes('Tehran') && words.includes('agreed'), JSON.stringify(words))
  })
})

describe('segment on the shared samples', () => {
  for (const file of ['000_17930391241d76a3.txt', '003_146a92e843f25df6.txt']) {
    test(`${file}: every span checks out and no sentence crosses a line`, () => {
      const doc = segmented(readFileSync(path.join(SAMPLES, file), 'utf8'))
      assert.ok(doc.sentences.length > 20)
      assert.ok(doc.tokens.length > 500)
    })
  }

  test('000: a quotation ending in "!" before "The same day" ends its sentence', () => {
    const doc = segmented(readFileSync(path.join(SAMPLES, '000_17930391241d76a3.txt'), 'utf8'))
    const all = sentences(doc)
    assert.ok(
      all.includes(
        'Following Khamenei’s speech, he warned that all officials must clarify their stance: “No one should talk about negotiating with the Great Satan!”',
      ),
    )
    assert.ok(all.some((s) => s.startsWith('The same day, Hossein Safdari')))
  })
})
