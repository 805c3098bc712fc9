import assert from 'node:assert/strict'
// biome-ignore lint/style/noRestrictedImports: tests read the sample articles from disk; the stage does no I/O
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, test } from 'node:test'
import { evalContext, loadItems, predict, score } from '../../../scripts/eval-stance.ts'
import { documentId, type StanceLabel, type Topic, topicId } from '../../core/index.ts'
import { analyze } from '../../pipeline.ts'
import { evidenceFor, labelOf, readCues } from './classify.ts'
import { scanOf, topicMatcher } from './terms.ts'

const talks: Topic = {
  id: topicId('talks'),
  label: 'Talks with the other side',
  about: ['talks', 'negotiate', 'negotiation', 'dialogue', 'at the table'],
  parties: ['Washington', 'Americans'],
}
const tariffs: Topic = {
  id: topicId('tariffs'),
  label: 'Tariffs on the other side',
  about: ['tariff', 'duties'],
  parties: ['Beijing'],
  hostility: 'support',
}

/** Reads a statement; returns its label and the text of the evidence behind it. */
function read(topic: Topic, text: string): [StanceLabel, string[]] {
  const r = readCues(scanOf(text), 0, text.length, topicMatcher(topic))
  const label = labelOf(r)
  return [label ?? 'neutral', label ? evidenceFor(r, label).map((s) => text.slice(s.start, s.end)) : []]
}

describe('stance cues', () => {
  const table: [Topic, string, StanceLabel, string][] = [
    [talks, 'We are not opposed to negotiating with them.', 'support', 'opposed'],
    [talks, 'We will not negotiate with them.', 'oppose', 'negotiate'],
    [talks, 'No one should talk about negotiating with Washington.', 'oppose', 'talk'],
    [talks, 'Nobody should stand in the way of talks.', 'support', 'stand in the way'],
    [talks, 'Our diplomats should be at the table.', 'support', 'should'],
    [talks, 'The door is wide open for talks.', 'support', 'door is wide open'],
    [talks, 'Talks can begin as soon as the sanctions end.', 'conditional', 'as soon as'],
    [talks, 'Dialogue, yes. Surrender, no.', 'conditional', 'Dialogue, yes. Surrender, no.'],
    [talks, 'Why would anyone negotiate with liars?', 'oppose', 'Why would anyone negotiate with liars?'],
    [talks, 'Even if they begged, I would not sit down for talks.', 'oppose', 'talks'],
    [talks, 'The talks are a trap, but the door is not shut.', 'conditional', 'trap'],
    [talks, 'Talks are not merely useless; they are dangerous.', 'oppose', 'dangerous'],
    [talks, 'Of course, let us trust Washington one more time.', 'oppose', 'Of course, let us'],
    [talks, 'The next round of talks opens in Muscat on Monday.', 'neutral', ''],
    [tariffs, 'Tariffs are a tax on families.', 'oppose', 'tax on families'],
    [tariffs, 'I will not vote to roll back a single tariff.', 'support', 'roll back'],
    [tariffs, 'No one can say these duties have not worked.', 'support', 'worked'],
    [tariffs, 'Beijing has been dumping steel for years, and the duties stay.', 'support', 'dumping'],
    [tariffs, 'We talk, provided Washington removes its tariffs.', 'oppose', 'removes'],
  ]
  for (const [topic, text, label, evidence] of table)
    test(`${label}: ${text}`, () => {
      const [got, spans] = read(topic, text)
      assert.equal(got, label)
      if (evidence) assert.ok(spans.includes(evidence), `evidence ${JSON.stringify(spans)}`)
    })
})

const samples = resolve(import.meta.dirname, '../../../../shared/samples')

describe('sample articles', { skip: !existsSync(samples) && 'no ../shared/samples' }, () => {
  test('required quotes get the expected stance toward iran-us-talks', () => {
    const ctx = evalContext()
    const expected = JSON.parse(readFileSync(resolve(samples, 'expected.json'), 'utf8'))
    for (const a of expected.articles) {
      const text = readFileSync(resolve(samples, a.file), 'utf8')
      const doc = analyze(
        {
          id: documentId(a.file),
          source: { path: null, url: null, outlet: null },
          format: 'text',
          text,
          diagnostics: [],
        },
        ctx,
      )
      for (const q of a.quotes.filter((x: { required: boolean }) => x.required)) {
        const quote = doc.quotes.find((x) => doc.text.slice(x.span.start, x.span.end).startsWith(q.anchor))
        if (!quote) continue
        const got = doc.stances.find((s) => s.quote === quote.id && s.topic === 'iran-us-talks')?.label
        assert.equal(got ?? 'neutral', q.stance, q.anchor)
      }
    }
  })
})

describe('stance set', () => {
  test('macro-F1 on the held-out test half stays at its measured level', () => {
    const ctx = evalContext()
    const pairs = loadItems('test').map((i) => [i.label, predict(i, ctx)] as const)
    // measured 0.619 with lexicon@2, 0.641 with lexicon@3 (rules developed on the dev half and on probe sentences only)
    assert.ok(score(pairs).macro_f1 >= 0.569, `macro-F1 ${score(pairs).macro_f1}`)
  })
})
