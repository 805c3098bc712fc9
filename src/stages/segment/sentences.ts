import type { Span, Token } from '../../core/index.ts'
import { ABBREVIATIONS } from './tokenize.ts'

const ENDERS = new Set(['.', '?', '!', '...', '…'])
const CLOSERS = new Set(['”', '’', '"', "'", "''", ')', ']', '»', '›'])
const OPENERS = /^[“‘"'«„‹([]|^''|^``/
/** Words that start sentences: after "U.S." one of them means the sentence ended there. */
const STARTERS = new Set(
  'the a an he she it they we i but and in on at this that these those his her their its our there mr mrs ms dr yet so however still'.split(
    ' ',
  ),
)

/** Where a boundary may follow token i, looking at the token itself. */
function endsHere(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  const value = text.slice(t.span.start, t.span.end)
  if (t.kind === 'punct') return ENDERS.has(value)
  if (t.kind !== 'word' || !value.endsWith('.')) return false
  const bare = value.slice(0, -1).toLowerCase()
  if (ABBREVIATIONS.has(bare)) return false
  const next = tokens[i + 1]
  const nextWord = next ? text.slice(next.span.start, next.span.end).toLowerCase() : ''
  // "in the U.S. The talks": an acronym ends a sentence only before a word that starts one
  if (/^(\p{L}\.){2,}$/u.test(value)) return STARTERS.has(nextWord)
  // "Elijah E. Cummings" is an initial; "wrote on X. Ranjbaran" ends a sentence
  const prev = tokens[i - 1]
  return !(prev && /^\p{Lu}/u.test(text.slice(prev.span.start, prev.span.end)))
}

/** Does the token open a new sentence: a capital, a digit, or an opening mark before one? */
function startsSentence(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (!t) return true
  const value = text.slice(t.span.start, t.span.end)
  if (OPENERS.test(value)) {
    const next = tokens[j + 1]
    return next === undefined || /^[\p{Lu}\d]/u.test(text.slice(next.span.start, next.span.end))
  }
  // a capital, a digit, or a brand written in lower case with a capital inside ("iPhone")
  return /^[\p{Lu}\d]/u.test(value) || /^\p{Ll}+\p{Lu}/u.test(value)
}

/**
 * Sentences of one paragraph from its tokens [from, to): a sentence ends at . ? ! or an ellipsis
 * (with the closing marks after it) when a capital, a digit or an opening mark follows, never inside
 * parentheses, never after a title or month abbreviation ("Sen.", "Feb.") or a middle initial.
 */
function splitParagraph(text: string, tokens: readonly Token[], from: number, to: number): Span[] {
  const out: Span[] = []
  let start = from
  let depth = 0
  for (let i = from; i < to; i++) {
    const value = text.slice(tokens[i]!.span.start, tokens[i]!.span.end)
    if (value === '(' || value === '[') depth++
    else if ((value === ')' || value === ']') && depth > 0) depth--
    if (depth > 0 || !endsHere(text, tokens, i)) continue
    let end = i
    // closing marks belong to the sentence only when they touch it: '. "' opens the next one
    while (
      end + 1 < to &&
      tokens[end + 1]!.span.start === tokens[end]!.span.end &&
      CLOSERS.has(text.slice(tokens[end + 1]!.span.start, tokens[end + 1]!.span.end))
    )
      end++
    if (end + 1 < to && !startsSentence(text, tokens, end + 1)) continue
    out.push({ start: tokens[start]!.span.start, end: tokens[end]!.span.end })
    start = end + 1
    i = end
  }
  if (start < to) out.push({ start: tokens[start]!.span.start, end: tokens[to - 1]!.span.end })
  return out
}

/**
 * Sentences of the text, each within one paragraph, with the index of its paragraph and its token range.
 * @example findSentences(text, tokenize(text), findParagraphs(text))
 */
export function findSentences(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Span[],
): { span: Span; paragraph: number; tokens: Span }[] {
  const out: { span: Span; paragraph: number; tokens: Span }[] = []
  let ti = 0
  paragraphs.forEach((p, pi) => {
    while (ti < tokens.length && tokens[ti]!.span.start < p.start) ti++
    let tj = ti
    while (tj < tokens.length && tokens[tj]!.span.start < p.end) tj++
    for (const span of splitParagraph(text, tokens, ti, tj)) {
      let a = ti
      while (tokens[a]!.span.start < span.start) a++
      let b = a
      while (b < tj && tokens[b]!.span.start < span.end) b++
      out.push({ span, paragraph: pi, tokens: { start: a, end: b } })
    }
    ti = tj
  })
  return out
}
