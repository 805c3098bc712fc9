import { type Actor, fullName, roleText } from './cast.ts'
import { grammarQuote } from './grammar.ts'
import { variantsOf } from './names.ts'
import type { Outlet } from './outlets.ts'
import type { Rng } from './random.ts'
import { cap, type Day, fill, type Marks, monthDay, WEEKDAYS } from './text.ts'
import { GENERIC, type Topic } from './topics.ts'

/** One article being written: its choices, and who has been named so far. */
export interface Scene {
  readonly rng: Rng
  readonly outlet: Outlet
  readonly topic: Topic
  readonly marks: Marks
  /** Marks a few paragraphs use instead, as in copy pasted together from several sources. */
  readonly otherMarks: Marks
  /** The marks of the paragraph being written. */
  current: Marks
  readonly day: Day
  readonly vars: Readonly<Record<string, string>>
  readonly actors: readonly Actor[]
  readonly introduced: Set<number>
  /** Who spoke in the previous paragraph, for "he added". */
  last: Actor | null
  /** A date already written, so "the same day" can follow it. */
  lastDate: string | null
  /** Sentences already written, so an article does not repeat itself. */
  readonly used: Set<string>
}

/** The way the text names a speaker: the name (with a title before it) and an apposition to put after it. */
export interface Ref {
  readonly name: string
  readonly apposition?: string
}

export const pronoun = (a: Actor): string => (a.gender === 'm' ? 'he' : 'she')

/** The surname, now and then in another spelling (Rasaee, later Rasae). */
function surname(scene: Scene, a: Actor): string {
  const variants = variantsOf(a.last)
  return variants.length > 0 && scene.rng.chance(0.15) ? scene.rng.pick(variants) : a.last
}

function shortName(scene: Scene, a: Actor): string {
  const last = surname(scene, a)
  return a.surnameFirst && scene.rng.chance(0.3) ? `${last} ${a.first}` : last
}

/**
 * Names an actor: the first time with a role (before the name or in an apposition), later by surname,
 * by title and surname, or by the role alone ("the minister").
 */
export function refer(scene: Scene, a: Actor): Ref {
  const { rng, introduced } = scene
  const titles = a.role.titles
  if (!introduced.has(a.id)) {
    introduced.add(a.id)
    if (titles.length > 0 && rng.chance(0.5))
      return { name: `${roleText(a, rng.pick(titles))} ${fullName(a)}` }
    return { name: fullName(a), apposition: roleText(a, rng.pick(a.role.appositions)) }
  }
  const roll = rng.next()
  if (roll < 0.65) return { name: shortName(scene, a) }
  if (roll < 0.85 && titles.length > 0)
    return { name: `${roleText(a, rng.pick(titles))} ${shortName(scene, a)}` }
  if (roll < 0.92) return { name: fullName(a) }
  return { name: roleText(a, a.role.short) }
}

/** "Name, the role," mid-sentence; just "Name" when there is no apposition. */
export const named = (r: Ref): string => (r.apposition ? `${r.name}, ${r.apposition},` : r.name)
/** The same at the end of a sentence: "…, said Name, the role." */
export const namedLast = (r: Ref): string => (r.apposition ? `${r.name}, ${r.apposition}` : r.name)

/** Fills a topic template with the article's slots. */
export const say = (scene: Scene, template: string): string => fill(template, scene.vars)

/** Words inside the paragraph's quotation marks; rarely closed with the other style, as pasted text is. */
export function q(scene: Scene, words: string): string {
  const m = scene.current
  const close = scene.rng.chance(0.01) ? scene.otherMarks.close : m.close
  return `${m.open}${words}${close}`
}

/** Starts a paragraph: most use the article's marks, a few the other style. */
export function startParagraph(scene: Scene): void {
  scene.current = scene.rng.chance(0.06) ? scene.otherMarks : scene.marks
}

/** A sentence from `make` the article has not used yet (or, after a few tries, one it has). */
export function fresh(scene: Scene, make: () => string): string {
  let s = make()
  for (let i = 0; i < 8 && scene.used.has(s); i++) s = make()
  scene.used.add(s)
  return s
}

/** One to n sentences of quotation on the article's topic: from the topic's list or the grammar. */
export function quoteText(scene: Scene, n: number): string {
  const { rng, topic } = scene
  const one = () => {
    const roll = rng.next()
    if (roll < 0.45) return say(scene, rng.pick(topic.quotes))
    if (roll < 0.55) return say(scene, rng.pick(GENERIC.quotes))
    return say(scene, grammarQuote(rng, topic))
  }
  return Array.from({ length: n }, () => fresh(scene, one)).join(' ')
}

/** "on Tuesday", "on March 3", "the same day", or nothing. */
export function when(scene: Scene): string {
  const { rng, day } = scene
  const roll = rng.next()
  if (roll < 0.5) return ''
  if (roll < 0.6 && scene.lastDate) return ' the same day'
  const back = rng.int(0, 6)
  const d = new Date(Date.UTC(day.year, day.month, day.date - back))
  const text =
    rng.chance(0.5) && back > 0
      ? WEEKDAYS[d.getUTCDay()]!
      : monthDay({ year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: 0 })
  scene.lastDate = text
  return ` on ${text}`
}

/** Picks a speaker, preferring people from the article's two countries. */
export const pickActor = (scene: Scene): Actor => scene.rng.pick(scene.actors)

export const sentence = (s: string): string => cap(s.trim())
