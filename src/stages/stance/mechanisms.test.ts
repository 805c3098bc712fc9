import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { evalContext } from '../../../scripts/eval-stance.ts'
import { documentId, type StanceLabel, type Topic, topicId } from '../../core/index.ts'
import { analyze } from '../../pipeline.ts'
import { labelOf, readCues } from './classify.ts'
import { scanOf, topicMatcher } from './terms.ts'

// Test topics written for these tests; the sentences below are written for them too.
const talks: Topic = {
  id: topicId('talks'),
  label: 'Talks with the other side',
  about: ['talks', 'negotiate', 'negotiation', 'dialogue', 'deal', 'sit down', 'at the table'],
  parties: ['Washington', 'American'],
}
const tariffs: Topic = {
  id: topicId('tariffs'),
  label: 'Tariffs on the other side',
  about: ['tariff', 'duties', 'levies'],
  parties: ['Beijing'],
  hostility: 'support',
}
const treaty: Topic = {
  id: topicId('treaty'),
  label: 'Keeping the arms treaty',
  about: ['treaty', 'inspections', 'extension'],
  parties: ['Moscow'],
}
const truce: Topic = {
  id: topicId('truce'),
  label: 'A truce',
  about: ['truce', 'ceasefire'],
  parties: ['militia'],
}

/** The label readCues gives a statement read on its own, as the quote level does. */
function read(topic: Topic, text: string): StanceLabel {
  return labelOf(readCues(scanOf(text), 0, text.length, topicMatcher(topic))) ?? 'neutral'
}

/** The label the whole pipeline gives a quoted statement (with an optional paragraph before it). */
function judge(topic: Topic, text: string, context?: string): StanceLabel {
  const quote = `“${text}” the minister said.`
  const doc = analyze(
    {
      id: documentId('mechanism-test'),
      source: { path: null, url: null, outlet: null },
      format: 'text',
      text: context ? `${context}\n\n${quote}` : quote,
      diagnostics: [],
    },
    { ...evalContext(), topics: [topic] },
  )
  return doc.stances.find((s) => s.topic === topic.id)?.label ?? 'neutral'
}

type Row = readonly [Topic, string, StanceLabel]

function table(name: string, rows: readonly Row[]) {
  describe(name, () => {
    for (const [topic, text, label] of rows)
      test(`${label}: ${text}`, () => assert.equal(read(topic, text), label))
  })
}

table('stance verbs and evaluations of general political English', [
  [talks, 'We hail the resumption of talks.', 'support'],
  [talks, 'I applaud the decision to negotiate.', 'support'],
  [truce, 'The council has ruled out a truce.', 'oppose'],
  [truce, 'I warn against any ceasefire with them.', 'oppose'],
  [tariffs, 'These levies are a step in the right direction.', 'support'],
  [treaty, 'An extension would be a historic opportunity.', 'support'],
  [treaty, 'The treaty is an outdated relic.', 'oppose'],
  [talks, 'A deal now is long overdue.', 'support'],
  [tariffs, 'The duties are misguided and counterproductive.', 'oppose'],
  [talks, 'There is no alternative to dialogue.', 'support'],
])

table('conditions', [
  [talks, 'We will negotiate, but they first must free the prisoners.', 'conditional'],
  [talks, 'There will be talks, but not until the shelling stops.', 'conditional'],
  [treaty, 'We back an extension in exchange for new inspections.', 'conditional'],
  [truce, 'A truce is acceptable, subject to international monitors.', 'conditional'],
  [truce, 'We accept the truce for as long as it lasts.', 'support'],
  [talks, 'The talks resume on Monday, then continue until Friday.', 'neutral'],
  [tariffs, 'Duties on chips, yes, but not in their current form.', 'conditional'],
])

table('obligation, want and refusal', [
  [talks, 'We must never sit down with them.', 'oppose'],
  [truce, 'There will be no truce this winter.', 'oppose'],
  [talks, 'We want real talks, and soon.', 'support'],
  [talks, 'We do not want talks.', 'oppose'],
  [truce, 'The truce must hold.', 'support'],
  [tariffs, 'The levies must not stay.', 'oppose'],
])

