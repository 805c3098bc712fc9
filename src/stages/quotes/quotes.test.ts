/**
 * Behaviour tests of the quotes stage, run through the whole pipeline on short passages written for
 * these tests (invented people and places, news style). Quotes are asserted by their words.
 *
 * Convention: a direct quote's words are everything between its marks, so punctuation the writer
 * put inside the marks belongs to it ('"We will not sign," he said' → 'We will not sign,'). An
 * indirect quote's content leaves out "that" and the sentence's final period.
 *
 * Tests marked `todo` state behaviour the extractor does not have yet; node:test runs and reports
 * them without failing the run. Do not weaken them: remove the `todo` when they pass.
 */
import assert from 'node:assert/strict'
// biome-ignore lint/style/noRestrictedImports: tests read the sample articles and fixtures from disk; the stage does no I/O
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import type { Analyzed, Span } from '../../core/index.ts'
import { overlaps, sliceSpan } from '../../core/index.ts'
import {
  analyzeText,
  describeQuotes,
  expectNoQuote,
  expectQuote,
  expectSpan,
  expectStatement,
  renderBaseline,
  speakerName,
} from './testing.ts'

const SAMPLES = path.resolve(import.meta.dirname, '../../../../shared/samples')
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures')
/** A Thursday: "on Monday" is 2024-03-04, "on Tuesday" 2024-03-05. */
const PUBLISHED = '2024-03-07'

describe('quotation marks', () => {
  test('curly double marks', () => {
    const doc = analyzeText('Foreign Minister Jane Doe said: “We will not sign this agreement.”\n')
    expectQuote(doc, 'We will not sign this agreement.', { kind: 'direct', speaker: 'Jane Doe', cue: 'said' })
  })

  test('straight double marks', () => {
    const doc = analyzeText('"We will not sign this agreement," Tom Harlow said on Monday.\n')
    expectQuote(doc, 'We will not sign this agreement,', {
      kind: 'direct',
      speaker: 'Tom Harlow',
      cue: 'said',
    })
  })

  test('UK style: single marks outside, double marks inside make one quote', () => {
    const doc = analyzeText(
      'Clara Benning, the mayor of Eastbrook, told reporters: ‘We were never told about the “emergency plan” before the vote.’\n',
    )
    expectQuote(doc, 'We were never told about the “emergency plan” before the vote.', {
      kind: 'direct',
      speaker: 'Clara Benning',
      cue: 'told',
    })
    assert.equal(doc.quotes.length, 1, describeQuotes(doc))
  })

  test('guillemets with inner spaces', () => {
    const doc = analyzeText(
      'Pierre Lamont, the French trade minister, said: « We will not sign this agreement. » He did not elaborate.\n',
    )
    expectQuote(doc, 'We will not sign this agreement.', {
      kind: 'direct',
      speaker: 'Pierre Lamont',
      cue: 'said',
    })
  })

  test('guillemets without inner spaces', () => {
    const doc = analyzeText('Pierre Lamont said: «We will not sign this agreement.» He did not elaborate.\n')
    expectQuote(doc, 'We will not sign this agreement.', {
      kind: 'direct',
      speaker: 'Pierre Lamont',
      cue: 'said',
    })
  })

  test('German low-high marks', () => {
    const doc = analyzeText('Klaus Reinholt said: „We will not sign this agreement.“ He did not elaborate.\n')
    expectQuote(doc, 'We will not sign this agreement.', {
      kind: 'direct',
      speaker: 'Klaus Reinholt',
      cue: 'said',
    })
  })

  test('a curly opening mark closed by a straight one', () => {
    const doc = analyzeText('Tom Harlow said: “We will not sign this agreement." He did not elaborate.\n')
    expectQuote(doc, 'We will not sign this agreement.', {
      kind: 'direct',
      speaker: 'Tom Harlow',
      cue: 'said',
    })
  })

  test('apostrophes inside double marks do not end the quote', () => {
    const doc = analyzeText(
      '“We don’t accept Iran’s terms, and the officials’ plan is dead,” said Tom Harlow.\n',
    )
    expectQuote(doc, 'We don’t accept Iran’s terms, and the officials’ plan is dead,', {
      kind: 'direct',
      speaker: 'Tom Harlow',
      cue: 'said',
    })
    assert.equal(doc.quotes.length, 1, describeQuotes(doc))
  })

  test('apostrophes inside single marks: elision and possessive', () => {
    const doc = analyzeText('Anna Kerr said: ‘Iran’s negotiators don’t want a deal.’\n')
    expectQuote(doc, 'Iran’s negotiators don’t want a deal.', {
      kind: 'direct',
      speaker: 'Anna Kerr',
      cue: 'said',
    })
  })

  test('a plural possessive apostrophe inside single marks does not close the quote', () => {
    const doc = analyzeText(
      'Anna Kerr, the health secretary, said: ‘We don’t accept the officials’ plan, and we never will.’\n',
    )
    expectQuote(doc, 'We don’t accept the officials’ plan, and we never will.', {
      kind: 'direct',
      speaker: 'Anna Kerr',
      cue: 'said',
    })
  })
})

