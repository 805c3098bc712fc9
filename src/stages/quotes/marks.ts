import type { Span } from '../../core/index.ts'

/** A pair of quotation marks and the words between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark, or the paragraph's end when the quotation runs on. */
  readonly close: number
  /** Offset just past the closing mark (marks may be two characters: ''…'' in some wire copy). */
  readonly closeEnd: number
  /** The words inside, marks and surrounding white space excluded. */
  readonly content: Span
  readonly family: 'double' | 'single'
  /** 'closed'; 'continues' when an unclosed quotation goes on in the next paragraph; 'unclosed'. */
  readonly state: 'closed' | 'continues' | 'unclosed'
}

type Orientation = 'open' | 'close' | 'either'
interface Mark {
  readonly at: number
  readonly len: number
  readonly family: 'double' | 'single'
  readonly orientation: Orientation
  /** Placed like the apostrophe of a plural possessive: "the officials’ plan". */
  readonly possessive: boolean
}

const DOUBLE_OPENERS = new Set(['“', '„', '«', '‟'])
const DOUBLE_CLOSERS = new Set(['”', '»'])
const SINGLE_OPENERS = new Set(['‘', '‹', '‚'])
const SINGLE_CLOSERS = new Set(['’', '›'])
const LETTER = /[\p{L}\p{N}]/u
const BEFORE_OPEN = /[\s([{\-–—/:;,]/
const AFTER_CLOSE = /[\s.,;:!?)\]}\-–—/…]/

/** Is the mark placed like an opener (space before, word after) or a closer (word before, space after)? */
function flanks(
  text: string,
  at: number,
  len: number,
  from: number,
  to: number,
): { left: boolean; right: boolean } {
  const prev = at > from ? text[at - 1]! : ' '
  const next = at + len < to ? text[at + len]! : ' '
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
const ANY_MARK = /["'`“”‘’«»„‹›‚‟]/g

function findMarks(text: string, p: Span): Mark[] {
  const marks: Mark[] = []
  const re = new RegExp(ANY_MARK.source, 'g')
  re.lastIndex = p.start
  for (let m = re.exec(text); m && m.index < p.end; m = re.exec(text)) {
    const at = m.index
    const c = text[at]!
    // two apostrophes or backticks stand for a double mark in some wire copy: ''Like this,'' he said
    const doubled = (c === "'" && text[at + 1] === "'") || (c === '`' && text[at + 1] === '`')
    const isDouble = doubled || c === '"' || DOUBLE_OPENERS.has(c) || DOUBLE_CLOSERS.has(c)
    const isSingle = !isDouble && (c === "'" || SINGLE_OPENERS.has(c) || SINGLE_CLOSERS.has(c))
    if (!isDouble && !isSingle) continue
    const len = doubled ? 2 : 1
    const prev = at > p.start ? text[at - 1]! : ' '
    const next = at + len < p.end ? text[at + len]! : ' '
    if (isSingle && LETTER.test(prev) && LETTER.test(next)) continue
    if (isSingle && (c === '’' || c === "'" || c === '‘') && /\d/.test(next) && !LETTER.test(prev)) continue
    const f = flanks(text, at, len, p.start, p.end)
    if (!f.left && !f.right && isSingle) continue
    const orientation = c === '`' ? 'open' : orient(c, f)
    const possessive = isSingle && /[sS]/.test(prev) && /^\s+\p{L}/u.test(text.slice(at + len, p.end))
    marks.push({ at, len, family: isDouble ? 'double' : 'single', orientation, possessive })
    re.lastIndex = at + len
  }
  return marks
}

/**
 * Pairs one family's marks left to right; returns pairs and an opener left open at the end. A
 * plural possessive's apostrophe closes nothing when a closer follows before the next opener.
 */
function pairFamily(marks: readonly Mark[]): { pairs: [Mark, Mark][]; pending?: Mark } {
  const pairs: [Mark, Mark][] = []
  let open: Mark | undefined
  for (const [i, m] of marks.entries()) {
    const later = marks[i + 1]
    if (open === undefined) {
      if (m.orientation !== 'close') open = m
    } else if (m.possessive && later !== undefined && later.orientation !== 'open') {
      // "‘We reject the officials’ plan,’": the apostrophe belongs to the word
    } else if (m.orientation !== 'open') {
      pairs.push([open, m])
      open = undefined
    } else {
      open = m // an opener inside an open quotation: the first one was never closed
    }
  }
  return open === undefined ? { pairs } : { pairs, pending: open }
}

const inside = (outer: [Mark, Mark], m: Mark) => outer[0].at < m.at && m.at < outer[1].at

function content(text: string, from: number, to: number): Span {
  let start = from
  let end = to
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

const OPENS_DOUBLE = /^(["“„«]|'')/
const OPENS_SINGLE = /^[‘‹‚']/

/**
 * The quotation left open at the end of paragraph `p`: it continues when the next paragraph opens
 * with a mark of its family. A single mark left open is more often an apostrophe than a quotation,
 * so it counts only when it opens and the next paragraph continues it (UK style).
 */
function runOn(
  text: string,
  p: Span,
  next: Span | undefined,
  double: Mark | undefined,
  single: Mark | undefined,
  doubles: readonly [Mark, Mark][],
): QuotedSpan | undefined {
  const opening = next === undefined ? '' : text.slice(next.start, next.start + 2)
  const lone =
    single !== undefined &&
    double === undefined &&
    single.orientation === 'open' &&
    !doubles.some((d) => d[0].at < single.at && single.at < d[1].at) &&
    OPENS_SINGLE.test(opening) &&
    !opening.startsWith("''")
  const pending = double ?? (lone ? single : undefined)
  if (pending === undefined) return undefined
  const c = content(text, pending.at + pending.len, p.end)
  if (c.end <= c.start) return undefined
  const continues = (pending === double ? OPENS_DOUBLE : OPENS_SINGLE).test(opening)
  return {
    open: pending.at,
    close: p.end,
    closeEnd: p.end,
    content: c,
    family: pending.family,
    state: continues ? 'continues' : 'unclosed',
  }
}

/**
 * Finds quotations in each paragraph. Double and single marks pair separately; a pair nested in a
 * pair of the other family belongs to it. An opener never closed in its paragraph continues the
 * quotation when the next paragraph opens with a mark (news style for long quotations).
 */
export function pairQuotationMarks(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = []
  const closed =
    (family: QuotedSpan['family']) =>
    ([o, c]: [Mark, Mark]) =>
      out.push({
        open: o.at,
        close: c.at,
        closeEnd: c.at + c.len,
        content: content(text, o.at + o.len, c.at),
        family,
        state: 'closed',
      })
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
    dPairs.forEach(closed('double'))
    sPairs.forEach(closed('single'))
    const next = paragraphs[pi + 1]
    const pending = runOn(text, p, next, doubles.pending, singles.pending, dPairs)
    if (pending) out.push(pending)
  })
  return out.sort((a, b) => a.open - b.open)
}