table('an evaluation counts when the topic is its subject', [
  [treaty, 'The treaty is wise and necessary.', 'support'],
  [treaty, 'An extension would be premature.', 'oppose'],
  [treaty, 'Moscow says an extension is premature to discuss.', 'neutral'],
  [talks, 'The weather is bad, and the talks resume tomorrow.', 'neutral'],
  [talks, 'Dialogue was tried once and it failed.', 'oppose'],
  [tariffs, 'The levies failed to start on time.', 'neutral'],
])

table('removals: what ends the topic, and who judges the ending', [
  [tariffs, 'The levies should be scrapped.', 'oppose'],
  [treaty, 'The treaty must not be allowed to expire.', 'support'],
  [treaty, 'Letting the treaty lapse would be a grave mistake.', 'support'],
  [tariffs, 'We urge the Senate to lift the duties.', 'oppose'],
  [tariffs, 'We oppose lifting the duties.', 'support'],
  [tariffs, 'We do not support removing the levies.', 'support'],
  [treaty, 'We should abandon the treaty.', 'oppose'],
  [tariffs, 'The export deal cuts duties on rice and was signed on Monday.', 'neutral'],
  // the duties are the subject of "stop", not its object; the cheating argues for them
  [tariffs, 'The duties stop that kind of cheating.', 'support'],
])

table('negation scope', [
  [treaty, 'The committee has not scheduled a debate on the treaty.', 'neutral'],
  [treaty, 'We will not renew the treaty.', 'oppose'],
  [truce, 'Every week without a truce costs more lives.', 'support'],
  [talks, 'Dialogue is the least costly path we have.', 'support'],
  [talks, 'We must not fall for the same trap at the talks.', 'oppose'],
  [talks, 'It is not as if we have never negotiated before.', 'support'],
  [talks, 'There is no doubt that the talks are useful.', 'support'],
  [talks, 'Dialogue is not a betrayal; it is common sense.', 'support'],
])

table('affirmations, persistence and judged endings of other things', [
  [talks, 'We cannot deny that the last deal brought relief.', 'support'],
  [talks, 'Let the talks run their course.', 'support'],
  [talks, 'The talks have run their course.', 'oppose'],
  [truce, 'We will not rest until there is a ceasefire.', 'support'],
  [tariffs, 'The levies have not created a single job.', 'oppose'],
  [tariffs, 'We cannot afford to lose our mills; the duties must stay.', 'support'],
  [truce, 'Anyone who breaks the truce will answer for it.', 'support'],
  [tariffs, 'Sure, let us raise the levies again. Brilliant.', 'oppose'],
  [truce, 'A truce? Tell that to the widows of Nyala.', 'oppose'],
])

table('positions that are not the speaker’s', [
  [truce, 'Those who call for a truce are shielding criminals.', 'oppose'],
  [talks, 'Whoever blocks the talks is gambling with our future.', 'support'],
  [talks, 'The opposition says it wants talks; the debate goes on.', 'neutral'],
  [talks, 'Some deputies support the talks and others oppose them.', 'neutral'],
])

table('sentence shapes', [
  [talks, 'I would rather retire than negotiate with them.', 'oppose'],
  [talks, 'We choose dialogue rather than confrontation.', 'support'],
  [talks, 'It would be foolish to slam the door on a deal.', 'support'],
  [truce, 'We refuse to accept this truce.', 'oppose'],
  [treaty, 'Renewing the treaty would be naive.', 'oppose'],
  [tariffs, 'Without the duties, our mills would close.', 'support'],
  [talks, 'What exactly did we gain from the last deal?', 'oppose'],
  [talks, 'Who in their right mind would negotiate now?', 'oppose'],
  [talks, 'We will never bow to their demands at the table.', 'conditional'],
  [talks, 'I see no harm in talks.', 'support'],
  [talks, 'Nothing would please me more than a deal.', 'support'],
])