describe('quotations over several paragraphs', () => {
  test('double marks: every paragraph is one statement of the speaker named at the end', () => {
    const doc = analyzeText(
      [
        'Senator Ruth Calloway spoke for an hour in the chamber on Wednesday.',
        '',
        '“The budget you are voting on is not a plan. It is a surrender to the lenders.',
        '',
        '“Every family in this country will pay for it, and they will pay for years.',
        '',
        '“I will not vote for it, and neither should you,” she said.',
        '',
      ].join('\n'),
    )
    expectStatement(
      doc,
      [
        'The budget you are voting on is not a plan. It is a surrender to the lenders.',
        'Every family in this country will pay for it, and they will pay for years.',
        'I will not vote for it, and neither should you,',
      ],
      'Ruth Calloway',
    )
  })

  test('single marks (UK style) run over paragraphs too', () => {
    const doc = analyzeText(
      [
        'Senator Ruth Calloway spoke for an hour in the chamber on Wednesday.',
        '',
        '‘The budget you are voting on is not a plan. It is a surrender to the lenders.',
        '',
        '‘Every family in this country will pay for it,’ she said.',
        '',
      ].join('\n'),
    )
    expectStatement(
      doc,
      [
        'The budget you are voting on is not a plan. It is a surrender to the lenders.',
        'Every family in this country will pay for it,',
      ],
      'Ruth Calloway',
    )
  })
})

describe('interrupted and nested quotes', () => {
  test('"A," he said, "B." is two parts of one statement', () => {
    const doc = analyzeText(
      '"We have made progress," Mark Delaney said, "but there is still a long way to go."\n',
    )
    const [a, b] = expectStatement(
      doc,
      ['We have made progress,', 'but there is still a long way to go.'],
      'Mark Delaney',
    )
    expectSpan(doc, a?.cue, 'said')
    expectSpan(doc, b?.cue, 'said')
  })

  test('a quote inside a quote is part of the outer one, given to the outer speaker', () => {
    const doc = analyzeText(
      'Helen Park, the deputy leader, spoke after the meeting. "He told me \'never again,\'" she said.\n',
    )
    expectQuote(doc, "He told me 'never again,'", { kind: 'direct', speaker: 'Helen Park', cue: 'said' })
    assert.equal(doc.quotes.length, 1, describeQuotes(doc))
  })
})

