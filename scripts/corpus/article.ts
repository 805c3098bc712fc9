import { type Actor, buildCast } from './cast.ts'
import { byline, caption, embed, endLines, heading, midLine, scareSentence, topLines } from './furniture.ts'
import { grammarBackground } from './grammar.ts'
import { BODIES, OUTLETS } from './outlets.ts'
import { quoteParagraphs } from './quote-patterns.ts'
import { createRng, type Rng } from './random.ts'
import { fresh, named, pickActor, pronoun, refer, type Scene, say, startParagraph } from './scene.ts'
import { CURLY, cap, countWords, dayAt, fill, isoDay, STRAIGHT } from './text.ts'
import { DEALS, GENERIC, GOODS, PARTIES, TOPICS } from './topics.ts'
import { COUNTRIES, type Country } from './world.ts'

/** One generated article, with the fields a JSONL record carries. */
export interface GeneratedArticle {
  readonly id: string
  readonly text: string
  readonly title: string
  readonly outlet: string
  /** ISO date. */
  readonly published: string
  readonly url: string
}

/** The corpus spans two years of days. */
const DAYS = 731
const MAX_WORDS = 1200

function chooseActors(
  rng: Rng,
  byCountry: ReadonlyMap<Country | null, readonly Actor[]>,
  c1: Country,
  c2: Country,
) {
  const from = (c: Country | null, n: number) => rng.sample(byCountry.get(c) ?? [], n)
  return [...from(c1, rng.int(2, 5)), ...from(c2, rng.int(1, 2)), ...from(null, rng.int(0, 2))]
}

function slotsFor(rng: Rng, c1: Country, c2: Country): Record<string, string> {
  return {
    c1: c1.inText,
    c2: c2.inText,
    c1short: c1.name.replace(/\s+/gu, ''),
    d1: c1.demonym,
    d2: c2.demonym,
    k1: c1.capital,
    k2: c2.capital,
    city: rng.chance(0.3)
      ? rng.pick(['Geneva', 'Vienna', 'Oslo', 'Muscat', 'Doha', 'Istanbul'])
      : rng.pick(c1.cities),
    body: rng.pick(BODIES),
    deal: rng.pick(DEALS),
    party: rng.pick(PARTIES),
    good: rng.pick(GOODS),
    legislature: c1.legislature,
    currency: c1.currency,
    ministry: c1.ministry,
    pct: String(rng.int(3, 45)),
    n: String(rng.int(2, 14)),
    usd: `$${rng.int(2, 90)}`,
    weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']),
  }
}

/** Sentences of the writer's own, filling a paragraph to about `words` words. */
function background(scene: Scene, words: number): string {
  const { rng, topic } = scene
  const one = () => {
    const roll = rng.next()
    if (roll < 0.05 && once(scene, `scare${rng.int(1, 2)}`)) return scareSentence(scene)
    if (roll < 0.2) return actorSentence(scene, pickActor(scene))
    if (roll < 0.38) return cap(say(scene, grammarBackground(rng, topic)))
    return cap(say(scene, rng.pick(rng.chance(0.2) ? GENERIC.background : topic.background)))
  }
  const parts: string[] = []
  let count = 0
  const most = Math.min(5, Math.max(1, Math.round(words / 16) + rng.int(-1, 0)))
  while (count < words && parts.length < most) {
    const s = fresh(scene, one)
    parts.push(s)
    count += countWords(s)
  }
  return parts.join(' ')
}

/** True the first time an article asks for `key`: some sentences read badly twice. */
function once(scene: Scene, key: string): boolean {
  if (scene.used.has(`#${key}`)) return false
  scene.used.add(`#${key}`)
  return true
}

const ACTOR_SENTENCES = [
  '{who} did not respond to a request for comment.',
  '{who} has been a vocal critic of the government’s approach.',
  '{who} met {k2}’s ambassador last month, according to officials.',
  'The remarks by {name} drew a swift response from {k2}.',
  '{who} is expected to travel to {k2} next week, where {pronoun} will meet officials.',
  '{who} declined to comment on the reports.',
  '{who} has made similar remarks in the past.',
  'A spokesperson for {name} could not be reached.',
  '{who} cut short a visit to {city} to attend the meeting.',
]

/** A sentence about someone that quotes nothing: mentions without quotations. */
function actorSentence(scene: Scene, a: Actor): string {
  const i = scene.rng.int(0, ACTOR_SENTENCES.length - 1)
  if (!once(scene, `actor${i}`)) return cap(say(scene, grammarBackground(scene.rng, scene.topic)))
  const r = refer(scene, a)
  const vars = { ...scene.vars, who: cap(named(r)), name: r.name, pronoun: pronoun(a) }
  return fill(ACTOR_SENTENCES[i]!, vars)
}

