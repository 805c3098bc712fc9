import type { Span } from '../../core/index.ts'
import { trimSpan } from '../../core/index.ts'

type SentenceStep = (text: string, sentences: Span[], paragraphs: readonly Span[]) => Span[]

/** Cuts tagger sentences at paragraph boundaries: a sentence never spans two lines. */
const splitAtParagraphs: SentenceStep = (text, sentences, paragraphs) => {
  const out: Span[] = []
  for (const s of sentences) {
    for (const p of paragraphs) {
      if (p.end <= s.start) continue
      if (p.start >= s.end) break
      const piece = trimSpan(text, { start: Math.max(p.start, s.start), end: Math.min(p.end, s.end) })
      if (piece.end > piece.start) out.push(piece)
    }
  }
  return out
}

/** Paragraph text the tagger left out of every sentence (it happens after odd punctuation). */
const coverGaps: SentenceStep = (text, sentences, paragraphs) => {
  const out: Span[] = []
  let i = 0
  for (const p of paragraphs) {
    let cursor = p.start
    const add = (start: number, end: number) => {
      const gap = trimSpan(text, { start, end })
      if (gap.end > gap.start) out.push(gap)
    }
    while (i < sentences.length && sentences[i]!.start < p.end) {
      const s = sentences[i]!
      if (s.start > cursor) add(cursor, s.start)
      out.push(s)
      cursor = Math.max(cursor, s.end)
      i++
    }
    if (cursor < p.end) add(cursor, p.end)
  }
  return out
}

const CLOSERS = /^[”’"'»)\]]+$/
const STARTS_LOWER = /^[”’"'»)\]]*\s*[a-z]/
/** A piece the tagger cut off after an ellipsis: ".. of peace and rest". */
const STARTS_DOTS = /^[.…]/
/** Ends with a quotation that closes on ?, ! or a comma, or with an ellipsis: a lower-case start continues it. */
const ENDS_OPEN = /([?!,…]|\.\.\.)\s*[”’"'»]*$|\.\.\.$|…$/
/** Ends with a closing quotation mark: '“…ball.” said Jewell Young' goes on after it. */
const ENDS_QUOTE = /[.?!,…]\s*[”"»]$|''$/
/** Titles and month abbreviations that never end a sentence before a capital: "Sen. Chuck Schumer", "Sept. 11". */
const ABBREVIATION =
  /(^|[\s(])(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|Prof|Rev|Sr|Jr|St|Ft|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Nos|Vol|Pres|Amb|Atty|Supt|Gens)\.$/
/** A middle initial after a capitalised name: "Elijah E." before "Cummings". */
const INITIAL = /\b\p{Lu}\p{Ll}+ \p{Lu}\.$/u

const count = (s: string, c: string): number => s.split(c).length - 1

function continues(prevText: string, slice: string): boolean {
  if (CLOSERS.test(slice) || STARTS_DOTS.test(slice)) return true
  // a sentence never ends inside parentheses: "Sen. Chuck Schumer (D-N.Y.) said"
  if (count(prevText, '(') > count(prevText, ')')) return true
  if (STARTS_LOWER.test(slice))
    return ENDS_OPEN.test(prevText) || ABBREVIATION.test(prevText) || ENDS_QUOTE.test(prevText)
  return /^\p{Lu}/u.test(slice) && (ABBREVIATION.test(prevText) || INITIAL.test(prevText))
}

/**
 * Joins pieces the tagger split wrongly: a lone closing mark; a lower-case start after a quotation
 * ending in ?, ! or a comma ('"Why?" he asked.') or after an ellipsis; and a split after a title or
 * month abbreviation or a middle initial.
 */
const mergeFragments: SentenceStep = (text, sentences, paragraphs) => {
  const out: Span[] = []
  for (const s of sentences) {
    const prev = out[out.length - 1]
    const slice = text.slice(s.start, s.end)
    const sameParagraph = prev !== undefined && paragraphOf(paragraphs, prev) === paragraphOf(paragraphs, s)
    if (sameParagraph && continues(text.slice(prev.start, prev.end), slice)) {
      out[out.length - 1] = { start: prev.start, end: s.end }
    } else {
      out.push(s)
    }
  }
  return out
}

function paragraphOf(paragraphs: readonly Span[], s: Span): number {
  let lo = 0
  let hi = paragraphs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = paragraphs[mid]!
    if (s.start < p.start) hi = mid - 1
    else if (s.start >= p.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** The sentence sub-steps, in order. */
export const sentenceSteps: readonly SentenceStep[] = [splitAtParagraphs, coverGaps, mergeFragments]

/** Sentences from the tagger's proposal, fixed by the sub-steps; each with its paragraph index. */
export function findSentences(
  text: string,
  proposed: readonly Span[],
  paragraphs: readonly Span[],
): { span: Span; paragraph: number }[] {
  let sentences = [...proposed].sort((a, b) => a.start - b.start)
  for (const step of sentenceSteps) sentences = step(text, sentences, paragraphs)
  return sentences.map((span) => ({ span, paragraph: paragraphOf(paragraphs, span) }))
}
