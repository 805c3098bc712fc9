import { CULTURES, type CultureName, type Gender } from './names.ts'
import { INSTITUTIONS } from './outlets.ts'
import { createRng, type Rng } from './random.ts'
import { fill } from './text.ts'
import { COUNTRIES, type Country } from './world.ts'

/** How the text may name a role: before the name, after it, or alone. */
export interface RoleTemplate {
  readonly key: string
  readonly count: number
  /** Before the name: "Foreign Minister", "Iranian MP". Empty for people named only with an apposition. */
  readonly titles: readonly string[]
  /** After the name, between commas: "Iran’s foreign minister". */
  readonly appositions: readonly string[]
  /** Standing for the person: "the minister". */
  readonly short: string
}

/** An invented person the corpus quotes. */
export interface Actor {
  readonly id: number
  readonly first: string
  readonly last: string
  readonly gender: Gender
  /** Chinese and Korean names put the surname first. */
  readonly surnameFirst: boolean
  readonly country: Country | null
  readonly role: RoleTemplate
  /** The role's slots, filled once per person (their city, institution, posting). */
  readonly vars: Readonly<Record<string, string>>
  readonly handle: string
}

const r = (
  key: string,
  count: number,
  titles: string[],
  appositions: string[],
  short: string,
): RoleTemplate => ({
  key,
  count,
  titles,
  appositions,
  short,
})

/** Roles each country fills, with how many people hold each. */
export const NATIONAL_ROLES: readonly RoleTemplate[] = [
  r(
    'head',
    1,
    ['{head}', '{demonym} {head}'],
    ['{poss} {headLower}', 'the {headLower} of {inText}'],
    'the {headLower}',
  ),
  r(
    'fm',
    1,
    ['{fm}', '{demonym} {fm}'],
    ['{poss} {fmLower}', '{poss} top diplomat', 'the {demonym} {fmLower}'],
    'the minister',
  ),
  r(
    'spokes',
    1,
    ['{ministry} {spokes}', '{demonym} {ministry} {spokes}'],
    ['a {spokes} for the {demonym} {ministry}', 'the {ministry} {spokes}', '{poss} {ministry} {spokes}'],
    'the {spokes}',
  ),
  r(
    'trade',
    1,
    ['Trade Minister', '{demonym} Trade Minister'],
    ['{poss} trade minister', 'the minister of trade'],
    'the minister',
  ),
  r(
    'defence',
    1,
    ['Defence Minister'],
    ['{poss} defence minister', 'the {demonym} defence minister'],
    'the minister',
  ),
  r(
    'finance',
    1,
    ['Finance Minister', '{demonym} Finance Minister'],
    ['{poss} finance minister'],
    'the minister',
  ),
  r(
    'negotiator',
    1,
    ['Deputy Foreign Minister', 'chief negotiator'],
    ['{poss} chief negotiator', 'a deputy foreign minister who leads the {demonym} delegation'],
    'the negotiator',
  ),
  r(
    'member',
    5,
    ['{demonym} {member}', '{memberTitle}'],
    [
      'an influential {member}',
      'a {member} from {city}',
      'a member of {poss} {legislature}',
      'an opposition {member}',
      'a senior {member} of the ruling coalition',
      'who sits on the {legislature}’s foreign affairs committee',
    ],
    'the {member}',
  ),
  r(
    'speaker',
    1,
    ['deputy speaker', 'Deputy Speaker'],
    ['the deputy speaker of the {legislature}'],
    'the deputy speaker',
  ),
  r(
    'opposition',
    1,
    ['opposition leader'],
    ['the leader of the main opposition party', 'who heads the opposition bloc in the {legislature}'],
    'the opposition leader',
  ),
  r(
    'ambassador',
    1,
    ['Ambassador'],
    ['{poss} ambassador to {postingInText}', '{poss} envoy in {postingCapital}'],
    'the ambassador',
  ),
  r('banker', 1, ['central bank governor'], ['the governor of {poss} central bank'], 'the governor'),
  r(
    'elections',
    1,
    ['election commission chair'],
    ['who chairs {poss} electoral commission'],
    'the commission chair',
  ),
  r(
    'analyst',
    2,
    ['{capital}-based analyst', 'political analyst'],
    [
      'a political analyst in {capital}',
      'a professor of international relations at the University of {city}',
      'a former diplomat',
    ],
    'the analyst',
  ),
  r(
    'witness',
    1,
    [],
    ['a {age}-year-old {job} in {city}', 'who runs a small business in {city}'],
    'the {job}',
  ),
]

