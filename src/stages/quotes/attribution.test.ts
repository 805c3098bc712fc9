/**
 * Attribution patterns beyond the plain "X said": participles that hang on an earlier clause,
 * asides between commas, verbs that only report a quotation beside them, a colon that ends a
 * paragraph, and a quotation followed by a few words before its attribution. Passages are
 * written for these tests (invented people and places, news style); quotes are asserted by their words.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { sliceSpan } from '../../core/index.ts'
import { analyzeText, expectNoQuote, expectQuote, speakerName } from './testing.ts'

describe('participles take the subject of the clause they hang on', () => {
  test('"X had …, while saying that …" is X’s, not the nearest noun’s', () => {
    const doc = analyzeText(
      'Mara Velde had a harsh view of the budget, while saying that the minister’s latest speech reassured her that pensions would be protected.\n',
    )
    const q = doc.quotes.find((x) => sliceSpan(doc, x.span).startsWith('the minister’s latest speech'))
    assert.ok(q, 'the reported clause is found')
    assert.equal(speakerName(doc, q), 'Mara Velde')
  })

  test('"…, and the union has sued the city, saying …" is the union’s, not the first clause’s subject', () => {
    const doc = analyzeText(
      'Local groups say the rules are unfair, and the Harbor Workers Union has already sued the city over them, saying the rules violate free-speech rights.\n',
    )
    expectQuote(doc, 'the rules violate free-speech rights', {
      kind: 'indirect',
      speaker: 'Harbor Workers Union',
      cue: 'saying',
    })
  })
})

describe('a second verb shares the subject of the first', () => {
  test('"X offered …, then says …" is X’s, not the title’s', () => {
    const doc = analyzeText(
      'Governor Lyle Banner jokingly offered the veteran a job as Secretary of Defense, then says he will welcome advice from anyone.\n',
    )
    expectQuote(doc, 'he will welcome advice from anyone', { speaker: 'Lyle Banner', cue: 'says' })
  })
})

describe('a quotation woven into a sentence with its own subject', () => {
  test('"Y referred to X as “…”" is Y’s, not the previous speaker’s', () => {
    const doc = analyzeText(
      'Tom Brandt said the vote was a disgrace.\n\n' +
        'On Monday, Dana Kirk referred to the governor as “a bright, charismatic leader” but described his record as a “work in progress.”\n',
    )
    const q = doc.quotes.find((x) => sliceSpan(doc, x.span).includes('a bright, charismatic leader'))
    assert.ok(q, 'the quotation is found')
    assert.equal(speakerName(doc, q), 'Dana Kirk')
  })

  test('"Calling X “…,” Y said": the subject comes after the quotation, so it is not taken from before it', () => {
    const doc = analyzeText(
      'Calling the challenger, Rita Vance, “exactly the partner I need,” Governor Hal Corbin urged voters to back her.\n',
    )
    const q = doc.quotes.find((x) => sliceSpan(doc, x.span).includes('exactly the partner I need'))
    assert.notEqual(q && speakerName(doc, q), 'Rita Vance')
  })
})

describe('participles after a reported clause', () => {
  test('"X said he did not believe …, arguing that …" goes with "said": X argues', () => {
    const doc = analyzeText(
      'Senator Ada Brennan said she did not believe the attacks had hurt the party, arguing that its own divisions were a bigger hurdle.\n',
    )
    expectQuote(doc, 'its own divisions were a bigger hurdle', { speaker: 'Ada Brennan', cue: 'arguing' })
  })
})

describe('asides and appositions', () => {
  test('"X, when contacted by Y, said" is X’s: the aside names nobody', () => {
    const doc = analyzeText(
      'The office of Senator Ruth Okafor, when contacted by the Daily Ledger, said the senator could not recall the dinner.\n',
    )
    const q = expectQuote(doc, 'the senator could not recall the dinner', { kind: 'indirect', cue: 'said' })
    assert.notEqual(speakerName(doc, q), 'Daily Ledger')
  })

  test('"X, hoping to …, called …" looks past the participle aside to X', () => {
    const doc = analyzeText(
      'Governor Alma Reyes, hoping to win over rural voters, called the plan a “reckless gamble” on Tuesday.\n',
    )
    const q = doc.quotes.find((x) => sliceSpan(doc, x.span).includes('reckless gamble'))
    assert.ok(q, 'the mixed quote is found')
    assert.equal(speakerName(doc, q), 'Alma Reyes')
  })

  test('"…," his nephew X added: the name after a possessive is the speaker', () => {
    const doc = analyzeText(
      'The professor was flying to a conference.\n\n“He was excited to be coming home,” his nephew Omar Haddad added.\n',
    )
    expectQuote(doc, 'He was excited to be coming home,', { speaker: 'Omar Haddad', cue: 'added' })
  })

  test('"X, the Y of Z, a member of W, said" is X’s, not W’s', () => {
    const doc = analyzeText(
      'Pierre Lavigne, the foreign minister of Belgium, a founding member of the Atlantic Council, said the test could not go unanswered.\n',
    )
    expectQuote(doc, 'the test could not go unanswered', { speaker: 'Pierre Lavigne', cue: 'said' })
  })

  test('"X, the party chairman, this past week announced …" is X’s; a time is never a speaker', () => {
    const doc = analyzeText(
      'Arnold Fisk, the party chairman, this past week announced the creation of a website to explain the rules.\n',
    )
    expectQuote(doc, 'the creation of a website to explain the rules', {
      speaker: 'Arnold Fisk',
      cue: 'announced',
    })
    const timed = analyzeText(
      'The office sent a message on Tuesday declaring that the vote would go ahead.\n',
    )
    for (const q of timed.quotes) assert.notEqual(speakerName(timed, q), 'Tuesday')
  })

  test('"the spokesman, X, said" still names X', () => {
    const doc = analyzeText('The ministry spokesman, Karim Aziz, said the border would stay closed.\n')
    expectQuote(doc, 'the border would stay closed', { kind: 'indirect', speaker: 'Karim Aziz', cue: 'said' })
  })
})

describe('verbs that report only a quotation beside them', () => {
  test('"…," X barked / beamed X', () => {
    const doc = analyzeText(
      'The hall was loud.\n\n“Sit down and wait your turn,” Governor Lena Marsh barked.\n\n“This is fantastic!” beamed Paul Ostrander of Dayton, who had come with his family.\n',
    )
    expectQuote(doc, 'Sit down and wait your turn,', { kind: 'direct', speaker: 'Lena Marsh', cue: 'barked' })
    expectQuote(doc, 'This is fantastic!', { kind: 'direct', speaker: 'Paul Ostrander', cue: 'beamed' })
  })

  test('such a verb starts no reported speech of its own', () => {
    const doc = analyzeText('Governor Lena Marsh beamed as the results came in from the northern counties.\n')
    expectNoQuote(doc, 'as the results came in')
  })
})

describe('attributions a little away from the quotation', () => {
  test('a paragraph ending "X says:" gives the next paragraph’s quotation to X', () => {
    const doc = analyzeText(
      'The clashes went on into the night.\n\nReporter Dana Whitfield says:\n\n“Security forces were engaged in heavy fighting near the port.”\n',
    )
    expectQuote(doc, 'Security forces were engaged in heavy fighting near the port.', {
      kind: 'direct',
      speaker: 'Dana Whitfield',
      cue: 'says',
    })
  })

  test('“…” about the decision, said X', () => {
    const doc = analyzeText(
      'The council voted on Monday.\n\n“We are extremely happy” about the decision, said Nora Lindqvist, the director of the Tenants League.\n',
    )
    expectQuote(doc, 'We are extremely happy', { kind: 'direct', speaker: 'Nora Lindqvist', cue: 'said' })
  })

  test('"…," X said Friday as he entered: the time clause after the cue is not reported speech', () => {
    const doc = analyzeText(
      '"Europe must be able to defend itself," President Jean Dupont said Friday as he entered the talks.\n',
    )
    expectQuote(doc, 'Europe must be able to defend itself,', { speaker: 'Jean Dupont', cue: 'said' })
    expectNoQuote(doc, 'as he entered the talks')
  })
})

/** The speaker of the quote whose words hold `words`, or say why there is none. */
function speakerOf(text: string, words: string): string | undefined {
  const doc = analyzeText(text)
  const q = doc.quotes.find((x) => sliceSpan(doc, x.span).includes(words))
  assert.ok(q, `a quote holding ${JSON.stringify(words)} is found`)
  return speakerName(doc, q)
}

