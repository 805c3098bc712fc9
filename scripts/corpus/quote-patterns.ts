import type { Actor } from './cast.ts'
import type { Rng } from './random.ts'
import { named, namedLast, pronoun, q, quoteText, refer, type Scene, say, sentence, when } from './scene.ts'
import { cap } from './text.ts'

/** Writes one or more paragraphs quoting an actor. */
type Pattern = (scene: Scene, a: Actor, size: number) => string[]

/** A quotation that ends a sentence before the attribution: "We will not." → "We will not," */
const lead = (s: string): string => s.replace(/\.$/u, ',')

const CUES = [
  'said',
  'said',
  'said',
  'said',
  'told reporters',
  'warned',
  'insisted',
  'added',
  'stressed',
  'argued',
  'noted',
  'declared',
  'claimed',
]
const COLON_CUES = [
  'said',
  'told reporters',
  'told state television',
  'wrote on X',
  'said in a statement',
  'told a news conference',
  'continued',
  'declared',
]
const cue = (rng: Rng): string => rng.pick(CUES)

const QUESTIONS = [
  'Who will guarantee that they keep their word this time?',
  'What have we gained from all of this?',
  'Why should anyone trust them now?',
  'Is this really the best they can offer?',
  'How many more times do we have to hear the same promises?',
]

/** Phrases a mixed quotation takes from the speaker: 'called the plan "dead on arrival"'. */
const QUOTED_PHRASES = [
  'dead on arrival',
  'a betrayal of everything we stand for',
  'the greatest poison',
  'a step in the right direction',
  'a historic mistake',
  'nothing more than theatre',
  'a serious and balanced proposal',
  'reckless and provocative',
  'long overdue',
  'an insult to the voters',
]
const QUOTED_ACTS = [
  'playing with fire',
  'selling out the country',
  'undermining national unity',
  'trying to put the country’s hand back in a foreign grip',
  'hiding behind empty slogans',
  'negotiating from a position of weakness',
]

const saidX: Pattern = (scene, a, size) => {
  const r = refer(scene, a)
  const verb = cue(scene.rng).replace('told reporters', 'said')
  return [`${q(scene, lead(quoteText(scene, size)))} ${named(r)} ${verb}${when(scene)}.`]
}

const saidInverted: Pattern = (scene, a, size) => {
  const r = refer(scene, a)
  return [`${q(scene, lead(quoteText(scene, size)))} said ${namedLast(r)}.`]
}

const colon: Pattern = (scene, a, size) => {
  const r = refer(scene, a)
  return [
    `${sentence(named(r))} ${scene.rng.pick(COLON_CUES)}${when(scene)}: ${q(scene, quoteText(scene, size))}`,
  ]
}

const pronounAdded: Pattern = (scene, a, size) => {
  const last = scene.last ?? a
  const he = pronoun(last)
  const words = quoteText(scene, size)
  if (scene.rng.chance(0.3)) return [`${cap(he)} added: ${q(scene, words)}`]
  return [`${q(scene, lead(words))} ${he} ${scene.rng.pick(['added', 'said', 'continued', 'said later'])}.`]
}

const interrupted: Pattern = (scene, a, size) => {
  const r = refer(scene, a)
  const [first, ...rest] = quoteText(scene, Math.max(2, size)).split(/(?<=\.) /u)
  const who = scene.rng.chance(0.5) ? `${named(r)} said` : `said ${namedLast(r)}`
  return [
    `${q(scene, lead(first!))} ${who}, ${q(
      scene,
      rest.join(' ').replace(/^./u, (c) => c.toLowerCase()),
    )}`,
  ]
}

const multiParagraph: Pattern = (scene, a, size) => {
  const r = refer(scene, a)
  const m = scene.current
  const opening = `${sentence(named(r))} ${scene.rng.pick(['said', 'went further', 'told the gathering'])}:`
  const parts = [quoteText(scene, size), quoteText(scene, 2)]
  if (scene.rng.chance(0.4)) parts.push(quoteText(scene, 1))
  // News convention: a quotation running over paragraphs reopens each one and closes only at the end.
  const body = parts.map((p, i) => `${m.open}${p}${i === parts.length - 1 ? m.close : ''}`)
  return scene.rng.chance(0.5) ? [`${opening} ${body[0]}`, ...body.slice(1)] : [opening, ...body]
}

