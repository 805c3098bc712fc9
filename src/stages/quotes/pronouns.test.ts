/**
 * Pronoun speakers ("he said", "she added"): which person a pronoun goes back to. Passages are
 * written for these tests (invented people and places, news style); quotes are asserted by their
 * words and speakers by the actor's name.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyzeText, expectQuote, speakerName } from './testing.ts'

describe('the subject a pronoun goes back to', () => {
  test('a party tag in parentheses after a name is not the sentence’s subject', () => {
    const doc = analyzeText(
      'Jorge Lavin said the vote was close.\n\n' +
        'Rep. Dale Hickory (D-Ore.) last month joked to the chair that the rise should wait. “Spring is the time for growth,” he said.\n',
    )
    expectQuote(doc, 'Spring is the time for growth,', { speaker: 'Dale Hickory', cue: 'said' })
  })

  test('"Secretary of State X said …" makes X the one "he" goes back to', () => {
    const doc = analyzeText(
      'Paul Orwin said the exchange was a mistake.\n\n' +
        'Secretary of State Mark Tennant said the prisoners were close to release. “We gave up very little,” he told reporters.\n',
    )
    expectQuote(doc, 'We gave up very little,', { speaker: 'Mark Tennant', cue: 'told' })
  })
})

describe('the owner in "X’s <thing>" stays in focus', () => {
  test('"X’s speech focused on … . He told …" goes back to X, not to a name after the verb', () => {
    const doc = analyzeText(
      'Tom Brandt said the race was over.\n\n' +
        'Daniel Kestrel’s long speech on Tuesday focused on Wall Street greed. He told supporters that the tide would turn.\n',
    )
    expectQuote(doc, 'the tide would turn', { speaker: 'Daniel Kestrel', cue: 'told' })
  })

  test('"X’s fate is unclear, but she said …" is X’s', () => {
    const doc = analyzeText(
      'Anna Pell said the count was slow.\n\n' +
        'Lena Moritz’s fate is still unclear, but she said at a news conference that she would govern anyway.\n',
    )
    expectQuote(doc, 'she would govern anyway', { speaker: 'Lena Moritz', cue: 'said' })
  })

  test('"X’s spokesman said …" keeps the spokesman, not X, as the one "he" refers to', () => {
    const doc = analyzeText(
      'Daniel Kestrel was in Ohio.\n\n' +
        'Kestrel’s spokesman denied the report on Monday. He said that the senator had never met the donor.\n',
    )
    const q = expectQuote(doc, 'the senator had never met the donor', { cue: 'said' })
    assert.notEqual(speakerName(doc, q), 'Daniel Kestrel')
  })
})

describe('a capitalised phrase outside the subject is no one to refer back to', () => {
  test('"The talks moved to <Name Works>. She said …" stays with the woman in focus', () => {
    const doc = analyzeText(
      'Ruth Adler said the clinic would stay open.\n\n' +
        'On Tuesday the talks moved to Harbor Steel Works. She said the county would need more money.\n',
    )
    expectQuote(doc, 'the county would need more money', { speaker: 'Ruth Adler' })
  })

  test('a person named outside the subject, with a role, is still referred back to', () => {
    const doc = analyzeText(
      'That left Sen. Hal Corbin of Utah at the centre of the stage, and he said the moderators were biased.\n',
    )
    expectQuote(doc, 'the moderators were biased', { speaker: 'Hal Corbin' })
  })
})

describe('an apposition before the verb is not the subject', () => {
  test('"X, a consultant and the host of a Y show, is …. “…,” he said" goes back to X', () => {
    const doc = analyzeText(
      'Talks resumed on Monday.\n\nMr. Omar Bayle said the mayor had won the vote.\n\n' +
        'Tomas Reyes, a Republican consultant and the host of a Radio Nord talk show, is a Marlow resident who voted for the mayor in the primary. "She would not have won without the port vote," he said.\n',
    )
    expectQuote(doc, 'She would not have won without the port vote,', { speaker: 'Tomas Reyes', cue: 'said' })
  })
})
