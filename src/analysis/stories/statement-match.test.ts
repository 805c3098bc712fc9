import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { READY_WORDINGS } from './fixtures/passages.ts'
import { matchStatements, type StatementQuote, wordingSimilarity } from './statement-match.ts'

const OUTLETS = ['Northwire', 'Oranth Daily', 'River Post']
const q = (i: number, text: string, speaker: string | null = 'Petra Lind'): StatementQuote => ({
  articleId: `a${i}`,
  outlet: OUTLETS[i % OUTLETS.length]!,
  quoteId: `q${i}`,
  text,
  speaker,
})

describe('statement matching', () => {
  test('one statement in three outlets’ wordings matches', () => {
    const [statement, ...rest] = matchStatements(READY_WORDINGS.map((t, i) => q(i, t)))
    assert.equal(rest.length, 0)
    assert.deepEqual(statement?.outlets, OUTLETS)
    assert.equal(statement?.text, READY_WORDINGS[2])
  })

  test('a different statement by the same speaker on the same subject stays apart', () => {
    const groups = matchStatements([
      q(0, READY_WORDINGS[0]),
      q(1, 'We will not sit at the table while our farmers are losing their water'),
    ])
    assert.equal(groups.length, 2)
  })

  test('the same words from two different people stay apart; an unnamed speaker may match', () => {
    const groups = matchStatements([
      q(0, READY_WORDINGS[0]),
      q(1, READY_WORDINGS[1], 'Tomas Garr'),
      q(2, READY_WORDINGS[1], null),
    ])
    assert.deepEqual(
      groups.map((g) => g.articles),
      [['a0', 'a2'], ['a1']],
    )
  })

  test('a surname alone is the same speaker', () => {
    assert.equal(matchStatements([q(0, READY_WORDINGS[0]), q(1, READY_WORDINGS[1], 'Lind')]).length, 1)
  })

  const table: [string, string, boolean][] = [
    ['We will not negotiate under pressure.', "We won't negotiate under pressure", true],
    [
      'We will not negotiate under pressure, and the world knows it.',
      'we will not negotiate under pressure',
      true,
    ],
    ['“Honour the agreement,” he said', 'honor the agreements', true],
    ['We will not negotiate under pressure', 'The world knows what pressure means for us', false],
  ]
  for (const [a, b, same] of table) {
    test(`${same ? 'matches' : 'does not match'}: ${a} / ${b}`, () => {
      assert.equal(wordingSimilarity(a, b).coverage >= 0.6, same)
    })
  }
})