/** The paragraphs after the lead, until the article reaches its planned size. */
function body(scene: Scene, plan: { paragraphs: number; words: number }, used: number): string[] {
  const { rng, outlet } = scene
  const out: string[] = []
  let words = used
  let headings = 0
  let embeds = 0
  let sinceHeading = 0
  const budget = () =>
    Math.max(18, Math.round((plan.words - words) / Math.max(1, plan.paragraphs - out.length)))
  while (out.length < plan.paragraphs || words < plan.words) {
    if (out.length >= 24 || words >= MAX_WORDS - 60) break
    startParagraph(scene)
    const roll = rng.next()
    let blocks: string[]
    if (sinceHeading >= 5 && headings < 3 && rng.chance(outlet.headings * 0.4)) {
      blocks = [heading(scene)]
      headings++
      sinceHeading = 0
    } else if (roll < 0.03 && embeds < 2) {
      blocks = [embed(scene, pickActor(scene), dayAt(dayIndexOf(scene) - rng.int(0, 5)))]
      embeds++
    } else if (roll < 0.05) {
      blocks = caption(scene, dayAt(dayIndexOf(scene) - rng.int(0, 3)))
    } else if (roll < 0.065) {
      blocks = [midLine(scene)]
    } else if (roll < 0.7) {
      const size = Math.min(4, Math.max(1, Math.round((budget() - 10) / 13) + rng.int(-1, 1)))
      blocks = quoteParagraphs(scene, pickActor(scene), size)
      if (rng.chance(0.15)) blocks[blocks.length - 1] += ` ${background(scene, 10)}`
    } else {
      blocks = [background(scene, budget())]
      scene.last = rng.chance(0.5) ? scene.last : null
    }
    const added = blocks.reduce((n, b) => n + countWords(b), 0)
    if (words + added > MAX_WORDS - 40 && out.length >= 8) break
    out.push(...blocks)
    words += added
    sinceHeading += blocks.length
  }
  return out
}

const dayIndexOf = (scene: Scene): number =>
  Math.round((Date.UTC(scene.day.year, scene.day.month, scene.day.date) - Date.UTC(2024, 0, 1)) / 86_400_000)

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 60)

/** Builds articles from one cast; `article(i)` is the same for the same seed and index. */
export interface CorpusGenerator {
  readonly cast: readonly Actor[]
  article(index: number): GeneratedArticle
}

/**
 * Creates a generator for a seed. Each article has its own PRNG (seed, index), so any article can be
 * written without the ones before it, and memory stays flat however many are written.
 * @example createGenerator('1').article(0).text
 */
export function createGenerator(seed: string): CorpusGenerator {
  const cast = buildCast(seed)
  const byCountry = new Map<Country | null, Actor[]>()
  for (const a of cast) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a])
  return { cast, article: (index) => writeArticle(seed, index, byCountry) }
}

function writeArticle(
  seed: string,
  index: number,
  byCountry: ReadonlyMap<Country | null, readonly Actor[]>,
): GeneratedArticle {
  const rng = createRng(seed, 'article', index)
  const outlet = rng.pick(OUTLETS)
  const topic = rng.pick(TOPICS)
  const [c1, c2] = rng.sample(COUNTRIES, 2) as [Country, Country]
  const curly = rng.chance(outlet.curly)
  const day = dayAt(rng.int(0, DAYS - 1))
  const scene: Scene = {
    rng,
    outlet,
    topic,
    marks: curly ? CURLY : STRAIGHT,
    otherMarks: curly ? STRAIGHT : CURLY,
    current: curly ? CURLY : STRAIGHT,
    day,
    vars: slotsFor(rng, c1, c2),
    actors: chooseActors(rng, byCountry, c1, c2),
    introduced: new Set(),
    last: null,
    lastDate: null,
    used: new Set(),
  }
  const title = cap(say(scene, rng.pick(topic.headlines)))
  const top = topLines(scene)
  if (outlet.headlineInText) top.push(title)
  top.push(...byline(scene))
  if (rng.chance(0.3)) top.push(...caption(scene, dayAt(dayIndexOf(scene) - rng.int(0, 2))))
  const dateline = outlet.wire
    ? `${c1.capital.toUpperCase()}, ${fill('{m} {d}', { m: monthName(day.month), d: String(day.date) })} (${outlet.wire}) - `
    : ''
  const leadText = `${dateline}${cap(say(scene, rng.pick(topic.leads)))}`
  const paragraphs = rng.int(8, 25)
  const plan = { paragraphs, words: rng.int(Math.max(300, paragraphs * 24), Math.min(1100, paragraphs * 70)) }
  const used = countWords(top.join(' ')) + countWords(leadText)
  const end = endLines(scene)
  const blocks = [...top, leadText, ...body(scene, plan, used + countWords(end.join(' '))), ...end]
  const sep = outlet.blankLines ? '\n\n' : '\n'
  let text = blocks.join(sep)
  if (!curly && rng.chance(0.8)) text = text.replaceAll('’', "'")
  if (rng.chance(0.05)) text = `\n${text}`
  if (rng.chance(0.7)) text += '\n'
  const published = isoDay(day)
  const id = `${seed}-${String(index).padStart(6, '0')}`
  const url = `https://${outlet.domain}/${published.replaceAll('-', '/')}/${slug(title)}-${index}`
  return { id, text, title, outlet: outlet.name, published, url }
}

const monthName = (m: number): string =>
  ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][m]!
