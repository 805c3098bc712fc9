import type { Mention, Span } from '../../core/index.ts'
import { CLAUSE_ONLY, COLON_ONLY, isSpeechCue, NP_COMPLEMENT, OBJECT_VERBS } from './cues.ts'
import { subjectBefore } from './subjects.ts'
import { type DocView, isQuoted, speakerLike, wordIndexAfter } from './view.ts'

/** Reported speech found without quotation marks. */
export interface IndirectFound {
  readonly content: Span
  readonly cue: number
  /** A mention naming the speaker, or else the words of a noun phrase ("officials", "the report"). */
  readonly speaker?: Mention
  readonly speakerPhrase?: Span
  readonly method: 'reported-clause' | 'clause-then-cue' | 'according-to'
}

const ADJUNCT_STARTERS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'late',
  'early',
  'via',
  'from',
  'through',
  'while',
  'when',
  'to',
])
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])
const CLAUSE_END = new Set([';'])
const hasVerb = (v: DocView, from: number, to: number): boolean =>
  v.words.slice(from, to).some((w) => w.pos === 'VERB' || w.pos === 'AUX')
const lc = (v: DocView, i: number): string => v.words[i]?.text.toLowerCase() ?? ''

/** The last word of the sentence that content may include: final punctuation and closing marks are left out. */
function contentEnd(v: DocView, from: number, sentenceEnd: number): number {
  let end = from
  for (let i = from; i < sentenceEnd; i++) {
    const w = v.words[i]!
    if (CLAUSE_END.has(w.text)) break
    // ", drawing a parallel …": a participle clause after a comma belongs to the writer's sentence
    if (w.text === ',' && i > from + 1 && v.words[i + 1]?.pos === 'VERB' && /ing$/.test(v.words[i + 1]!.text)) break
    if (w.text === ':' && /^["“‘'«]/.test(v.words[i + 1]?.text ?? '')) break
    if (
      isQuoted(v, w.span.start) &&
      i > from &&
      !isQuoted(v, v.words[i - 1]!.span.start) &&
      v.words[i - 1]!.text === ':'
    )
      break
    end = i + 1
  }
  while (end > from && /^[.,!?…"”’'»)]$/.test(v.words[end - 1]!.text)) end--
  return end
}

/** Skips an object ("reporters", "the Associated Press") and adjuncts ("on Tuesday", "in a statement"). */
function skipToContent(v: DocView, cue: number, limit: number): number {
  let k = cue + 1
  while (k < limit && v.words[k]!.pos === 'ADV') k++
  if (OBJECT_VERBS.has(lc(v, cue))) k = pastObject(v, k, limit)
  for (let hops = 0; hops < 2 && k < limit && ADJUNCT_STARTERS.has(lc(v, k)) && lc(v, k) !== 'to'; hops++) {
    let j = k + 1
    while (j < limit && j - k < 8 && NP_POS.has(v.words[j]!.pos) && lc(v, j) !== 'that') j++
    if (
      j < limit &&
      (lc(v, j) === 'that' || lc(v, j) === ',' || lc(v, j) === ':' || ADJUNCT_STARTERS.has(lc(v, j)))
    )
      k = lc(v, j) === ',' ? j + 1 : j
    else break
  }
  return k
}

/** Past one noun phrase ("reporters", "The Star-Ledger of Newark", "the council"): the object of a cue. */
function pastObject(v: DocView, from: number, limit: number): number {
  let k = from
  if (v.words[k]?.pos === 'PRON' && !/^(he|she|they|it|we|i)$/i.test(v.words[k]!.text)) return k + 1
  while (k < limit && ['DET', 'ADJ', 'NUM'].includes(v.words[k]!.pos)) k++
  const nounStart = k
  while (k < limit && (v.words[k]!.pos === 'NOUN' || v.words[k]!.pos === 'PROPN')) k++
  if (k === nounStart) return from
  if (lc(v, k) === 'of' && v.words[k + 1]?.pos === 'PROPN') {
    k++
    while (k < limit && v.words[k]!.pos === 'PROPN') k++
  }
  return k
}

/** A noun phrase ending right before the cue, when no mention names the speaker: "officials said". */
function phraseBefore(v: DocView, cue: number): Span | undefined {
  let i = cue - 1
  while (i >= 0 && (v.words[i]!.pos === 'ADV' || v.words[i]!.pos === 'AUX')) i--
  const end = i
  const head = v.words[end]
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || head.sentence !== v.words[cue]!.sentence)
    return undefined
  while (
    i - 1 >= 0 &&
    end - i < 5 &&
    NP_POS.has(v.words[i - 1]!.pos) &&
    v.words[i - 1]!.sentence === head.sentence &&
    v.words[i - 1]!.pos !== 'PRON'
  )
    i--
  return { start: v.words[i]!.span.start, end: head.span.end }
}

type Shape = 'clause' | 'np' | 'woven'

/** Where the reported words start after the cue, and what they must look like. */
function contentStart(v: DocView, cue: number, sentenceEnd: number): { k: number; shape: Shape } | undefined {
  const word = lc(v, cue)
  let k = skipToContent(v, cue, sentenceEnd)
  // "urged officials to act": the person urged belongs to what was said
  if (lc(v, k) === 'to' && OBJECT_VERBS.has(word) && k > cue + 1 && v.words[k + 1]?.pos === 'VERB') {
    k = cue + 1
    while (k < sentenceEnd && v.words[k]!.pos === 'ADV') k++
  }
  if (lc(v, k) === 'that' || lc(v, k) === ':') return { k: k + 1, shape: 'clause' }
  if (/^accus/.test(word)) {
    const of = v.words.slice(k, k + 10).findIndex((w) => w.text === 'of')
    return of >= 0 ? { k: k + of, shape: 'np' } : undefined
  }
  const end = contentEnd(v, k, sentenceEnd)
  // 'called the deal “a historic mistake”': the object and the quoted words it is given
  if (CLAUSE_ONLY.has(word)) {
    const woven = v.mixed.some((q) => q.start >= v.words[k]!.span.start && q.start < (v.words[end - 1]?.span.end ?? 0))
    if (woven) return { k, shape: 'woven' }
    return NP_COMPLEMENT.has(word) || (word.startsWith('call') && lc(v, k) === 'for') ? { k, shape: 'np' } : undefined
  }
  if (NP_COMPLEMENT.has(word) && !hasVerb(v, k, end)) return { k, shape: 'np' }
  return { k, shape: 'clause' }
}

/** "X said (that) …", "X told reporters …", "X urged officials to …", "X accused Y of …", "X denied the claim". */
function reportedClause(v: DocView, cue: number, sentenceEnd: number): IndirectFound | undefined {
  if (v.words[cue]!.pos !== 'VERB' && v.words[cue]!.pos !== 'AUX') return undefined
  if (COLON_ONLY.has(lc(v, cue)) && lc(v, cue + 1) !== ':') return undefined
  const start = contentStart(v, cue, sentenceEnd)
  if (!start) return undefined
  const { k, shape } = start
  if (k >= sentenceEnd || isQuoted(v, v.words[k]!.span.start) || /^["“‘«]$/.test(v.words[k]!.text)) return undefined
  const end = contentEnd(v, k, sentenceEnd)
  if (end - k < (shape === 'clause' ? 3 : 2)) return undefined
  if (shape === 'clause') {
    const infinitive = lc(v, k) === 'to' && v.words[k + 1]?.pos === 'VERB'
    const wh = /^(whether|if|why|how|when)$/.test(lc(v, k))
    if (!hasVerb(v, k, end) || !(NP_POS.has(v.words[k]!.pos) || infinitive || wh || lc(v, k - 1) === 'that')) return undefined
    if (lc(v, k - 1) !== 'that' && /^(what|which|who)$/.test(lc(v, k))) return undefined
  }
  const speaker = subjectBefore(v, cue)
  const phrase = speaker ? undefined : phraseBefore(v, cue)
  if (!speaker && !phrase) return undefined
  return {
    content: { start: v.words[k]!.span.start, end: v.words[end - 1]!.span.end },
    cue,
    ...(speaker ? { speaker } : { speakerPhrase: phrase! }),
    method: 'reported-clause',
  }
}

/** "…, X said." and "…, said X." closing a sentence whose start is the content. */
function clauseThenCue(
  v: DocView,
  cue: number,
  first: number,
  sentenceEnd: number,
): IndirectFound | undefined {
  const rest = v.words.slice(cue + 1, sentenceEnd).filter((w) => w.pos !== 'PUNCT')
  if (rest.length > 8 || rest.some((w) => (w.pos === 'VERB' || w.text === 'that') && w.text !== 'told'))
    return undefined
  let speaker = subjectBefore(v, cue)
  let commaAt = speaker ? wordIndexAfter(v, speaker.span.start) - 1 : cue - 1
  if (!speaker) {
    const m = v.mentionStarting.get(v.words[cue + 1]?.span.start ?? -1)
    if (!speakerLike(m)) return undefined
    speaker = m
  }
  while (commaAt > first && v.words[commaAt]!.pos !== 'PUNCT') commaAt--
  if (v.words[commaAt]?.text !== ',' || commaAt - first < 3) return undefined
  if (isQuoted(v, v.words[first]!.span.start) || /^["“‘«]$/.test(v.words[first]!.text)) return undefined
  if (!hasVerb(v, first, commaAt)) return undefined
  return {
    content: { start: v.words[first]!.span.start, end: v.words[commaAt - 1]!.span.end },
    cue,
    speaker,
    method: 'clause-then-cue',
  }
}

/** "According to X, …" and "…, according to X." */
function accordingTo(v: DocView, first: number, sentenceEnd: number): IndirectFound | undefined {
  for (let i = first; i + 1 < sentenceEnd; i++) {
    if (lc(v, i) !== 'according' || lc(v, i + 1) !== 'to') continue
    const m = v.mentionStarting.get(v.words[i + 2]?.span.start ?? -1)
    const speaker = speakerLike(m) ? m : undefined
    const phrase = speaker ? undefined : phraseAfter(v, i + 2, sentenceEnd)
    if (!speaker && !phrase) return undefined
    let from: number
    let to: number
    if (i === first) {
      from = i + 2
      while (from < sentenceEnd && lc(v, from) !== ',') from++
      from++
      to = contentEnd(v, from, sentenceEnd)
    } else {
      from = first
      to = lc(v, i - 1) === ',' ? i - 1 : i
    }
    if (to - from < 3 || !hasVerb(v, from, to) || isQuoted(v, v.words[from]!.span.start)) return undefined
    return {
      content: { start: v.words[from]!.span.start, end: v.words[to - 1]!.span.end },
      cue: i,
      ...(speaker ? { speaker } : { speakerPhrase: phrase! }),
      method: 'according-to',
    }
  }
  return undefined
}

function phraseAfter(v: DocView, from: number, limit: number): Span | undefined {
  let j = from
  while (j < limit && j - from < 6 && NP_POS.has(v.words[j]!.pos)) j++
  return j > from ? { start: v.words[from]!.span.start, end: v.words[j - 1]!.span.end } : undefined
}

/**
 * Reported speech in one sentence (words [first, end)), outside quotation marks.
 * At most one statement a sentence: the first cue that fits a pattern wins.
 */
export function findIndirect(v: DocView, first: number, end: number): IndirectFound | undefined {
  const according = accordingTo(v, first, end)
  if (according) return according
  for (let i = first; i < end; i++) {
    const w = v.words[i]!
    if (!isSpeechCue(w.text) || isQuoted(v, w.span.start)) continue
    const found = reportedClause(v, i, end) ?? clauseThenCue(v, i, first, end)
    if (found) return found
  }
  return undefined
}