const LEAD = 'Talks resumed on Monday.\n\n'

describe('what stands between a speaker and the cue after a quotation', () => {
  const cases: [string, string, string, string][] = [
    [
      'a role closed by its comma, then commas in the adjunct',
      '"They would be wrong," Maya Lind, a spokeswoman for Orlan, said in an interview in Dover, Del.\n',
      'They would be wrong',
      'Maya Lind',
    ],
    [
      'several asides between commas',
      '"Both of them scare me," Peter Vance, 41, of Dover, Del., who was among those polled, said in an interview.\n',
      'Both of them scare me',
      'Peter Vance',
    ],
    [
      'a name with its affiliation',
      '"It was the least bad outcome," Mr. Holt of the Harbor League said.\n',
      'It was the least bad outcome',
      'Holt',
    ],
    [
      'a question, then a long apposition in the next sentence',
      '"Is it worth the money?" Lena Ortiz, the city adviser on housing and transport and public works, said at a forum Thursday.\n',
      'Is it worth the money?',
      'Lena Ortiz',
    ],
    [
      'an article before the speaker',
      '"Today the kingdom leads the fight," the Saudis state in the white paper.\n',
      'Today the kingdom leads the fight',
      'Saudis',
    ],
    [
      'a capitalised word before the title',
      '"The labor market is strong," Fed Chair Janet Lowe said last month.\n',
      'The labor market is strong',
      'Janet Lowe',
    ],
    [
      'a clause after the quotation, then an attribution closing the sentence',
      '"Many would call that an embarrassment for Dana Kirk" if she did not win by more, said Tom Weller, an analyst at the Cook Report.\n',
      'Many would call that an embarrassment',
      'Tom Weller',
    ],
  ]
  for (const [why, text, words, speaker] of cases)
    test(why, () => assert.equal(speakerOf(LEAD + text, words), speaker))
})

