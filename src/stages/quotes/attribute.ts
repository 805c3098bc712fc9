import type { Mention, Span } from '../../core/index.ts'
import { CHANT_WORDS, isDirectCue, SPEECH_NOUNS } from './cues.ts'
import { firstCue, lastCue, mainSubject, subjectBefore } from './subjects.ts'
import { type DocView, speakerLike, wordIndexAfter } from './view.ts'

/** Who a quotation's words are given to, and by which words. */
export interface Attribution {
  readonly speaker?: Mention
  /** Words naming a speaker no mention covers ("one Democrat familiar with the campaign"). */
  readonly phrase?: Span
  /** Word index of the cue. */
  readonly cue?: number
  readonly method: 'cue-after' | 'cue-before' | 'colon-subject' | 'chant' | 'according-to'
}

const SKIP = new Set(['ADV', 'AUX', 'PART'])
/** After a quotation, a cue is a finite verb: '"…," dismissing …' describes, it does not attribute. */
const isCueAfter = (v: DocView, i: number): boolean =>
  (isDirectCue(v.words[i]!.text) && !/ing$/i.test(v.words[i]!.text)) ||
  (/^(went|goes)$/i.test(v.words[i]!.text) && v.words[i + 1]?.text === 'on')
const LEADING = /^[,.;!?…—–-]$/
const POSSESSIVE = /^(his|her|their|its|our|my|your)$/i

/** A mention that starts at word i, or whose role written before the name starts there (an article may lead). */
function mentionFrom(v: DocView, i: number, limit: number): Mention | undefined {
  const w = v.words[i]
  if (!w) return undefined
  // a role written before the name wins over a capitalised word in it ("Millikin assistant director X")
  const at = /^(the|a|an)$/i.test(w.text) ? (v.words[i + 1]?.span.start ?? -1) : w.span.start
  for (const m of v.doc.mentions) {
    if (m.role && m.role.start === at && m.role.end < m.span.start && m.span.start <= limit && speakerLike(m))
      return m
  }
  const direct = v.mentionStarting.get(w.span.start)
  return speakerLike(direct) ? direct : undefined
}

/**
 * Past what may stand between a speaker and the cue: an apposition ("X, the Y of Z,"), a
 * parenthesis ("(D-Md.)"), or an aside between commas ("X, who founded the site,").
 */
function pastApposition(v: DocView, m: Mention, i: number, limit: number): number {
  let j = i
  if (m.role && m.role.start > m.span.end) j = wordIndexAfter(v, m.role.end)
  if (v.words[j]?.text === '(') {
    while (j < limit && v.words[j]!.text !== ')') j++
    j++
  }
  if (v.words[j]?.text === ',') {
    let k = j + 1
    while (k < limit && k - j < 25 && v.words[k]!.text !== ',') k++
    if (k < limit && v.words[k]!.text === ',') return k + 1
    return j + 1
  }
  return j
}

/** The cue right after a speaker mention ("X, the Y, said"; "a spokesman for Disney said"), if any. */
function cueAfterMention(v: DocView, m: Mention, to: number): number | undefined {
  let j = pastApposition(v, m, wordIndexAfter(v, m.span.end), to)
  // a role phrase may carry its complement: "a spokesman for Disney", "an official at the ministry"
  if (m.form === 'title' && /^(for|of|at|with|from|in)$/i.test(v.words[j]?.text ?? '')) {
    let k = j + 1
    while (k < to && k - j < 6 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(v.words[k]!.pos)) k++
    j = k
  }
  while (j < to && SKIP.has(v.words[j]!.pos)) j++
  return j < to && isCueAfter(v, j) ? j : undefined
}

