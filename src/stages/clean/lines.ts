import type { Span } from '../../core/index.ts'
import { trimSpan } from '../../core/index.ts'

/** A line of the text: what lies between two newlines, trimmed. A blank line has an empty span. */
export interface Line {
  /** 0-based position among all lines, blank ones included. */
  readonly index: number
  readonly span: Span
  /** The trimmed text: a working copy for matching, never stored in the document. */
  readonly text: string
}

/**
 * Every line of the text, blank ones included, so neighbours are found by index.
 * @example splitLines('Title\n\nBody.').map((l) => l.text) // ['Title', '', 'Body.']
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue
    const span = trimSpan(text, { start, end: i })
    // A blank line keeps an empty span at its start, so it still has a position.
    const at = span.end > span.start ? span : { start, end: start }
    lines.push({ index: lines.length, span: at, text: text.slice(at.start, at.end) })
    start = i + 1
  }
  return lines
}

export const isBlank = (line: Line | undefined): boolean => line !== undefined && line.text === ''

/** The nearest non-blank line before (step -1) or after (step 1) a line. */
export function nearestNonBlank(lines: readonly Line[], from: number, step: 1 | -1): Line | undefined {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    if (lines[i]!.text !== '') return lines[i]
  }
  return undefined
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu

/**
 * The number of words in a line, counting no further than `cap` + 1: callers compare with small
 * limits, and a long paragraph need not be counted to the end.
 */
export function countWords(s: string, cap = Number.POSITIVE_INFINITY): number {
  const re = new RegExp(WORD.source, WORD.flags)
  let n = 0
  while (n <= cap && re.exec(s)) n++
  return n
}

const CLOSING_MARKS = /[”’"'»)\]]+$/u
const OPENING_QUOTE = /^[“‘"'«„‹]/u
const CLOSING_QUOTE = /[”’"'»›]$/u

/**
 * True when a line ends as running prose does: with sentence punctuation, possibly inside closing
 * quotation marks or brackets ('He left."'). A comma or colon also counts: the line is a fragment of
 * prose, so it is no heading or title either.
 */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…:;,]$/u.test(s.replace(CLOSING_MARKS, ''))
}

export const startsWithQuote = (s: string): boolean => OPENING_QUOTE.test(s)
export const endsWithQuote = (s: string): boolean => CLOSING_QUOTE.test(s)

/** True when the first letter of a line is lower case: a fragment, not a title or heading. */
export const startsLowerCase = (s: string): boolean => /^[^\p{L}]*\p{Ll}/u.test(s)

/** Normalises a line for comparison: white space collapsed, Unicode composed. */
export const normaliseLine = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim()