describe('headlines', () => {
  test('"Minister: …" gives the words to the minister the story names', () => {
    const doc = analyzeText(
      [
        'Minister: "We will not sign"',
        '',
        'The trade minister, Oren Vale, repeated his position on Tuesday. "We will not sign anything that hurts our farmers," Vale said.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'We will not sign', { kind: 'direct', speaker: 'Oren Vale' })
  })

  test('"Smith says ‘…’" gives the words to the Smith the story names', () => {
    const doc = analyzeText(
      [
        'Smith says ‘talks are over’',
        '',
        'Daniel Smith, the chief negotiator, left the hotel without speaking to reporters.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'talks are over', { speaker: 'Daniel Smith', cue: 'says' })
  })
})

describe('attribution', () => {
  test('X said: "…"', () => {
    const doc = analyzeText('Tom Harlow said: "The agreement is dead."\n')
    expectQuote(doc, 'The agreement is dead.', { kind: 'direct', speaker: 'Tom Harlow', cue: 'said' })
  })

  test('"…," said X', () => {
    const doc = analyzeText('"The agreement is dead," said Tom Harlow.\n')
    expectQuote(doc, 'The agreement is dead,', { kind: 'direct', speaker: 'Tom Harlow', cue: 'said' })
  })

  test('"…," X, the Y of Z, said', () => {
    const doc = analyzeText(
      '"The agreement is dead," Tom Harlow, the leader of the Unity Party, said on Monday.\n',
    )
    expectQuote(doc, 'The agreement is dead,', { kind: 'direct', speaker: 'Tom Harlow', cue: 'said' })
  })

  test('"…," Title X said', () => {
    const doc = analyzeText('"The agreement is dead," Foreign Minister Jane Doe said.\n')
    expectQuote(doc, 'The agreement is dead,', { kind: 'direct', speaker: 'Jane Doe', cue: 'said' })
  })

  test('"…," the Y, X, said names X', () => {
    const doc = analyzeText('"The talks will resume next week," the ministry spokesman, Karim Aziz, said.\n')
    expectQuote(doc, 'The talks will resume next week,', {
      kind: 'direct',
      speaker: 'Karim Aziz',
      cue: 'said',
    })
  })

  test('"…," said the Y, X. names X', () => {
    const doc = analyzeText('"The talks will resume next week," said the ministry spokesman, Karim Aziz.\n')
    expectQuote(doc, 'The talks will resume next week,', { speaker: 'Karim Aziz', cue: 'said' })
  })

  test('"…," X\'s spokesman said: the spokesman speaks, not X', () => {
    const doc = analyzeText('"The agreement is dead," Harlow\'s spokesman said.\n')
    expectQuote(doc, 'The agreement is dead,', { kind: 'direct', speaker: "Harlow's spokesman", cue: 'said' })
  })

  test("X's spokesman said …: the spokesman speaks, not X", () => {
    const doc = analyzeText("Vance's spokesman said the minister would not take questions after the vote.\n")
    expectQuote(doc, 'the minister would not take questions after the vote', {
      kind: 'indirect',
      speaker: "Vance's spokesman",
      cue: 'said',
    })
  })

  test('"he added" goes back past a paragraph about someone else to the subject named before it', () => {
    const doc = analyzeText(
      [
        'Prime Minister Alan Graves met union leaders on Monday. "We will find a solution," Graves said.',
        '',
        'The unions were not convinced. Their leader, Maria Kovac, called the offer insulting. She said the strike would go ahead.',
        '',
        'Graves later returned to the podium. "Nobody wants a strike," he added.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'We will find a solution,', { speaker: 'Alan Graves', cue: 'said' })
    expectQuote(doc, 'the strike would go ahead', { kind: 'indirect', speaker: 'Maria Kovac', cue: 'said' })
    expectQuote(doc, 'Nobody wants a strike,', { kind: 'direct', speaker: 'Alan Graves', cue: 'added' })
  })

  test('"he said" after a paragraph about another man refers to the subject of the last sentence', () => {
    const doc = analyzeText(
      [
        'Tom Harlow spoke first. "We will not sign," Harlow said.',
        '',
        'Peter Vance, the finance minister, has spent months on the deal. Vance flew to Geneva on Sunday to rescue it.',
        '',
        '"Nothing is signed until everything is signed," he said.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'We will not sign,', { speaker: 'Tom Harlow' })
    expectQuote(doc, 'Nothing is signed until everything is signed,', {
      kind: 'direct',
      speaker: 'Peter Vance',
      cue: 'said',
    })
  })

  test('"she noted" after a paragraph about her', () => {
    const doc = analyzeText(
      [
        'Tom Harlow spoke first. "We will not sign," Harlow said.',
        '',
        'Jane Doe, the foreign minister, has spent months on the deal. She flew to Geneva on Sunday.',
        '',
        '"Nothing is signed until everything is signed," she noted.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'Nothing is signed until everything is signed,', {
      kind: 'direct',
      speaker: 'Jane Doe',
      cue: 'noted',
    })
  })

  test('"he said" skips a woman the text calls "she"', () => {
    const doc = analyzeText(
      [
        'Tom Harlow spoke first. "We will not sign," Harlow said.',
        '',
        'Jane Doe, the foreign minister, has spent months on the deal. She flew to Geneva on Sunday.',
        '',
        '"Nobody in my party will vote for it," he said.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'Nobody in my party will vote for it,', { speaker: 'Tom Harlow', cue: 'said' })
  })

  test('a quote with no attribution in the next paragraph continues the last speaker', () => {
    const doc = analyzeText(
      [
        '"We will not sign," Tom Harlow said at a rally in the capital.',
        '',
        '"This government has betrayed the farmers, and it will pay for it at the ballot box."',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'This government has betrayed the farmers, and it will pay for it at the ballot box.', {
      kind: 'direct',
      speaker: 'Tom Harlow',
      cue: null,
    })
  })

  test('a quote whose speaker the text never names has none, and the byline is not it', () => {
    const doc = analyzeText(
      [
        'By Martin Cole',
        '',
        'The border with Velonia was closed overnight.',
        '',
        '"The border will stay closed until further notice."',
        '',
      ].join('\n'),
      { byline: 'Martin Cole' },
    )
    const q = expectQuote(doc, 'The border will stay closed until further notice.', {
      kind: 'direct',
      speaker: null,
    })
    assert.ok(
      doc.diagnostics.some((d) => d.code === 'QUOTE_NO_SPEAKER' && d.span && overlaps(d.span, q.span)),
      'a QUOTE_NO_SPEAKER diagnostic points at it',
    )
  })

  test('a mixed quote after "Analysts said" is theirs, not the last speaker\'s', {
    todo: 'the speaker is right, but the span is the whole reported clause, marks included: "the result was a "wake-up call" for the opposition" (see the Park test below)',
  }, () => {
    const doc = analyzeText(
      [
        'Tom Harlow spoke to farmers in Leeds. "We will not sign," Harlow said.',
        '',
        'Analysts said the result was a "wake-up call" for the opposition.',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'wake-up call', { kind: 'mixed', speaker: 'Analysts', cue: 'said' })
  })
})

describe('mixed quotes', () => {
  test('called the deal “…”', () => {
    const doc = analyzeText(
      'Opposition leader Tom Harlow called the deal “a historic mistake” and demanded a vote in parliament.\n',
    )
    // a mixed quote covers the reported words, what was called and what it was called; the words in
    // quotation marks are its verbatim part
    const q = expectQuote(doc, 'the deal “a historic mistake”', {
      kind: 'mixed',
      speaker: 'Tom Harlow',
      cue: 'called',
    })
    assert.deepEqual(
      q.verbatim?.map((s) => sliceSpan(doc, s)),
      ['a historic mistake'],
    )
    expectQuote(doc, 'a vote in parliament', { kind: 'indirect', speaker: 'Tom Harlow', cue: 'demanded' })
  })

  test('vowed to “…”', () => {
    const doc = analyzeText(
      'Interior Minister Rosa Ferreira vowed to “fight to the end” against the new tax.\n',
    )
    expectQuote(doc, 'fight to the end', { kind: 'mixed', speaker: 'Rosa Ferreira', cue: 'vowed' })
  })

  test("X wrote on X that … “…”: the mixed quote is X's", {
    todo: 'the speaker is right, but the span is the whole reported clause from "her first act", marks included (PolNeAR gold annotates the clause: shrinking such mixed quotes to their quoted words costs speech F1 0.766 → 0.722)',
  }, () => {
    const doc = analyzeText(
      [
        'Helen Park won the seat by four hundred votes.',
        '',
        "'A new start'",
        '',
        'Park wrote on X that her first act would be to "freeze energy prices for every household".',
        '',
      ].join('\n'),
    )
    expectQuote(doc, 'freeze energy prices for every household', {
      kind: 'mixed',
      speaker: 'Helen Park',
      cue: 'wrote',
    })
  })
})

describe('indirect speech', () => {
  const claim = 'the agreement would collapse within a year'
  const cases: readonly [string, string, string, string][] = [
    ['X said that …', 'Tom Harlow said that the agreement would collapse within a year.', claim, 'said'],
    ['X said …', 'Tom Harlow said the agreement would collapse within a year.', claim, 'said'],
    [
      '…, X said.',
      'The agreement will collapse within a year, Tom Harlow said.',
      'The agreement will collapse within a year',
      'said',
    ],
    [
      'X told reporters that …',
      'Tom Harlow told reporters that the agreement would collapse within a year.',
      claim,
      'told',
    ],
    [
      'X warned that …',
      'Tom Harlow warned that the agreement would collapse within a year.',
      claim,
      'warned',
    ],
    [
      'X denied that …',
      'Tom Harlow denied that his party had received money from abroad.',
      'his party had received money from abroad',
      'denied',
    ],
    [
      'X insisted …',
      'Tom Harlow insisted his party had received no money from abroad.',
      'his party had received no money from abroad',
      'insisted',
    ],
    [
      'X wrote on X that …',
      'Tom Harlow wrote on X that the agreement would collapse within a year.',
      claim,
      'wrote',
    ],
    [
      'in a post on X, X said …',
      'In a post on X, Tom Harlow said the agreement would collapse within a year.',
      claim,
      'said',
    ],
  ]
  for (const [name, text, content, cue] of cases) {
    test(name, () => {
      const doc = analyzeText(`${text}\n`)
      expectQuote(doc, content, { kind: 'indirect', speaker: 'Tom Harlow', cue })
    })
  }

  test('according to X, …', () => {
    const doc = analyzeText('According to Tom Harlow, the agreement will collapse within a year.\n')
    expectQuote(doc, 'the agreement will collapse within a year', { kind: 'indirect', speaker: 'Tom Harlow' })
  })

  test('…, according to X.', () => {
    const doc = analyzeText('The agreement will collapse within a year, according to Tom Harlow.\n')
    expectQuote(doc, 'The agreement will collapse within a year', { kind: 'indirect', speaker: 'Tom Harlow' })
  })

  test('the cue of "according to" is the whole phrase', () => {
    const doc = analyzeText('The agreement will collapse within a year, according to Tom Harlow.\n')
    expectQuote(doc, 'The agreement will collapse within a year', { cue: 'according to' })
  })

  test('a colon introduces the words without quotation marks', () => {
    const doc = analyzeText('The spokesman said on Monday: The talks will resume.\n')
    expectQuote(doc, 'The talks will resume', { kind: 'indirect', speaker: 'The spokesman', cue: 'said' })
  })

  test('in a post on X, he wrote that …: "he" is the person, never the platform', () => {
    const doc = analyzeText(
      'Alan Graves was in Brussels for a summit. In a post on X, he wrote that the reform was the only way to save pensions.\n',
    )
    expectQuote(doc, 'the reform was the only way to save pensions', {
      kind: 'indirect',
      speaker: 'Alan Graves',
      cue: 'wrote',
    })
  })

  test('…, officials said.', () => {
    const doc = analyzeText('Negotiators left Geneva on Thursday without an agreement, officials said.\n')
    expectQuote(doc, 'Negotiators left Geneva on Thursday without an agreement', {
      kind: 'indirect',
      speaker: 'officials',
      cue: 'said',
    })
  })
})

describe('not statements', () => {
  test('a so-called “…” is a scare quote', () => {
    const doc = analyzeText(
      'The government unveiled its so-called “peace plan” on Monday, but few diplomats expect it to survive.\n',
    )
    expectNoQuote(doc, 'peace plan')
  })

  // "what he called “reforms”" says whose word it is: Harlow's. One word, but a mixed quote, not a
  // scare quote (which nobody is said to have said).
  test('what he called “reforms” is a mixed quote of his word', () => {
    const doc = analyzeText('Tom Harlow defended what he called “reforms” in a speech to party members.\n')
    expectQuote(doc, 'reforms', { kind: 'mixed', speaker: 'Tom Harlow', cue: 'called' })
  })

  test('what he called “necessary reforms” is a mixed quote', () => {
    const doc = analyzeText(
      'Tom Harlow defended what he called “necessary reforms” in a speech to party members.\n',
    )
    expectQuote(doc, 'necessary reforms', { kind: 'mixed', speaker: 'Tom Harlow', cue: 'called' })
  })

  test('a book title after "his book" is no quote', () => {
    const doc = analyzeText('In his book “The Long Road”, Tom Harlow describes his years in exile.\n')
    expectNoQuote(doc, 'The Long Road')
  })

  test('a memoir title is no quote, even with a speech verb in the sentence', () => {
    const doc = analyzeText(
      'Harlow, whose memoir “The Long Road” was published last year, has promised to repeal the reform.\n',
    )
    expectNoQuote(doc, 'The Long Road')
  })

  test('a heading in quotation marks between paragraphs is no quote', () => {
    const doc = analyzeText(
      [
        'Tom Harlow said on Monday the agreement would collapse within a year. He repeated the warning in a speech to farmers.',
        '',
        "'Not one more cent'",
        '',
        '"We will not give them one more cent," Harlow said.',
        '',
      ].join('\n'),
    )
    expectNoQuote(doc, 'Not one more cent')
    expectQuote(doc, 'We will not give them one more cent,', { speaker: 'Tom Harlow', cue: 'said' })
  })

  test('an embedded post and its signature give no quote', () => {
    const doc = analyzeText(
      [
        'The mayor shared a message from a former aide on Sunday.',
        "The bridge will reopen on Friday. I have seen the engineers' report myself and the work is done. pic.twitter.com/abc123",
        '— Jane Roe (@janeroe) March 3, 2024',
        'Roe has since deleted the post.',
        '',
      ].join('\n'),
    )
    expectNoQuote(doc, 'The bridge will reopen on Friday.')
    expectNoQuote(doc, 'Jane Roe (@janeroe)')
  })

  test('"conceded defeat" reports no speech', () => {
    const doc = analyzeText(
      'Tom Harlow conceded defeat shortly after midnight, ending a campaign that polls had called too close to call.\n',
    )
    expectNoQuote(doc, 'defeat shortly after midnight')
  })
})

describe('chants', () => {
  test('a chant belongs to whoever leads it', () => {
    const doc = analyzeText(
      'Opposition leader Tom Harlow led the crowd in chanting “Down with the government” outside parliament.\n',
    )
    expectQuote(doc, 'Down with the government', { kind: 'direct', speaker: 'Tom Harlow', cue: 'chanting' })
  })

  test('a crowd that chants is the speaker', () => {
    const doc = analyzeText(
      'Protesters outside parliament chanted "Down with the government" as Tom Harlow spoke.\n',
    )
    expectQuote(doc, 'Down with the government', { kind: 'direct', speaker: 'Protesters', cue: 'chanted' })
  })
})

describe('dates', () => {
  test('"said on Tuesday" is resolved against the published date', () => {
    const doc = analyzeText('Tom Harlow said on Tuesday that the agreement would collapse within a year.\n', {
      published: PUBLISHED,
    })
    expectQuote(doc, 'the agreement would collapse within a year', {
      speaker: 'Tom Harlow',
      date: '2024-03-05',
    })
  })

  test('"the same day" takes the day stated before it', () => {
    const doc = analyzeText(
      [
        'Tom Harlow spoke in Brussels on Tuesday. "We will not sign," he said.',
        '',
        'Jane Doe, the foreign minister, replied the same day. "Nothing is signed until everything is signed," she said.',
        '',
      ].join('\n'),
      { published: PUBLISHED },
    )
    expectQuote(doc, 'We will not sign,', { speaker: 'Tom Harlow', date: '2024-03-05' })
    expectQuote(doc, 'Nothing is signed until everything is signed,', {
      speaker: 'Jane Doe',
      date: '2024-03-05',
    })
  })

  test('"said the same day that …": the date phrase is not part of what was said', () => {
    const doc = analyzeText(
      'Tom Harlow spoke in Brussels on Tuesday. Jane Doe, the foreign minister, said the same day that the talks would continue.\n',
      { published: PUBLISHED },
    )
    expectQuote(doc, 'the talks would continue', {
      kind: 'indirect',
      speaker: 'Jane Doe',
      date: '2024-03-05',
    })
  })

  test('a date inside the quoted words does not date the statement', () => {
    const doc = analyzeText('"The talks will resume next week," Tom Harlow said.\n', { published: PUBLISHED })
    expectQuote(doc, 'The talks will resume next week,', { speaker: 'Tom Harlow', date: null })
  })

  test('a weekday inside the quoted words does not date the statement; one outside does', () => {
    const doc = analyzeText('"The talks will resume on Friday," Tom Harlow said on Tuesday.\n', {
      published: PUBLISHED,
    })
    expectQuote(doc, 'The talks will resume on Friday,', { speaker: 'Tom Harlow', date: '2024-03-05' })
  })

  test('"said Tuesday the …": a bare day after the cue is not part of what was said', () => {
    const doc = analyzeText('Tom Harlow said Tuesday the agreement would collapse within a year.\n', {
      published: PUBLISHED,
    })
    expectQuote(doc, 'the agreement would collapse within a year', {
      kind: 'indirect',
      speaker: 'Tom Harlow',
      date: '2024-03-05',
    })
  })
})

/** The first place the anchor occurs, white space matched loosely (the samples hold no-break spaces). */
function anchorSpan(text: string, anchor: string): Span | undefined {
  const pattern = anchor
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  const m = new RegExp(pattern, 'u').exec(text)
  return m ? { start: m.index, end: m.index + m[0].length } : undefined
}

interface GoldQuote {
  readonly anchor: string
  readonly speaker: string
  readonly required: boolean
}
const expected = JSON.parse(readFileSync(path.join(SAMPLES, 'expected.json'), 'utf8')) as {
  articles: { file: string; quotes: GoldQuote[] }[]
}
const lastName = (name: string | undefined): string => name?.split(/\s+/).at(-1)?.toLowerCase() ?? ''

describe('sample articles: every required gold quote is found with its speaker', () => {
  for (const article of expected.articles) {
    describe(article.file, () => {
      let analyzed: Analyzed | undefined
      const doc = (): Analyzed => {
        analyzed ??= analyzeText(readFileSync(path.join(SAMPLES, article.file), 'utf8'))
        return analyzed
      }
      for (const gold of article.quotes.filter((q) => q.required)) {
        test(gold.anchor, () => {
          const d = doc()
          const anchor = anchorSpan(d.text, gold.anchor)
          assert.ok(anchor, `the article contains the anchor ${JSON.stringify(gold.anchor)}`)
          const q = d.quotes.find((x) => overlaps(x.span, anchor))
          assert.ok(q, `a quote overlaps the anchor; found:\n${describeQuotes(d)}`)
          assert.equal(lastName(speakerName(d, q)), lastName(gold.speaker), 'speaker (by last name)')
        })
      }
    })
  }
})

describe('baselines: fixtures/<name>.txt rendered to fixtures/<name>.baseline.txt', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.baseline.txt'))
  for (const file of files.sort()) {
    test(file, () => {
      const doc = analyzeText(readFileSync(path.join(FIXTURES, file), 'utf8'), { published: PUBLISHED })
      const actual = renderBaseline(doc)
      const baseline = path.join(FIXTURES, file.replace(/\.txt$/, '.baseline.txt'))
      if (process.env.UPDATE_BASELINES) {
        writeFileSync(baseline, actual)
        return
      }
      assert.equal(actual, readFileSync(baseline, 'utf8'), `rerun with UPDATE_BASELINES=1 to accept`)
    })
  }
})
