import type { MentionKind, Span, Word } from '../../core/index.ts'
import {
  DATE_WORDS,
  HONORIFICS,
  LEADING_FUNCTION_WORDS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACES,
  PORTFOLIO_WORDS,
  ROLE_HEADS,
  TITLE_ABBREVIATIONS,
} from './lexicon.ts'

/** A proper-name mention before ids are given: its span, kind, and the role written before it. */
export interface FoundName {
  readonly span: Span
  readonly kind: MentionKind
  readonly role?: Span
  readonly possessive: boolean
  /** Index of its first word. */
  readonly first: number
  readonly last: number
}

const UPPER = /^\p{Lu}/u
const lower = (w: Word): string => w.text.toLowerCase()
export const isRoleWord = (w: Word): boolean =>
  ROLE_HEADS.has(lower(w).replace(/['’]s$/, '')) || TITLE_ABBREVIATIONS.has(lower(w))

/** Could this word be part of a proper name? */
function isNamePart(w: Word): boolean {
  if (w.pos === 'PUNCT' || w.pos === 'NUM' || w.pos === 'SYM') return false
  if (NAME_PARTICLES.has(w.text)) return true
  if (/^(al|el|bin|ibn|abu)-\p{Lu}/u.test(w.text)) return true
  if (!UPPER.test(w.text) || DATE_WORDS.has(lower(w))) return false
  // a capital at the start of a sentence or quotation says nothing: trust the tagger there
  return !(w.initial && (NOT_NAME_WORDS.has(lower(w)) || w.pos !== 'PROPN'))
}

/** Maximal runs of name-like words inside one sentence; a possessive word ends its run. */
function nameRuns(words: readonly Word[]): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < words.length) {
    const w = words[i]!
    if (!isNamePart(w) || NAME_PARTICLES.has(w.text) || LEADING_FUNCTION_WORDS.has(lower(w))) {
      i++
      continue
    }
    let j = i
    while (
      j + 1 < words.length &&
      !words[j]!.possessive &&
      words[j + 1]!.sentence === words[i]!.sentence &&
      isNamePart(words[j + 1]!)
    )
      j++
    while (j > i && NAME_PARTICLES.has(words[j]!.text)) j--
    runs.push([i, j])
    i = j + 1
  }
  return runs
}

/** Plural names of parties, movements and peoples: "Republicans", "Democrats", "Reformists", "Iranians". */
const GROUP_PLURAL = /^\p{L}{3,}(ans|crats|ists|ives)$/u

function classify(words: readonly Word[], first: number, last: number, titled: boolean): MentionKind {
  const parts = words.slice(first, last + 1).map(lower)
  if (parts.some((p) => ORG_WORDS.has(p))) return 'org'
  if (parts.every((p) => PLACES.has(p) || NAME_PARTICLES.has(p))) return 'place'
  // "Iran Air Flight", "Iran-backed Hamas", "USS Vincennes": a place or a vessel prefix in a name
  // makes it a thing, not a person
  const pieces = parts.flatMap((p) => p.split('-'))
  if (
    !titled &&
    (pieces.some((p) => PLACES.has(p)) || (parts.length > 1 && /^[A-Z]{2,4}$/.test(words[first]!.text)))
  )
    return 'other'
  // a shouted line ("FULL TEXT", "BEST THING THAT HAPPENED") is a heading, not a name
  if (parts.length > 1 && words.slice(first, last + 1).every((w) => !/\p{Ll}/u.test(w.text))) return 'other'
  // a plural proper noun is a group: "Republicans", "Democrats", "Iranians"
  if (parts.length === 1 && GROUP_PLURAL.test(parts[0]!) && !titled) return 'org'
  if (titled) return 'person'
  const before = words[first - 1]
  const after = words[last + 1]
  // "the Pezeshkian administration": a name used as a modifier of a common noun
  if (before && lower(before) === 'the' && after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text))
    return 'other'
  if (before && lower(before) === 'the') return 'org'
  if (parts.length === 1 && /^[\p{Lu}.]{2,}$/u.test(words[first]!.text)) return 'org'
  // one bare word ("Death", "Khorramabad") is a person only on more evidence: the actors stage decides
  return parts.length === 1 ? 'other' : 'person'
}

/**
 * The role written right before a name ("Foreign Ministry spokesman", "Supreme Leader"): a run of
 * title words that ends in a role noun next to the name. Returns the index of its first word.
 */
function preTitleStart(words: readonly Word[], nameStart: number): number | undefined {
  const prev = words[nameStart - 1]
  if (!prev || !isRoleWord(prev) || prev.possessive) return undefined
  let j = nameStart - 1
  while (j - 1 >= 0) {
    const w = words[j - 1]!
    if (w.sentence !== prev.sentence || w.possessive) break
    if (!['NOUN', 'PROPN', 'ADJ'].includes(w.pos) && !isRoleWord(w)) break
    if (NOT_NAME_WORDS.has(lower(w))) break
    j--
  }
  return j
}

/**
 * A title of the form "<role> of <portfolio>" ending inside the run that starts at `runStart`:
 * "Secretary of State John Kerry" gives the index of "State", the title's last word; in "a job as
 * Secretary of Defense" the whole run is the title's. Undefined when the run does not follow
 * "<role> of" or does not open with a portfolio.
 */
function portfolioEnd(words: readonly Word[], runStart: number, runEnd: number): number | undefined {
  const of = words[runStart - 1]
  const role = words[runStart - 2]
  if (of?.text !== 'of' || !role || !isRoleWord(role) || role.sentence !== of.sentence) return undefined
  let k = runStart
  while (k <= runEnd && (PORTFOLIO_WORDS.has(lower(words[k]!)) || PLACES.has(lower(words[k]!)))) k++
  return k > runStart ? k - 1 : undefined
}

/**
 * Proper names in the words, with the title in front of them split off as a role:
 * "Supreme Leader Ali Khamenei" gives the name "Ali Khamenei" with role "Supreme Leader".
 */
export function findNames(words: readonly Word[]): FoundName[] {
  const out: FoundName[] = []
  for (const [runStart, runEnd] of nameRuns(words)) {
    // "the Supreme Leader" is a title, not a name: findTitles takes it
    if (isRoleWord(words[runEnd]!)) continue
    let first = runStart
    // a title inside the run: everything up to its last role word
    for (let k = runEnd - 1; k >= runStart; k--) {
      if (isRoleWord(words[k]!)) {
        first = k + 1
        break
      }
    }
    const portfolio = first === runStart ? portfolioEnd(words, runStart, runEnd) : undefined
    if (portfolio !== undefined) first = portfolio + 1
    while (first <= runEnd && HONORIFICS.has(lower(words[first]!))) first++
    if (first > runEnd) continue
    const titleStart =
      portfolio !== undefined
        ? preTitleStart(words, runStart - 1)
        : first > runStart
          ? preTitleStart(words, first)
          : preTitleStart(words, runStart)
    const role: Span | undefined =
      titleStart !== undefined
        ? { start: words[titleStart]!.span.start, end: words[first - 1]!.span.end }
        : undefined
    const kind = classify(words, first, runEnd, role !== undefined)
    out.push({
      span: { start: words[first]!.span.start, end: words[runEnd]!.span.end },
      kind,
      ...(role && kind === 'person' ? { role } : {}),
      possessive: words[runEnd]!.possessive,
      first,
      last: runEnd,
    })
  }
  return out
}
