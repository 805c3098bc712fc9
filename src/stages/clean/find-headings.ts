import type { Region } from '../../core/index.ts'
import { overlaps } from '../../core/index.ts'
import type { CleanStep } from './clean-step.ts'
import { isDateOnly } from './date-words.ts'
import { hintsOf } from './hints.ts'
import {
  countWords,
  endsLikeSentence,
  isBlank,
  type Line,
  nearestNonBlank,
  startsLowerCase,
} from './lines.ts'
import { regionOverlapping } from './regions.ts'

const MAX_HEADING_WORDS = 10
const MAX_HEADING_LENGTH = 80
/** A paragraph under a heading in single-newline text is at least this long. */
const MIN_PARAGRAPH_WORDS = 12

const MARKDOWN_HEADING = /^#{1,6}\s+\S/u
const LIST_ITEM = /^(?:[-*•·–—]|\d{1,2}[.)])\s/u

/**
 * True when a line could be a sub-heading by its own shape: short, no final punctuation (a quotation
 * heading "'Financial elites'" passes, a one-line quote '"We will not back down."' does not), not a
 * list item, date, byline or link, not starting in lower case.
 */
export function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH) return false
  const words = countWords(line, MAX_HEADING_WORDS)
  return (
    words >= 1 &&
    words <= MAX_HEADING_WORDS &&
    /\p{L}/u.test(line) &&
    !endsLikeSentence(line) &&
    !startsLowerCase(line) &&
    !LIST_ITEM.test(line) &&
    !isDateOnly(line) &&
    !/^by\s/iu.test(line) &&
    !/https?:\/\/|www\./iu.test(line)
  )
}

const isParagraph = (line: Line | undefined): boolean =>
  line !== undefined &&
  (endsLikeSentence(line.text) || countWords(line.text, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS)

/**
 * True when a line sits where a heading sits: between paragraphs, and followed by one. With blank
 * lines between paragraphs, it has blank lines on both sides; with single newlines, the line above
 * ends a paragraph (or was set aside, like an embed) and the line below is a much longer paragraph.
 */
function standsBetweenParagraphs(lines: readonly Line[], line: Line, regions: readonly Region[]): boolean {
  const before = nearestNonBlank(lines, line.index, -1)
  const after = nearestNonBlank(lines, line.index, 1)
  if (before === undefined || after === undefined || !isParagraph(after)) return false
  if (isBlank(lines[line.index - 1]) && isBlank(lines[line.index + 1])) return true
  const tight = before.index === line.index - 1 && after.index === line.index + 1
  const longer = countWords(after.text) >= Math.max(MIN_PARAGRAPH_WORDS, 2 * countWords(line.text))
  const beforeEnds = isParagraph(before) || regionOverlapping(regions, before.span) !== undefined
  return tight && longer && endsLikeSentence(after.text) && beforeEnds
}

/** Sub-headings: the reader's heading hints, Markdown "## …" lines, and short unpunctuated lines between paragraphs. */
export const findHeadings: CleanStep = ({ lines, hints, regions }) => {
  const found: Region[] = hintsOf(hints, 'heading').map((h) => ({ kind: 'heading', span: h.span }))
  for (const line of lines) {
    if (line.text === '' || regionOverlapping(regions, line.span)) continue
    if (found.some((r) => overlaps(r.span, line.span))) continue
    const markdown = MARKDOWN_HEADING.test(line.text)
    if (markdown || (looksLikeHeading(line.text) && standsBetweenParagraphs(lines, line, regions))) {
      found.push({ kind: 'heading', span: line.span })
    }
  }
  return { regions: found }
}
