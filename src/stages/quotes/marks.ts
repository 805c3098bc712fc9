import type { Span } from '../../core/index.ts'

/** A pair of quotation marks and the words between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark, or the paragraph's end when the quotation runs on. */
  readonly close: number
  /** The words inside, marks and surrounding white space excluded. */
  readonly content: Span
  readonly family: 'double' | 'single'
  /** 'closed'; 'continues' when an unclosed quotation goes on in the next paragraph; 'unclosed'. */
  readonly state: 'closed' | 'continues' | 'unclosed'
}

type Orientation = 'open' | 'close' | 'either'
interface Mark {
  readonly at: number
  readonly family: 'double' | 'single'
  readonly orientation: Orientation
}

const DOUBLE_OPENERS = new Set(['“', '„', '«', '‟'])
const DOUBLE_CLOSERS = new Set(['”', '»'])
const SINGLE_OPENERS = new Set(['‘', '‹', '‚'])
const SINGLE_CLOSERS = new Set(['’', '›'])
const LETTER = /[\p{L}\p{N}]/u
const BEFORE_OPEN = /[\s([{\-–—/:;,]/
const AFTER_CLOSE = /[\s.,;:!?)\]}\-–—/…]/

/** Is the mark placed like an opener (space before, word after) or a closer (word before, space after)? */
function flanks(text: string, at: number, from: number, to: number): { left: boolean; right: boolean } {
  const prev = at > from ? text[at - 1]! : ' '
  const next = at + 1 < to ? text[at + 1]! : ' '
  const isMark = (c: string) => /["'“”‘’«»„‹›]/.test(c)
  return {
    left: !/\s/.test(next) && (BEFORE_OPEN.test(prev) || isMark(prev)),
    right: !/\s/.test(prev) && (AFTER_CLOSE.test(next) || isMark(next)),
  }
}

function orient(glyph: string, f: { left: boolean; right: boolean }): Orientation {
  if (f.left && !f.right) return 'open'
  if (f.right && !f.left) return 'close'
  if (DOUBLE_OPENERS.has(glyph) || SINGLE_OPENERS.has(glyph)) return 'open'
  if (DOUBLE_CLOSERS.has(glyph) || SINGLE_CLOSERS.has(glyph)) return 'close'
  return 'either'
}

/** Quotation marks of one paragraph, apostrophes left out ("Iran’s", "don't", "‘90s"). */
function findMarks(text: string, p: Span): Mark[] {
  const marks: Mark[] = []
  for (let at = p.start; at < p.end; at++) {
    const c = text[at]!
    const isDouble = c === '"' || DOUBLE_OPENERS.has(c) || DOUBLE_CLOSERS.has(c)
    const isSingle = c === "'" || SINGLE_OPENERS.has(c) || SINGLE_CLOSERS.has(c)
    if (!isDouble && !isSingle) continue
    const prev = at > p.start ? text[at - 1]! : ' '
    const next = at + 1 < p.end ? text[at + 1]! : ' '
    if (isSingle && LETTER.test(prev) && LETTER.test(next)) continue
    if (isSingle && (c === '’' || c === "'" || c === '‘') && /\d/.test(next) && !LETTER.test(prev)) continue
    const f = flanks(text, at, p.start, p.end)
    if (!f.left && !f.right && isSingle) continue
    marks.push({ at, family: isDouble ? 'double' : 'single', orientation: orient(c, f) })
  }
  return marks
}

/** Pairs one family's marks left to right; returns pairs and an opener left open at the end. */
function pairFamily(marks: readonly Mark[]): { pairs: [number, number][]; pending?: number } {
  const pairs: [number, number][] = []
  let open: number | undefined
  for (const m of marks) {
    if (open === undefined) {
      if (m.orientation !== 'close') open = m.at
    } else if (m.orientation !== 'open') {
      pairs.push([open, m.at])
      open = undefined
    } else {
      open = m.at // an opener inside an open quotation: the first one was never closed
    }
  }
  return open === undefined ? { pairs } : { pairs, pending: open }
}

const inside = (outer: [number, number], at: number) => outer[0] < at && at < outer[1]

function content(text: string, from: number, to: number): Span {
  let start = from
  let end = to
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/**
 * Finds quotations in each paragraph. Double and single marks pair separately; a pair nested in a
 * pair of the other family belongs to it. An opener never closed in its paragraph continues the
 * quotation when the next paragraph opens with a mark (news style for long quotations).
 * `isOpening(i)` tells whether paragraph i starts with an opening mark.
 */
export function pairQuotationMarks(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = []
  paragraphs.forEach((p, pi) => {
    const marks = findMarks(text, p)
    const doubles = pairFamily(marks.filter((m) => m.family === 'double'))
    const singles = pairFamily(marks.filter((m) => m.family === 'single'))
    const dPairs = doubles.pairs.filter((d) => !singles.pairs.some((s) => inside(s, d[0]) && inside(s, d[1])))
    const sPairs = singles.pairs.filter(
      (s) =>
        !doubles.pairs.some((d) => inside(d, s[0]) || inside(d, s[1])) &&
        !dPairs.some((d) => inside(s, d[0]) !== inside(s, d[1])),
    )
    for (const [open, close] of dPairs)
      out.push({ open, close, content: content(text, open + 1, close), family: 'double', state: 'closed' })
    for (const [open, close] of sPairs)
      out.push({ open, close, content: content(text, open + 1, close), family: 'single', state: 'closed' })
    if (doubles.pending !== undefined) {
      const next = paragraphs[pi + 1]
      const continues = next !== undefined && /^["“„«]/.test(text[next.start]!)
      const c = content(text, doubles.pending + 1, p.end)
      if (c.end > c.start)
        out.push({
          open: doubles.pending,
          close: p.end,
          content: c,
          family: 'double',
          state: continues ? 'continues' : 'unclosed',
        })
    }
  })
  return out.sort((a, b) => a.open - b.open)
}
