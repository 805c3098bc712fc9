import type { Mention, Span } from '../../core/index.ts'
import { frontedEnd, modifiesNoun } from './clauses.ts'
import { CLAUSE_ONLY, COLON_ONLY, isPhrasalCueAt, isSpeechCue, NP_COMPLEMENT, OBJECT_VERBS } from './cues.ts'
import { subjectBefore, TIME_WORDS } from './subjects.ts'
import { type DocView, isQuoted, speakerLike, wordIndexAfter } from './view.ts'

/** Reported speech found without quotation marks. */
export interface IndirectFound {
  readonly content: Span
  readonly cue: number
  /** A mention naming the speaker, or else the words of a noun phrase ("officials", "the report"). */
  readonly speaker?: Mention
  readonly speakerPhrase?: Span
  /** The words after an attribution set off inside the sentence: a second part of the statement. */
  readonly more?: Span
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
/** Whether word `i` is quoted or an opening quotation mark. */
const opensQuotation = (v: DocView, i: number): boolean =>
  v.words[i] !== undefined && (isQuoted(v, v.words[i]!.span.start) || /^["“‘«]$/.test(v.words[i]!.text))

/** The last word of the sentence that content may include: final punctuation and closing marks are left out. */
function contentEnd(v: DocView, from: number, sentenceEnd: number): number {
  let end = from
  for (let i = from; i < sentenceEnd; i++) {
    const w = v.words[i]!
    if (CLAUSE_END.has(w.text)) break
    // ", drawing a parallel …": a participle clause after a comma belongs to the writer's sentence
    if (w.text === ',' && i > from + 1 && v.words[i + 1]?.pos === 'VERB' && /ing$/.test(v.words[i + 1]!.text))
      break
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
  let k = isPhrasalCueAt(v.words, cue) ? cue + 2 : cue + 1
  while (k < limit && v.words[k]!.pos === 'ADV') k++
  if (OBJECT_VERBS.has(lc(v, cue))) k = pastObject(v, k, limit)
  for (let hops = 0; hops < 2 && k < limit; hops++) {
    const dated = pastDate(v, k, limit)
    if (dated !== undefined) {
      k = dated
      continue
    }
    if (!ADJUNCT_STARTERS.has(lc(v, k)) || lc(v, k) === 'to') break
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

/**
 * Past a date right after the cue ("said the same day that …", "said Tuesday the talks …"): the
 * word after it, when a clause or "that" follows; a date followed by its verb is the subject.
 */
function pastDate(v: DocView, k: number, limit: number): number | undefined {
  const at = v.words[k]?.span.start
  const date = v.doc.dates.find((d) => d.span.start === at)
  if (!date) return undefined
  let j = wordIndexAfter(v, date.span.end)
  if (lc(v, j) === ',') j++
  const next = v.words[j]
  if (j >= limit || !next || /^['’]s$/i.test(next.text)) return undefined
  return lc(v, j) === 'that' || lc(v, j) === ':' || NP_POS.has(next.pos) || ADJUNCT_STARTERS.has(lc(v, j))
    ? j
    : undefined
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
  // "on Tuesday declaring", "this past week announced": a time is not a speaker
  if (TIME_WORDS.test(head.text)) return undefined
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
    const woven = v.mixed.some(
      (q) => q.start >= v.words[k]!.span.start && q.start < (v.words[end - 1]?.span.end ?? 0),
    )
    if (woven) return { k, shape: 'woven' }
    return NP_COMPLEMENT.has(word) || (word.startsWith('call') && lc(v, k) === 'for')
      ? { k, shape: 'np' }
      : undefined
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
  if (k >= sentenceEnd || opensQuotation(v, k) || (lc(v, k) === ',' && opensQuotation(v, k + 1)))
    return undefined
  let end = contentEnd(v, k, sentenceEnd)
  if (shape === 'woven') {
    // 'called the deal “a historic mistake” and demanded …': the words given end with the quotation
    const quote = v.mixed.find((q) => q.start >= v.words[k]!.span.start)
    if (quote) end = Math.min(end, wordIndexAfter(v, quote.end))
  }
  if (end - k < (shape === 'clause' ? 3 : 2)) return undefined
  if (shape === 'clause') {
    const infinitive = lc(v, k) === 'to' && v.words[k + 1]?.pos === 'VERB'
    const wh = /^(whether|if|why|how|when)$/.test(lc(v, k))
    if (!hasVerb(v, k, end) || !(NP_POS.has(v.words[k]!.pos) || infinitive || wh || lc(v, k - 1) === 'that'))
      return undefined
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

/** The speaker of an attribution set off by commas: ", X said", ", officials said", ", said X". */
function setOffSpeaker(
  v: DocView,
  cue: number,
): { speaker?: Mention; phrase?: Span; start: number } | undefined {
  const m = subjectBefore(v, cue)
  if (m)
    return {
      speaker: m,
      start: wordIndexAfter(v, m.role && m.role.end <= m.span.start ? m.role.start : m.span.start),
    }
  const phrase = phraseBefore(v, cue)
  if (phrase) return { phrase, start: wordIndexAfter(v, phrase.start) }
  const after = v.mentionStarting.get(v.words[cue + 1]?.span.start ?? -1)
  return speakerLike(after) ? { speaker: after, start: cue } : undefined
}

/**
 * The attribution after the content: "…, X said." closing the sentence, or set off inside it:
 * "The goal, he said, is to forge a cease-fire." (two parts of one statement).
 */
function clauseThenCue(
  v: DocView,
  cue: number,
  first: number,
  sentenceEnd: number,
): IndirectFound | undefined {
  const who = setOffSpeaker(v, cue)
  if (!who) return undefined
  const comma = who.start - 1
  if (v.words[comma]?.text !== ',' || comma - first < 1) return undefined
  if (isQuoted(v, v.words[first]!.span.start) || /^["“‘«]$/.test(v.words[first]!.text)) return undefined
  let j = cue + 1
  if (who.start === cue) {
    const m = who.speaker!
    j = wordIndexAfter(v, m.role && m.role.start > m.span.end ? m.role.end : m.span.end)
  }
  // only an adjunct may follow the cue ("he said on Tuesday,"); an object makes it the main clause
  const adjunctStart = j
  while (j < sentenceEnd && v.words[j]!.text !== ',' && v.words[j]!.text !== '.' && j - adjunctStart < 5) j++
  const adjunct = v.words.slice(adjunctStart, j)
  if (
    adjunct.length &&
    !(
      v.words[adjunctStart]!.pos === 'ADP' ||
      v.words[adjunctStart]!.pos === 'ADV' ||
      adjunct.every((w) => w.pos === 'PROPN' || w.pos === 'NOUN')
    )
  )
    return undefined
  const speaker = who.speaker ? { speaker: who.speaker } : { speakerPhrase: who.phrase! }
  const firstPart = { start: v.words[first]!.span.start, end: v.words[comma - 1]!.span.end }
  if (v.words[j]?.text === ',' && j + 1 < sentenceEnd) {
    const end = contentEnd(v, j + 1, sentenceEnd)
    if (end - (j + 1) < 3 || !hasVerb(v, first, end)) return undefined
    const more = { start: v.words[j + 1]!.span.start, end: v.words[end - 1]!.span.end }
    return { content: firstPart, more, cue, ...speaker, method: 'clause-then-cue' }
  }
  const rest = v.words.slice(j, sentenceEnd).filter((w) => w.pos !== 'PUNCT')
  if (rest.length > 0 || comma - first < 3 || !hasVerb(v, first, comma)) return undefined
  return { content: firstPart, cue, ...speaker, method: 'clause-then-cue' }
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
 * Reported speech in one sentence (words [first, end)), outside quotation marks: each cue that
 * fits a pattern, left to right, never inside the words of an earlier one.
 */
export function findIndirect(v: DocView, first: number, end: number): IndirectFound[] {
  const according = accordingTo(v, first, end)
  if (according) return [according]
  const out: IndirectFound[] = []
  const fronted = frontedEnd(v, first, end)
  for (let i = first; i < end; i++) {
    const w = v.words[i]!
    const cue = isSpeechCue(w.text) || isPhrasalCueAt(v.words, i)
    if (!cue || w.pos !== 'VERB' || isQuoted(v, w.span.start)) continue
    // a cue in a clause or phrase before the subject: its words end where that clause ends
    const inFront = fronted !== undefined && i < fronted
    if (inFront && modifiesNoun(v, i)) continue
    const found = inFront
      ? reportedClause(v, i, fronted)
      : (reportedClause(v, i, end) ?? (out.length ? undefined : clauseThenCue(v, i, first, end)))
    if (!found) continue
    out.push(found)
    // "called the plan “a mistake” and vowed to “fight it”": look for more after this one's words
    i = Math.max(i, wordIndexAfter(v, found.content.end) - 1)
  }
  return out
}
