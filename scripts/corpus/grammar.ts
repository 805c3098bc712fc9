import type { Rng } from './random.ts'
import type { Topic } from './topics.ts'

/**
 * A small grammar for sentences the fixed lists would otherwise repeat: a subject, a modal predicate
 * and a topical object give a few thousand quotations and background sentences per topic.
 * Predicates start with a modal so they agree with any subject.
 */

const SUBJECTS = [
  'We',
  'Our government',
  'This country',
  'The government in {k1}',
  'The other side',
  '{k2}',
  'Our partners',
  'The international community',
  'Parliament',
  'The people of {c1}',
]

/** A '+' predicate approves of its object, so it never takes a '!' object (one nobody approves of). */
const PREDICATES = [
  'will not accept {obj}',
  'cannot ignore {obj}',
  'must stop using {obj} as a bargaining chip',
  'should be honest about {obj}',
  'will not be intimidated by {obj}',
  '+would welcome {obj}',
  '+could live with {obj}, but only on clear terms',
  'must take {obj} seriously',
  'will be watching {obj} very closely',
  'cannot afford to gamble with {obj}',
  'should never have agreed to {obj}',
  '+will keep pushing for {obj}',
  'will not stay silent about {obj}',
  '+is ready to talk about {obj}',
]

const OBJECTS: Readonly<Record<Topic['key'], readonly string[]>> = {
  negotiations: [
    '!a deal imposed from outside',
    'these talks',
    'the proposals on the table',
    'a phased agreement',
    '!guarantees that are not worth the paper',
    'the release of frozen assets',
    'a prisoner exchange',
    '!another round of empty talks',
    'the mediators’ timetable',
    'direct negotiations',
  ],
  trade: [
    'these tariffs',
    '!unfair subsidies',
    '!a flood of cheap imports',
    '!retaliatory duties',
    'a new trade agreement',
    'the rules of the World Trade Organization',
    'quotas on {good}',
    '!the loss of thousands of jobs',
    'a negotiated settlement',
    'the price of {good}',
  ],
  elections: [
    'the result',
    'a recount',
    'the will of the voters',
    '!fraud at the ballot box',
    'a coalition with the {party}',
    'the electoral commission’s figures',
    'a low turnout',
    'the demands of the opposition',
    'an early election',
    '!foreign interference',
  ],
  treaty: [
    'this treaty',
    'the {deal}',
    '!a weaker text',
    'the clauses on water sharing',
    'ratification',
    'the joint commission',
    '!an agreement without guarantees',
    'the border provisions',
    'a referendum on the accord',
    'the commitments in the text',
  ],
  sanctions: [
    'these sanctions',
    '!more pressure',
    '!economic blackmail',
    'the listing of {d1} banks',
    'the humanitarian exemptions',
    'sanctions relief',
    'the oil embargo',
    '!secondary sanctions',
    'the asset freeze',
    'the measures announced this week',
  ],
}

const TAILS = [
  ' That is our position.',
  ' We have said this many times.',
  ' There is no other way.',
  ' Everyone knows that.',
  ' This is not negotiable.',
  ' I want to be clear.',
  ' Full stop.',
]

/** A quotation sentence from the grammar, with slots still to fill. */
export function grammarQuote(rng: Rng, topic: Topic): string {
  const predicate = rng.pick(PREDICATES)
  const approves = predicate.startsWith('+')
  const objects = OBJECTS[topic.key].filter((o) => !(approves && o.startsWith('!')))
  const subject = rng.pick(SUBJECTS)
  // "is" agrees only with a singular subject
  const verb = subject === 'We' || subject === 'Our partners' ? predicate.replace('+is ', '+are ') : predicate
  return `${subject} ${plain(verb).replace('{obj}', plain(rng.pick(objects)))}.${rng.chance(0.15) ? rng.pick(TAILS) : ''}`
}

const plain = (s: string): string => s.replace(/^[+!]/u, '')

const REPORTED_SUBJECTS = [
  'Officials in {k1}',
  'Diplomats in {k2}',
  'Several {d1} newspapers',
  'Lawmakers from the ruling coalition',
  'Opposition figures',
  'Business leaders in {city}',
  'Commentators on state television',
  'Western diplomats',
  'Analysts in {k2}',
  'Human rights groups',
]
const REPORTED_VERBS = [
  'have questioned',
  'have welcomed',
  'remain divided over',
  'have raised concerns about',
  'are closely watching',
  'have largely ignored',
  'have called for clarity on',
  'privately expressed doubts about',
]
const TIMES = [
  '',
  '',
  ' in recent days',
  ' since the announcement',
  ' this week',
  ' for months',
  ' behind closed doors',
]

/** A sentence of the writer's own about reactions, with slots still to fill. */
export function grammarBackground(rng: Rng, topic: Topic): string {
  return `${rng.pick(REPORTED_SUBJECTS)} ${rng.pick(REPORTED_VERBS)} ${plain(rng.pick(OBJECTS[topic.key]))}${rng.pick(TIMES)}.`
}
