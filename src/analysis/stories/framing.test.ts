import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { StoryArticle } from './article.ts'
import { border, borderOther, independent, reworked, wire } from './fixtures/passages.ts'
import { headlineFocus, outletFraming } from './framing.ts'
import { compareFraming } from './framing-compare.ts'
import { classifyCue, compileLexicon, findTerms } from './lexicon.ts'
import { quotedStretches, sentenceAt } from './sentences.ts'

const lexicon = compileLexicon({
  neutralVerbs: ['said', 'told', 'according to'],
  verbClasses: [
    { name: 'emphatic', verbs: ['declared', 'insisted'] },
    { name: 'doubting', verbs: ['claimed'] },
    { name: 'conceding', verbs: ['admitted'] },
    { name: 'urging', verbs: ['called on'] },
  ],
  loaded: [
    { category: 'labels', terms: ['regime', 'hard-line'] },
    { category: 'extremism', terms: ['hardliner*'] },
    { category: 'weakness', terms: ['desperat*'] },
  ],
})

const article = (
  id: string,
  outlet: string,
  text: string,
  quotes: StoryArticle['quotes'] = [],
): StoryArticle => ({
  id,
  outlet,
  published: '2025-03-05',
  title: null,
  text,
  actors: [],
  quotes,
})

describe('lexicon', () => {
  const cues: [string, string, string][] = [
    ['said', 'said', 'neutral'],
    ['told reporters', 'told', 'neutral'],
    ['According to', 'according to', 'neutral'],
    ['called on', 'called on', 'urging'],
    ['called', 'called', 'other'],
    ['Declared', 'declared', 'emphatic'],
  ]
  for (const [cue, verb, cls] of cues) {
    test(`cue "${cue}" is ${verb} (${cls})`, () => {
      assert.deepEqual(classifyCue(lexicon, cue), { verb, class: cls })
    })
  }

  test('terms match whole words, any case, with wildcard endings and hyphen variants', () => {
    const text = 'Regimes fell; the regime’s hardliners, desperately hardline, shunned the hard line.'
    const found = findTerms(lexicon, text).map((m) => text.slice(m.span.start, m.span.end))
    assert.deepEqual(found, ['regime', 'hardliners', 'desperately', 'hardline', 'hard line'])
  })
})

describe('sentences', () => {
  const text = 'First one. “Second,” she said. Third?\nFourth line'
  const table: [number, string][] = [
    [2, 'First one.'],
    [14, '“Second,” she said.'],
    [33, 'Third?'],
    [40, 'Fourth line'],
  ]
  for (const [at, sentence] of table) {
    test(`the sentence at ${at} is ${sentence}`, () => {
      const s = sentenceAt(text, at)
      assert.equal(text.slice(s.start, s.end), sentence)
    })
  }

  test('quoted stretches include their marks', () => {
    const text = 'He called it "a trap" and “a ploy”.'
    assert.deepEqual(
      quotedStretches(text).map((s) => text.slice(s.start, s.end)),
      ['"a trap"', '“a ploy”'],
    )
  })
})

describe('framing', () => {
  test('an outlet’s cue verbs and loaded terms, with the sentences behind them', () => {
    const f = outletFraming('Oranth Daily', [independent, borderOther], lexicon)
    assert.deepEqual(
      f.attribution.verbs.map((v) => [v.verb, v.class, v.count]),
      [
        ['said', 'neutral', 3],
        ['claimed', 'doubting', 1],
      ],
    )
    assert.equal(f.attribution.neutralShare, 0.75)
    const claimed = f.attribution.verbs.find((v) => v.verb === 'claimed')!
    assert.equal(
      claimed.evidence[0]?.sentence,
      '"Construction will continue on schedule," he claimed, adding that the project had passed every environmental review.',
    )
    assert.deepEqual(
      f.loaded.terms.map((t) => [t.term, t.ownVoice, t.quoted]),
      [
        ['desperat*', 1, 0],
        ['hardliner*', 1, 0],
      ],
    )
    assert.match(f.loaded.terms[1]!.evidence[0]!.sentence, /^The hardliner camp in Oranth's parliament/)
  })

  test('terms inside quotations are counted apart from the outlet’s own voice', () => {
    const text = '“This regime must go,” he said. The regime did not reply.'
    const f = outletFraming('X', [article('r', 'X', text)], lexicon)
    assert.deepEqual(
      f.loaded.terms.map((t) => [t.term, t.ownVoice, t.quoted]),
      [['regime', 1, 1]],
    )
    assert.equal(f.loaded.perThousandWords, Math.round((1000 / 11) * 100) / 100)
  })

  test('parts of one statement count once for attribution; voices are shared among speakers', () => {
    const text = '“We will wait,” Lind said, “and we will win.” Garr declared: “Never.”'
    const quote = (words: string, speaker: string, cue: string, statement: string) => {
      const start = text.indexOf(words)
      return {
        id: `q${start}`,
        span: { start, end: start + words.length },
        text: words,
        speaker,
        speakerKey: speaker,
        cue,
        statement,
        stances: [],
      }
    }
    const f = outletFraming(
      'X',
      [
        article('s', 'X', text, [
          quote('We will wait', 'Lind', 'said', 's1'),
          quote('and we will win.', 'Lind', 'said', 's1'),
          quote('Never.', 'Garr', 'declared', 's2'),
        ]),
      ],
      lexicon,
    )
    assert.equal(f.attribution.statements, 2)
    assert.deepEqual(
      f.voices.map((v) => [v.name, v.quotes, v.share]),
      [
        ['Lind', 2, 0.667],
        ['Garr', 1, 0.333],
      ],
    )
  })

  test('a headline’s focus: the actors it names, in order', () => {
    assert.deepEqual(headlineFocus(border, lexicon)?.actors, ['Petra Lind', 'Tomas Garr'])
    assert.deepEqual(headlineFocus(reworked, lexicon)?.actors, ['Petra Lind'])
  })

  test('comparing two outlets reports the verbs and terms that set them apart, with sentences', () => {
    const c = compareFraming(
      [wire, border, independent, borderOther],
      ['Northwire', 'oranth daily'],
      lexicon,
      { topic: null },
    )
    const claimed = c.differences.find((d) => d.dimension === 'attribution' && d.item === 'claimed')
    assert.deepEqual(claimed?.figures, { Northwire: 0, 'oranth daily': 1 })
    assert.match(claimed?.evidence[0]?.sentence ?? '', /he claimed/)
    const loaded = c.differences.filter((d) => d.dimension === 'loaded').map((d) => d.item)
    assert.deepEqual(loaded, ['own-voice loaded terms', 'desperat*', 'hardliner*'])
    assert.deepEqual(
      c.timeline.map((r) => [r.period, r.outlet, r.articles]),
      [
        ['2025-03', 'Northwire', 2],
        ['2025-03', 'oranth daily', 2],
      ],
    )
  })

  test('comparing needs two outlets', () => {
    assert.throws(() => compareFraming([wire], ['Northwire'], lexicon), /at least two outlets/)
  })
})
