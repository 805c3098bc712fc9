import type { Role } from '../../core/index.ts'

/** Adjectives that judge rather than name a role: "an influential MP" is a member of parliament. */
const EVALUATIVE = new Set([
  'influential',
  'prominent',
  'powerful',
  'leading',
  'outspoken',
  'well-known',
  'notorious',
  'veteran',
  'longtime',
  'long-time',
  'respected',
  'controversial',
  'hardline',
  'firebrand',
])

const EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['mp', 'member of parliament'],
  ['mps', 'members of parliament'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['lt.', 'lieutenant'],
  ['col.', 'colonel'],
  ['amb.', 'ambassador'],
])

const EXPERT =
  /\b(commentator|analyst|expert|professor|researcher|scholar|economist|strategist|pollster|fellow|historian|columnist|critic)s?\b/i
const SPOKES = /\bspokes(man|woman|person|people)\b/i
const HONORIFIC_ONLY = /^(mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|lord|lady)$/i

/**
 * A role as the article states it, tidied for display: leading articles, evaluative adjectives and
 * an institution's possessive ("the regime’s") go; a person's possessive stays ("Khamenei’s
 * representative in Mashhad"); abbreviations are spelled out ("MP" → "member of parliament").
 * @example normaliseRole('the regime’s deputy intelligence minister', false) // 'deputy intelligence minister'
 */
export function normaliseRole(raw: string, possessorIsPerson: (word: string) => boolean): string | null {
  let words = raw.replace(/\s+/g, ' ').trim().split(' ')
  while (words.length && /^(the|a|an)$/i.test(words[0]!)) words = words.slice(1)
  const poss = words.findIndex((w) => /['’]s$/.test(w))
  if (poss >= 0 && poss < words.length - 1 && !possessorIsPerson(words.slice(0, poss + 1).join(' '))) {
    words = words.slice(poss + 1)
  }
  words = words.filter((w) => !EVALUATIVE.has(w.toLowerCase()))
  words = words.map((w) => EXPANSIONS.get(w.toLowerCase()) ?? w)
  const out = words.join(' ').replace(/[,;:]+$/, '')
  if (!out || HONORIFIC_ONLY.test(out)) return null
  return out
}

/** The kind of a role, from its head words. */
export function roleKind(title: string): Role['kind'] {
  if (SPOKES.test(title)) return 'spokesperson'
  if (EXPERT.test(title)) return 'expert'
  return 'official'
}
