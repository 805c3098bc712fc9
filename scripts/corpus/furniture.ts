import { type Actor, fullName, roleText } from './cast.ts'
import { CULTURES, type CultureName } from './names.ts'
import type { Rng } from './random.ts'
import { fresh, pickActor, q, type Scene, say } from './scene.ts'
import { cap, type Day, fill, longDay } from './text.ts'

/** Page furniture and set-aside text: reading-time badges, bylines, credits, captions, posts, headings. */

const READ_TIME = [
  'Two-minute read',
  'Three-minute read',
  '{n} min read',
  'Listen to this article',
  'Reading time: {n} minutes',
  '{n}-minute read',
]
const TOP_EXTRAS = ['Advertisement', 'Share this article', 'Share', 'Facebook Twitter Email']
const MID_EXTRAS = [
  'Advertisement',
  'Story continues below advertisement',
  'Read more: {related}',
  'Related: {related}',
  'Sign up for our morning briefing newsletter',
]
const END_EXTRAS = [
  '© {year} {outlet}. All rights reserved.',
  'Sign up for the {outlet} daily newsletter to get the top stories in your inbox',
  'Follow us on X: @{handle}',
  'Read more: {related}',
]
const PHOTO_AGENCIES = ['Atlas', 'GWS', 'Orion', 'Pool', 'Handout']

/** A reporter's name: not one of the cast, since reporters are not quoted. */
function reporter(rng: Rng): string {
  const culture = CULTURES[rng.pick(Object.keys(CULTURES) as CultureName[])]
  return `${rng.pick(rng.chance(0.5) ? culture.male : culture.female)} ${rng.pick(culture.surnames)}`
}

const extraVars = (scene: Scene) => ({
  n: String(scene.rng.int(2, 9)),
  year: String(scene.day.year),
  outlet: scene.outlet.name,
  handle: scene.outlet.domain.split('.')[0]!,
  related: say(scene, scene.rng.pick(scene.topic.headlines)).replace(/^./u, (c) => c.toUpperCase()),
})

const furnish = (scene: Scene, template: string): string =>
  template.replace(/\{(\w+)\}/gu, (_, k: string) => (extraVars(scene) as Record<string, string>)[k] ?? k)

/** Lines above the headline or the lead. */
export function topLines(scene: Scene): string[] {
  const { rng, outlet } = scene
  const lines: string[] = []
  if (outlet.readTime || rng.chance(0.08)) lines.push(furnish(scene, rng.pick(READ_TIME)))
  if (rng.chance(0.1)) lines.push(rng.pick(TOP_EXTRAS))
  return lines
}

/** "By A and B", sometimes with a dateline of publication. */
export function byline(scene: Scene): string[] {
  const { rng } = scene
  if (rng.chance(0.5)) return []
  const names = rng.chance(0.3) ? `${reporter(rng)} and ${reporter(rng)}` : reporter(rng)
  const lines = [`By ${names}`]
  if (rng.chance(0.4)) lines.push(`${longDay(scene.day)}`)
  return lines
}

export const midLine = (scene: Scene): string => furnish(scene, scene.rng.pick(MID_EXTRAS))

/** The closing lines: wire credits and page furniture. */
export function endLines(scene: Scene): string[] {
  const { rng, outlet } = scene
  const lines: string[] = []
  if (outlet.credits || rng.chance(0.05)) {
    const city = scene.vars.k1
    const parts = [`Reporting by ${reporter(rng)} in ${city}`]
    if (rng.chance(0.4)) parts.push(`Additional reporting by ${reporter(rng)}`)
    if (rng.chance(0.3)) parts.push(`Writing by ${reporter(rng)}`)
    parts.push(`Editing by ${reporter(rng)}`)
    const credit = parts.join('; ')
    lines.push(rng.chance(0.3) ? `(${credit})` : credit)
  }
  if (rng.chance(0.35)) lines.push(furnish(scene, rng.pick(END_EXTRAS)))
  return lines
}

/** A photo caption, about someone in the article; sometimes printed twice, as pasted pages do. */
export function caption(scene: Scene, day: Day): string[] {
  const { rng } = scene
  const a = pickActor(scene)
  const title = a.role.titles.length > 0 ? `${roleText(a, rng.pick(a.role.titles))} ` : ''
  const b = pickActor(scene)
  const two = b !== a && rng.chance(0.4)
  const who = two ? `${title}${fullName(a)} (left) and ${fullName(b)}` : `${title}${fullName(a)}`
  const doing = two
    ? rng.pick(['meet in', 'shake hands in', 'attend a meeting in', 'during a meeting in'])
    : rng.pick([
        'speaks to reporters in',
        'attends a meeting in',
        'arrives for talks in',
        'gives a press conference in',
        'during a visit to',
      ])
  let text = `${cap(who)} ${doing} ${scene.vars.city} on ${longDay(day)}`
  if (rng.chance(0.3)) text += '.'
  if (rng.chance(0.3)) text += ` (Photo: ${rng.pick(PHOTO_AGENCIES)}/${reporter(rng)})`
  const lines = [text]
  if (rng.chance(0.25)) lines.push(text)
  if (rng.chance(0.2)) lines.push(`Photo: ${rng.pick(PHOTO_AGENCIES)}/${reporter(rng)}`)
  return lines
}

/** An embedded post: its text, then "— Name (@handle) Month D, YYYY" on the next line. */
export function embed(scene: Scene, a: Actor, day: Day): string {
  const { rng } = scene
  const link = `https://t.co/${tcoId(rng)}`
  const post = fresh(scene, () => fill(rng.pick(scene.topic.posts), { ...scene.vars, link }))
  const glued = rng.chance(0.2) ? post.replace(` ${link}`, link) : post
  return `${glued}\n— ${fullName(a)} (@${a.handle}) ${longDay(day)}`
}

function tcoId(rng: Rng): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let s = ''
  for (let i = 0; i < 10; i++) s += chars[rng.int(0, chars.length - 1)]
  return s
}

/** A subheading: a short line without a final stop. */
export const heading = (scene: Scene): string =>
  say(
    scene,
    scene.rng.chance(0.7)
      ? scene.rng.pick(scene.topic.headings)
      : scene.rng.pick([
          'What comes next',
          'Reaction at home',
          'A long road',
          'The view from {k2}',
          'Background',
        ]),
  )

/** A scare-quoted phrase in a sentence of the writer's own. */
export function scareSentence(scene: Scene): string {
  const term = q(scene, scene.rng.pick(scene.topic.scare))
  return scene.rng.pick([
    `Critics dismissed the so-called ${term} approach as a slogan rather than a strategy.`,
    `Supporters of the government describe the policy as ${term}, a label its opponents reject.`,
    `The idea of ${term} has become a rallying cry for hardliners.`,
  ])
}