table('general political idioms and verbs', [
  [talks, 'Negotiating with them is a fool’s errand.', 'oppose'],
  [treaty, 'The treaty is the cheapest insurance we will ever buy.', 'support'],
  [talks, 'We would be fools not to take the deal.', 'support'],
  [talks, 'Our answer to their offer of talks is no.', 'oppose'],
  [tariffs, 'The levies would plunge our farms into debt.', 'oppose'],
  [talks, 'The president was right to start talks.', 'support'],
  [tariffs, 'The levies are hitting our farmers harder than anyone.', 'oppose'],
  [truce, 'A truce would save thousands of lives.', 'support'],
])

table('questions, mockery and false appearances turn endorsements around', [
  [talks, 'Why should we sign a deal with people who never keep their word?', 'oppose'],
  [truce, 'The so-called truce is a lifeline for the militia.', 'oppose'],
  [talks, 'The deal is a surrender dressed up as a breakthrough.', 'oppose'],
  [talks, 'The council will decide whether the talks go ahead.', 'neutral'],
  [talks, 'I will not comment on the timing of the talks.', 'neutral'],
])

table('terms, red lines and necessity', [
  [talks, 'Talks are welcome as long as they are not a trap.', 'conditional'],
  [talks, 'We will talk, but we will not give up our rights.', 'conditional'],
  [truce, 'A truce, yes. A deal with the militia, never.', 'conditional'],
  [tariffs, 'Targeted duties can work; blanket duties cannot.', 'conditional'],
  [truce, 'Any truce must be monitored by neutral observers.', 'conditional'],
  [talks, 'The negotiators are naive if they believe the deal will hold.', 'oppose'],
  [tariffs, 'Our mills would not have survived without the duties.', 'support'],
  [talks, 'Closing the door on talks would be a gift to the hardliners.', 'support'],
  // the people who impose the duties are judged: their act is the topic itself
  [tariffs, 'Those who slap duties on our neighbours are thugs.', 'oppose'],
  // "not" reaches a hostility word only at close range: "not open its market" leaves "dumping" alone
  [
    tariffs,
    'A Beijing that will not open its market is dumping steel while the levies are debated.',
    'support',
  ],
])

describe('topicality', () => {
  test('a demonstrative before a noun is not the topic as subject: "this army has failed"', () => {
    assert.equal(
      judge(truce, 'This army has failed its soldiers.', 'The minister was asked about the truce.'),
      'neutral',
    )
  })
  test('hostility tied to the topic by the paragraph before takes the stance it argues for', () => {
    const context = 'The adviser responded to the proposal for a truce.'
    assert.equal(judge(truce, 'The militia commanders are butchers and liars.', context), 'oppose')
  })
  test('not when that paragraph itself reports denunciations', () => {
    const context = 'The adviser spoke of the murderous militia while the truce was discussed.'
    assert.equal(judge(truce, 'The militia commanders are butchers and liars.', context), 'neutral')
  })
  test('a party in the plural counts: "Americans"', () => {
    assert.equal(judge(talks, 'Those who chase the Americans are trading away our pride.'), 'oppose')
  })
  test('naming the party lets an endorsement in the same sentence count', () => {
    assert.equal(judge(talks, 'We welcome the offer from Washington.'), 'support')
  })
  test('an endorsement in another sentence than the party does not', () => {
    assert.equal(
      judge(talks, 'Washington sent ships. The rescue of the sailors was a fine achievement.'),
      'neutral',
    )
  })
  test('a passive agent holds the position, not the speaker: "backed by Washington"', () => {
    assert.equal(judge(talks, 'The plan, fully backed by Washington, is no small feat.'), 'neutral')
  })
  test('a phrase of the topic is inflected: "sit down" → "sitting down"', () => {
    assert.equal(judge(talks, 'Sitting down with them is not a betrayal.'), 'support')
  })
  test('a pronoun subject reads the topic from the paragraph before', () => {
    const context = 'The minister was asked about the proposed truce.'
    assert.equal(judge(truce, 'It would be premature and unwise.', context), 'oppose')
  })
})