/** People with no country: analysts, economists, officials of international bodies. */
export const INTERNATIONAL_ROLES: readonly RoleTemplate[] = [
  r(
    'fellow',
    30,
    [],
    [
      'a senior fellow at {institution}',
      'an analyst at {institution}',
      'who directs research at {institution}',
    ],
    'the analyst',
  ),
  r(
    'economist',
    12,
    ['economist'],
    ['chief economist at {institution}', 'an economist at {institution}'],
    'the economist',
  ),
  r(
    'envoy',
    6,
    ['UN envoy'],
    ['the United Nations special envoy for the region', 'a senior UN official'],
    'the envoy',
  ),
  r(
    'eu',
    4,
    ['EU foreign policy chief'],
    ['the European Union’s foreign policy chief', 'a spokesperson for the European Commission'],
    'the official',
  ),
]

const JOBS = [
  'teacher',
  'taxi driver',
  'shopkeeper',
  'nurse',
  'student',
  'engineer',
  'pensioner',
  'farmer',
  'trader',
]

/** "Iran’s", "the United States’". */
export const possessive = (inText: string): string => (inText.endsWith('s') ? `${inText}’` : `${inText}’s`)

function countryVars(country: Country, rng: Rng, gender: Gender): Record<string, string> {
  const posting = rng.pick(COUNTRIES.filter((x) => x !== country))
  const member = country.member
  return {
    country: country.name,
    inText: country.inText,
    poss: possessive(country.inText),
    demonym: country.demonym,
    capital: country.capital,
    city: rng.pick(country.cities),
    head: country.head,
    headLower: country.head.toLowerCase(),
    fm: country.foreignMinister,
    fmLower: country.foreignMinister.toLowerCase(),
    ministry: country.ministry,
    legislature: country.legislature,
    member,
    memberTitle: member === 'senator' ? 'Senator' : member === 'MP' ? 'MP' : `${country.demonym} ${member}`,
    spokes: gender === 'm' ? 'spokesman' : rng.chance(0.7) ? 'spokeswoman' : 'spokesperson',
    postingInText: posting.inText,
    postingCapital: posting.capital,
    age: String(rng.int(19, 78)),
    job: rng.pick(JOBS),
  }
}

const ascii = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z]/gu, '')
    .toLowerCase()

function makePerson(rng: Rng, culture: CultureName, taken: Set<string>) {
  const def = CULTURES[culture]
  for (;;) {
    const gender: Gender = rng.chance(0.62) ? 'm' : 'f'
    const first = rng.pick(gender === 'm' ? def.male : def.female)
    const base = rng.pick(def.surnames)
    const feminine = 'feminine' in def ? def.feminine : undefined
    const last = gender === 'f' && feminine ? feminine(base) : base
    if (taken.has(`${first} ${last}`)) continue
    taken.add(`${first} ${last}`)
    return { first, last, gender, surnameFirst: culture === 'chinese' || culture === 'korean' }
  }
}

/**
 * The cast of a corpus: several hundred invented people, the same for the same seed.
 * @example buildCast('1').length // about 500
 */
export function buildCast(seed: string): readonly Actor[] {
  const rng = createRng(seed, 'cast')
  const taken = new Set<string>()
  const cast: Actor[] = []
  const add = (
    culture: CultureName,
    country: Country | null,
    role: RoleTemplate,
    vars: (g: Gender) => Record<string, string>,
  ) => {
    const person = makePerson(rng, culture, taken)
    const handle = rng.chance(0.5)
      ? `${ascii(person.first)}${ascii(person.last)}`
      : `${ascii(person.last)}_${rng.int(1, 99)}`
    const filled = vars(person.gender)
    cast.push({ id: cast.length, ...person, country, role, vars: filled, handle: handle.slice(0, 15) })
  }
  for (const country of COUNTRIES) {
    for (const role of NATIONAL_ROLES) {
      for (let i = 0; i < role.count; i++)
        add(rng.weighted(country.cultures), country, role, (g) => countryVars(country, rng, g))
    }
  }
  const cultures = Object.keys(CULTURES) as CultureName[]
  for (const role of INTERNATIONAL_ROLES) {
    for (let i = 0; i < role.count; i++) {
      add(rng.pick(cultures), null, role, () => ({ institution: rng.pick(INSTITUTIONS) }))
    }
  }
  return cast
}

/** The person's full name, in the order their tradition writes it. */
export const fullName = (a: Actor): string =>
  a.surnameFirst ? `${a.last} ${a.first}` : `${a.first} ${a.last}`

/** A role phrase with the person's slots filled. */
export const roleText = (a: Actor, template: string): string => fill(template, a.vars)
