import type { Mention, Span } from '../../core/index.ts'
import { CHANT_WORDS, isDirectCue, isPhrasalCueAt, SPEECH_NOUNS } from './cues.ts'
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
  ((isDirectCue(v.words[i]!.text) || isPhrasalCueAt(v.words, i)) && !/ing$/i.test(v.words[i]!.text)) ||
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
  if (speakerLike(direct)) return direct
  // "the Saudis state", "Fed Chair Janet Yellen said": an article or a capitalised modifier first
  const next = v.words[i + 1]
  if (!next || next.sentence !== w.sentence || !(/^(the|a|an)$/i.test(w.text) || /^\p{Lu}/u.test(w.text)))
    return undefined
  const after = v.mentionStarting.get(next.span.start)
  if (speakerLike(after) && after.span.start <= limit) return after
  const titled = v.doc.mentions.find((m) => m.role?.start === next.span.start && m.role.end < m.span.start)
  return speakerLike(titled) && titled.span.start <= limit ? titled : undefined
}

/** Past a role written after the name and a parenthesis: "X, the Y of Z", "X (D-Md.)". */
function pastRole(v: DocView, m: Mention, i: number, limit: number): number {
  let j = i
  if (m.role && m.role.start > m.span.end) j = wordIndexAfter(v, m.role.end)
  if (v.words[j]?.text === '(') {
    while (j < limit && v.words[j]!.text !== ')') j++
    j++
  }
  return j
}

/** Where each aside between commas after word `j` ends: "X, 30, of Raleigh, who was polled, said". */
function asideEnds(v: DocView, j: number, limit: number): number[] {
  const ends: number[] = []
  for (let k = j; ends.length < 4 && v.words[k]?.text === ',' && k < limit; ) {
    let e = k + 1
    while (e < limit && e - k < 25 && v.words[e]!.text !== ',') e++
    if (e >= limit || v.words[e]!.text !== ',') break
    ends.push(e + 1)
    k = e
  }
  return ends
}

/**
 * Past what may stand between a speaker and the cue: an apposition ("X, the Y of Z,"), a
 * parenthesis ("(D-Md.)"), or an aside between commas ("X, who founded the site,").
 */
function pastApposition(v: DocView, m: Mention, i: number, limit: number): number {
  const j = pastRole(v, m, i, limit)
  if (v.words[j]?.text !== ',') return j
  return asideEnds(v, j, limit)[0] ?? j + 1
}

/** The cue at word `j`, after a role's complement ("a spokesman for Disney") and adverbs. */
function cueAt(v: DocView, m: Mention, j: number, to: number): number | undefined {
  // a role phrase may carry its complement: "a spokesman for Disney", "an official at the ministry";
  // a name its affiliation: "Mr. Morgan of the Sierra Club"
  const complement = m.form === 'title' ? /^(for|of|at|with|from|in)$/i : /^(of|from|at|with)$/i
  if (m.form !== 'pronoun' && complement.test(v.words[j]?.text ?? '')) {
    let k = j + 1
    while (k < to && k - j < 6 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(v.words[k]!.pos)) k++
    j = k
  }
  while (j < to && SKIP.has(v.words[j]!.pos)) j++
  return j < to && isCueAfter(v, j) ? j : undefined
}

/** The cue right after a speaker mention ("X, the Y, said"; "a spokesman for Disney said"), if any. */
function cueAfterMention(v: DocView, m: Mention, to: number): number | undefined {
  const j = pastRole(v, m, wordIndexAfter(v, m.span.end), to)
  if (v.words[j]?.text !== ',') return cueAt(v, m, j, to)
  // "X, a spokesman for Y, said in Santa Monica, Calif.": the first aside followed by a cue closes
  for (const end of [j + 1, ...asideEnds(v, j, to)]) {
    const cue = cueAt(v, m, end, to)
    if (cue !== undefined) return cue
  }
  return undefined
}

/**
 * The name set off by commas after a role phrase, which it names: "the ministry spokesman, Karim
 * Aziz, said" gives Karim Aziz. `closer` is what may end the apposition.
 */
export function nameInApposition(v: DocView, m: Mention, closer: RegExp): Mention | undefined {
  if (m.form !== 'title') return undefined
  const comma = wordIndexAfter(v, m.span.end)
  if (v.words[comma]?.text !== ',') return undefined
  const name = v.mentionStarting.get(v.words[comma + 1]?.span.start ?? -1)
  if (!speakerLike(name) || name.form !== 'name' || name.kind !== 'person') return undefined
  const end = v.words[wordIndexAfter(v, name.span.end)]
  return end !== undefined && closer.test(end.text) ? name : undefined
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
    if (cue !== undefined) return { speaker: nameInApposition(v, m, /^,$/) ?? m, cue, method: 'cue-after' }
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
    if (after)
      return { speaker: nameInApposition(v, after, /^[,.;!?]$/) ?? after, cue: j, method: 'cue-after' }
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
  const label = prev?.text === ':' ? labelBefore(v, open - 2, from) : undefined
  if (label) return { speaker: label, method: 'colon-subject' }
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

/**
 * A name set before a colon as a label: "Polls missed the late shift - Carl Bialik: “…”", "More
 * from Jones: “…”". The name (or the role written before it) must follow a dash or "from".
 */
function labelBefore(v: DocView, last: number, from: number): Mention | undefined {
  const m = v.mentionEnding.get(v.words[last]?.span.end ?? -1)
  if (!speakerLike(m) || m.form === 'pronoun') return undefined
  const starts = [m.span.start, ...(m.role && m.role.end <= m.span.start ? [m.role.start] : [])]
  const label = (at: number) => {
    const k = wordIndexAfter(v, at)
    return k > from && /^([-–—]|from)$/i.test(v.words[k - 1]?.text ?? '')
  }
  return starts.some(label) ? m : undefined
}

function nextVerb(v: DocView, m: Mention, limit: number): number | undefined {
  for (let i = pastApposition(v, m, wordIndexAfter(v, m.span.end), limit); i < limit; i++) {
    if (v.words[i]!.pos === 'VERB') return i
  }
  return undefined
}

/** "in a statement:", "in a post on X:": a speech noun just before the colon counts as a cue. */
export const isSpeechNoun = (word: string): boolean => SPEECH_NOUNS.has(word.toLowerCase())
