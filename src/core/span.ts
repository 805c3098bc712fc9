/** Half-open [start, end) in UTF-16 code units of a document's text (what String#slice uses). */
export interface Span {
  readonly start: number
  readonly end: number
}

/** Anything that carries a text to slice. */
export interface HasText {
  readonly text: string
}

/**
 * The text a span covers.
 * @example sliceSpan({ text: 'He said no.' }, { start: 3, end: 7 }) // 'said'
 */
export function sliceSpan(doc: HasText, span: Span): string {
  return doc.text.slice(span.start, span.end)
}

/** A span from start and end, checked for order. */
export function span(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start > end) {
    throw new RangeError(`span: expected integers with start <= end, found [${start}, ${end})`)
  }
  return { start, end }
}

export const spanLength = (s: Span): number => s.end - s.start

/** True when the spans share at least one code unit. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** Number of code units two spans share. */
export const overlapLength = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** True when `inner` lies inside `outer` (an empty inner span at outer's end counts). */
export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end

/** The smallest span that covers both. */
export const cover = (a: Span, b: Span): Span => ({
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
})

/** Orders spans by start, then by end. */
export const compareSpans = (a: Span, b: Span): number => a.start - b.start || a.end - b.end

/** The span shrunk so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** Why a span is invalid for a text, or undefined when it is fine. */
export function spanProblem(text: string, s: Span): string | undefined {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end))
    return `non-integer offsets [${s.start}, ${s.end})`
  if (s.start < 0 || s.end > text.length) return `[${s.start}, ${s.end}) is outside 0..${text.length}`
  if (s.start > s.end) return `start ${s.start} is after end ${s.end}`
  for (const at of [s.start, s.end]) {
    if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) {
      return `offset ${at} splits a surrogate pair`
    }
  }
  return undefined
}

/** Collects every Span reachable from a value (objects with numeric start and end). */
export function collectSpans(value: unknown, out: Span[] = [], seen = new Set<unknown>()): Span[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out
  seen.add(value)
  if (Array.isArray(value)) {
    for (const v of value) collectSpans(v, out, seen)
    return out
  }
  const rec = value as Record<string, unknown>
  if (typeof rec.start === 'number' && typeof rec.end === 'number') out.push(rec as unknown as Span)
  for (const [k, v] of Object.entries(rec)) if (k !== 'text') collectSpans(v, out, seen)
  return out
}

/**
 * Throws when any span in the document's layers is out of bounds, reversed or splits a surrogate pair.
 * Tests run it after every stage.
 */
export function assertSpans(doc: HasText): void {
  const { text, ...layers } = doc as HasText & Record<string, unknown>
  for (const s of collectSpans(layers)) {
    const problem = spanProblem(text, s)
    if (problem) throw new RangeError(`assertSpans: ${problem}`)
  }
}

/** Line and column (both 1-based) of an offset, for display only. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