describe('cues of more than one form or word', () => {
  const cases: [string, string, string, string][] = [
    [
      '"admitted" (a doubled consonant)',
      '"There was no plan. There is one today," Lena Ortiz admitted during an interview.\n',
      'There was no plan. There is one today',
      'Lena Ortiz',
    ],
    [
      '"pressed" after a quotation',
      '"We had a meeting," Dana Kirk said.\n\n"Would the wall be negotiable?" Omar Bayle pressed. "Maybe some of it?"\n',
      'Would the wall be negotiable?',
      'Omar Bayle',
    ],
    ['"shot back"', '"We cannot afford it," Ross Kettle shot back.\n', 'We cannot afford it', 'Ross Kettle'],
    [
      '"pointing out that …" reports the subject’s words, not those of the name inside them',
      'Dana Kirk turned the story back on the Herald, pointing out that the paper’s Ross Kettle had reported in June that her campaign was coming apart.\n',
      'the paper’s Ross Kettle',
      'Dana Kirk',
    ],
  ]
  for (const [why, text, words, speaker] of cases)
    test(why, () => assert.equal(speakerOf(LEAD + text, words), speaker))
})

describe('the subject of a reported clause', () => {
  const cases: [string, string, string, string][] = [
    [
      'a phrase between the subject and the verb',
      'Omar Bayle in a Medium post said he would appoint more judges from the state bench.\n',
      'he would appoint',
      'Omar Bayle',
    ],
    [
      'a cue inside a phrase set before the subject',
      'In a Facebook message posted Friday, Dana Kirk said she would not endorse the governor this year.\n',
      'she would not endorse',
      'Dana Kirk',
    ],
    [
      'a subordinate clause before the subject ends at its comma',
      'While Omar Bayle has pledged to support the mayor as the nominee, Dana Kirk suggested that it would not be a simple process.\n',
      'it would not be a simple process',
      'Dana Kirk',
    ],
    [
      'a participle after the object the subject produced',
      'Following a hastily called meeting, the Harbor League issued a statement calling the new port fees "a clear violation" of the treaty.\n',
      'the new port fees',
      'Harbor League',
    ],
    [
      'a participle after a subordinate clause hangs on the main one',
      'Dana Kirk apologized for the columns after they came out, saying they were old and had nothing to do with her work.\n',
      'they were old',
      'Dana Kirk',
    ],
    [
      'a participle after "what he has …" hangs on the main clause',
      'Former governor Ed Marlow (D), a Kirk supporter, praised Bayle for what he has accomplished, calling it "an incredible feat" at the rally.\n',
      'an incredible feat',
      'Ed Marlow',
    ],
    [
      'a relative clause with commas of its own',
      'Omar Bayle, whose hometown, Marlow, is expected to flood within decades, argues that the new levies will ruin the economy.\n',
      'the new levies will ruin the economy',
      'Omar Bayle',
    ],
    [
      'an apposition whose last words name an institution',
      'Greg Dunmore, chief executive of Harbor Jet Services, an aviation consulting firm and charter broker for companies and families, said the plane was unusual for a man of such wealth.\n',
      'the plane was unusual',
      'Greg Dunmore',
    ],
    [
      'a fronted participle phrase holding a relative clause',
      'Speaking to host Ana Ruiz on Monday in Marlow, which is hosting the next contest on Tuesday, Omar Bayle met the mayor but described her plan as “a work in progress.”\n',
      'her plan as',
      'Omar Bayle',
    ],
    [
      'a title before the name between commas, after fronted adjuncts',
      'On Tuesday at the university in Marlow, after winning the primary, Gov. Tomas Reyes (R-OH), said, "We are going all the way to the convention."\n',
      'We are going all the way',
      'Tomas Reyes',
    ],
  ]
  for (const [why, text, words, speaker] of cases)
    test(why, () => assert.equal(speakerOf(LEAD + text, words), speaker))
})

describe('quotations with no cue of their own', () => {
  test('a quotation standing alone after a sentence about a person is that person’s', () => {
    const text =
      '"It is time to organize," Omar Bayle said.\n\nMayor Dana Kirk touted her credentials as a sponsor of the bill. "We need fair elections without fear of retaliation."\n'
    assert.equal(speakerOf(LEAD + text, 'We need fair elections'), 'Dana Kirk')
  })

  test('"… - Name: “…”" gives the quotation to the name labelling it', () => {
    const text =
      'Pollsters agree - Carl Bialik: "One of the biggest lessons was a simple one: keep calling voters late."\n'
    assert.equal(speakerOf(LEAD + text, 'One of the biggest lessons'), 'Carl Bialik')
  })
})