/** A noun phrase as speaker when no mention names one: "said one Democrat familiar with …". */
function phraseFrom(v: DocView, i: number, limit: number): Span | undefined {
  const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
  let j = POSSESSIVE.test(v.words[i]?.text ?? '') ? i + 1 : i
  while (j < limit && j - i < 8 && NP.has(v.words[j]!.pos) && !/^(who|which|that)$/i.test(v.words[j]!.text))
    j++
  const head = v.words[j - 1]
  if (j === i || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined
  return { start: v.words[i]!.span.start, end: head.span.end }
}

/** '"…," X said', '"…," said X', '"…," X, the Y, said', '"…," according to X'. */
export function attributeAfter(v: DocView, from: number, to: number): Attribution | undefined {
  let i = from
  while (i < to && LEADING.test(v.words[i]!.text)) i++
  if (i >= to) return undefined
  const w = v.words[i]!
  if (w.text.toLowerCase() === 'according' && v.words[i + 1]?.text.toLowerCase() === 'to') {
    const m = mentionFrom(v, i + 2, v.words[to - 1]?.span.end ?? 0)
    if (m) return { speaker: m, cue: i, method: 'according-to' }
    const phrase = phraseFrom(v, i + 2, to)
    return phrase ? { phrase, cue: i, method: 'according-to' } : undefined
  }
  // '"…," his nephew Omar Haddad added': the speaker's name or role follows a possessive
  const named = POSSESSIVE.test(w.text) ? i + 1 : i
  const m = mentionFrom(v, named, v.words[Math.min(to, named + 8) - 1]?.span.end ?? 0)
  if (m) {
    const cue = cueAfterMention(v, m, to)
    if (cue !== undefined) return { speaker: m, cue, method: 'cue-after' }
    // "Clinton staffer Maya Harris replied": the first name was a modifier of the speaker's title
    const later = mentionFrom(
      v,
      wordIndexAfter(v, m.span.end) + 1,
      v.words[Math.min(to, i + 8) - 1]?.span.end ?? 0,
    )
    const laterCue = later && later.span.start > m.span.end ? cueAfterMention(v, later, to) : undefined
    return later && laterCue !== undefined
      ? { speaker: later, cue: laterCue, method: 'cue-after' }
      : undefined
  }
  let j = i
  while (j < to && SKIP.has(v.words[j]!.pos)) j++
  if (j < to && isCueAfter(v, j)) {
    const after = mentionFrom(v, j + 1, v.words[Math.min(to, j + 10) - 1]?.span.end ?? 0)
    if (after) return { speaker: after, cue: j, method: 'cue-after' }
    const phrase = phraseFrom(v, j + 1, to)
    if (phrase) return { phrase, cue: j, method: 'cue-after' }
  }
  // '"…," another spokesman added': a noun phrase, then the cue
  const phrase = phraseFrom(v, i, to)
  if (phrase) {
    let k = wordIndexAfter(v, phrase.end)
    while (k < to && SKIP.has(v.words[k]!.pos)) k++
    if (k < to && isCueAfter(v, k) && v.words[k]!.pos === 'VERB') {
      // "his nephew Omar Haddad": a phrase that ends in a name is that person
      const named = v.mentionEnding.get(phrase.end)
      return speakerLike(named)
        ? { speaker: named, cue: k, method: 'cue-after' }
        : { phrase, cue: k, method: 'cue-after' }
    }
  }
  return undefined
}

/**
 * 'X said: "…"', 'X, the Y, called talks "…"', 'led the parliament in chanting "…"', and a colon
 * with no cue, which gives the words to the sentence's subject.
 */
export function attributeBefore(
  v: DocView,
  from: number,
  open: number,
  sentence: number,
): Attribution | undefined {
  const openAt = v.words[open]?.span.start ?? 0
  const prev = v.words[open - 1]
  const chant = [open - 1, open - 2].find(
    (k) => k >= from && CHANT_WORDS.has(v.words[k]?.text.toLowerCase() ?? ''),
  )
  if (chant !== undefined) {
    const m = subjectBefore(v, chant) ?? mainSubject(v, sentence, openAt)
    if (m) return { speaker: m, cue: chant, method: 'chant' }
  }
  const cue = lastCue(v, from, open)
  if (cue !== undefined) {
    const m = subjectBefore(v, cue) ?? mainSubject(v, sentence, v.words[cue]!.span.start)
    if (m) return { speaker: m, cue, method: 'cue-before' }
  }
  if (prev && prev.text === ':') {
    const m = mainSubject(v, sentence, openAt)
    if (m) {
      const verb = firstCue(v, wordIndexAfter(v, m.span.end), open) ?? nextVerb(v, m, open)
      return { speaker: m, ...(verb !== undefined ? { cue: verb } : {}), method: 'colon-subject' }
    }
  }
  return undefined
}

function nextVerb(v: DocView, m: Mention, limit: number): number | undefined {
  for (let i = pastApposition(v, m, wordIndexAfter(v, m.span.end), limit); i < limit; i++) {
    if (v.words[i]!.pos === 'VERB') return i
  }
  return undefined
}

/** "in a statement:", "in a post on X:": a speech noun just before the colon counts as a cue. */
export const isSpeechNoun = (word: string): boolean => SPEECH_NOUNS.has(word.toLowerCase())
