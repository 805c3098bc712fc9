import type { Mention } from '../../core/index.ts'
import { CHANT_WORDS, isSpeechCue, SPEECH_NOUNS } from './cues.ts'
import { firstCue, lastCue, mainSubject, subjectBefore } from './subjects.ts'
import { type DocView, speakerLike, wordIndexAfter } from './view.ts'

/** Who a quotation's words are given to, and by which words. */
export interface Attribution {
  readonly speaker?: Mention
  /** Word index of the cue. */
  readonly cue?: number
  readonly method: 'cue-after' | 'cue-before' | 'colon-subject' | 'chant' | 'according-to'
}

const SKIP = new Set(['ADV', 'AUX', 'PART'])
const LEADING = /^[,.;!?…—–-]$/

/** A mention that starts at word i, or whose role written before the name starts there. */
function mentionFrom(v: DocView, i: number, limit: number): Mention | undefined {
  const w = v.words[i]
  if (!w) return undefined
  const direct = v.mentionStarting.get(w.span.start)
  if (speakerLike(direct)) return direct
  for (const m of v.doc.mentions) {
    if (
      m.role &&
      m.role.start === w.span.start &&
      m.role.end < m.span.start &&
      m.span.start <= limit &&
      speakerLike(m)
    )
      return m
  }
  return undefined
}

/** Past the apposition after a mention: "X, the Y of Z," → the word after the second comma. */
function pastApposition(v: DocView, m: Mention, i: number): number {
  if (m.role && m.role.start > m.span.end) {
    let j = wordIndexAfter(v, m.role.end)
    if (v.words[j]?.text === ',') j++
    return j
  }
  return i
}

/** '"…," X said', '"…," said X', '"…," X, the Y, said', '"…," according to X'. */
export function attributeAfter(v: DocView, from: number, to: number): Attribution | undefined {
  let i = from
  while (i < to && LEADING.test(v.words[i]!.text)) i++
  if (i >= to) return undefined
  const w = v.words[i]!
  if (w.text.toLowerCase() === 'according' && v.words[i + 1]?.text.toLowerCase() === 'to') {
    const m = mentionFrom(v, i + 2, v.words[to - 1]?.span.end ?? 0)
    return m ? { speaker: m, cue: i, method: 'according-to' } : undefined
  }
  const m = mentionFrom(v, i, v.words[Math.min(to, i + 8) - 1]?.span.end ?? 0)
  if (m) {
    let j = pastApposition(v, m, wordIndexAfter(v, m.span.end))
    while (j < to && SKIP.has(v.words[j]!.pos)) j++
    if (j < to && isSpeechCue(v.words[j]!.text)) return { speaker: m, cue: j, method: 'cue-after' }
    return undefined
  }
  let j = i
  while (j < to && SKIP.has(v.words[j]!.pos)) j++
  if (j < to && isSpeechCue(v.words[j]!.text)) {
    const after = mentionFrom(v, j + 1, v.words[Math.min(to, j + 10) - 1]?.span.end ?? 0)
    if (after) return { speaker: after, cue: j, method: 'cue-after' }
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
  for (let i = pastApposition(v, m, wordIndexAfter(v, m.span.end)); i < limit; i++) {
    if (v.words[i]!.pos === 'VERB') return i
  }
  return undefined
}

/** "in a statement:", "in a post on X:": a speech noun just before the colon counts as a cue. */
export const isSpeechNoun = (word: string): boolean => SPEECH_NOUNS.has(word.toLowerCase())
