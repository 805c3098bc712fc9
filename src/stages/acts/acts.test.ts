import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Analyzed, SpeechActKind } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import { analyzeText } from '../quotes/testing.ts'

/** "kind → target: evidence" for each act of the quote whose words start with `start`. */
function actsOf(doc: Analyzed, start: string): string[] {
  const q = doc.quotes.find((x) => sliceSpan(doc, x.span).startsWith(start))
  assert.ok(q, `a quote starting ${JSON.stringify(start)}`)
  const name = (id: string | undefined) => doc.actors.find((a) => a.id === id)?.name ?? '-'
  return doc.acts
    .filter((a) => a.quote === q.id)
    .map((a) => `${a.kind} → ${name(a.target)}: ${sliceSpan(doc, a.evidence)}`)
}

describe('speech acts', () => {
  const cases: [string, string, string[]][] = [
    [
      'Foreign Minister Jane Roe accused the United States of breaking its word.',
      'of breaking',
      ['accuse → United States: accused'],
    ],
    [
      '"Anyone who attacks us will pay a heavy price," General Omar Haddad said.',
      'Anyone who attacks',
      ['threaten → -: will pay a heavy price'],
    ],
    [
      'Prime Minister Alan Graves warned that the strike would hurt the economy.',
      'the strike would',
      ['warn → -: warned'],
    ],
    [
      '"We are ready to sit down with Washington tomorrow," Deputy Minister Lena Park said.',
      'We are ready',
      ['intend-to-negotiate → -: ready to sit down'],
    ],
    [
      'Senator Maria Kovac praised the Finance Ministry, saying it had handled the crisis well.',
      'it had handled',
      ['praise → Finance Ministry: praised'],
    ],
    [
      'Opposition leader Tom Harlow rejected the offer, saying it was an insult to workers.',
      'it was an insult',
      ['reject → -: rejected'],
    ],
  ]
  for (const [text, start, expected] of cases) {
    test(text, () => assert.deepEqual(actsOf(analyzeText(`${text}\n`), start), expected))
  }

  test('a plain report performs no act', () => {
    const doc = analyzeText('"The meeting lasted two hours," the spokesman said.\n')
    assert.deepEqual(doc.acts, [])
  })

  test('every act points at its quote and its evidence lies in the text', () => {
    const doc = analyzeText(
      '"They are liars," Ayatollah Reza Tabrizi said. He warned that "all options are on the table."\n',
    )
    const kinds = new Set<SpeechActKind>(doc.acts.map((a) => a.kind))
    assert.ok(kinds.has('accuse') && kinds.has('warn'), JSON.stringify([...kinds]))
    for (const a of doc.acts) assert.ok(doc.quotes.some((q) => q.id === a.quote))
  })
})