const mixed: Pattern = (scene, a) => {
  const r = refer(scene, a)
  const { rng } = scene
  const other = scene.vars.k2!
  const shapes = [
    () => `${sentence(named(r))} called the proposal ${q(scene, rng.pick(QUOTED_PHRASES))}.`,
    () =>
      `${sentence(named(r))} accused officials in ${other} of ${q(scene, rng.pick(QUOTED_ACTS))}, ${say(scene, 'saying the talks with {c2} were a waste of time.')}`,
    () =>
      `${sentence(named(r))} said the plan was ${q(scene, rng.pick(QUOTED_PHRASES))} and urged the government to reconsider.`,
    () =>
      `In a speech in ${scene.vars.city}, ${named(r)} described the decision as ${q(scene, rng.pick(QUOTED_PHRASES))}.`,
  ]
  return [rng.pick(shapes)()]
}

const indirect: Pattern = (scene, a) => {
  const r = refer(scene, a)
  const { rng } = scene
  const claim = say(scene, rng.pick(scene.topic.claims))
  const shapes = [
    () => `${sentence(named(r))} said${when(scene)} that ${claim}.`,
    () =>
      `${sentence(named(r))} told ${rng.pick(['state media', 'reporters', 'a local newspaper', 'lawmakers'])} ${claim}.`,
    () => `According to ${namedLast(r)}, ${claim}.`,
    () => `${cap(claim)}, ${namedLast(r)} said.`,
    () => `${cap(claim)}, ${named(r)} said${when(scene)}.`,
  ]
  return [rng.pick(shapes)()]
}

const question: Pattern = (scene, a) => {
  const r = refer(scene, a)
  return [
    `${q(scene, scene.rng.pick(QUESTIONS))} ${scene.rng.chance(0.5) ? `asked ${namedLast(r)}` : `${named(r)} asked`}.`,
  ]
}

const nested: Pattern = (scene, a) => {
  const r = refer(scene, a)
  const m = scene.current
  const inner = `${m.innerOpen}${scene.rng.pick(scene.topic.scare)}${m.innerClose}`
  return [`${q(scene, `They call it ${inner}, but it is nothing of the sort,`)} ${named(r)} said.`]
}

const statement: Pattern = (scene, _a, size) => {
  const ministry = `the ${scene.vars.d1} ${scene.vars.ministry}`
  return scene.rng.chance(0.5)
    ? [`${q(scene, lead(quoteText(scene, size)))} ${ministry} said in a statement.`]
    : [`In a statement, ${ministry} said ${say(scene, scene.rng.pick(scene.topic.claims))}.`]
}

const anonymous: Pattern = (scene, _a, size) => {
  const who = `a senior ${scene.vars.d1} official`
  return scene.rng.chance(0.5)
    ? [
        `${q(scene, lead(quoteText(scene, size)))} said ${who} who spoke on condition of anonymity because they were not authorised to brief the media.`,
      ]
    : [`A diplomat familiar with the talks said ${say(scene, scene.rng.pick(scene.topic.claims))}.`]
}

const interview: Pattern = (scene, a, size) => {
  const r = refer(scene, a)
  return [
    `${q(scene, lead(quoteText(scene, size)))} ${named(r)} said in an interview with ${scene.outlet.name}.`,
  ]
}

/** The patterns with their weights: plain attribution dominates, as in real reporting. */
export const PATTERNS: readonly (readonly [Pattern, number])[] = [
  [saidX, 10],
  [saidInverted, 5],
  [colon, 6],
  [pronounAdded, 4],
  [interrupted, 4],
  [multiParagraph, 2],
  [mixed, 5],
  [indirect, 8],
  [question, 1],
  [nested, 1],
  [statement, 2],
  [anonymous, 2],
  [interview, 1],
]

/** Writes the paragraphs for one quotation by `a`, of about `size` sentences. */
export function quoteParagraphs(scene: Scene, a: Actor, size: number): string[] {
  let pattern = scene.rng.weighted(PATTERNS)
  if (pattern === pronounAdded && scene.last === null) pattern = saidX
  const speaker = pattern === pronounAdded ? (scene.last ?? a) : a
  const paragraphs = pattern(scene, speaker, size)
  scene.last = pattern === statement || pattern === anonymous ? null : speaker
  return paragraphs
}
