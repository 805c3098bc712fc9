import type { CleanStep } from './clean-step.ts'
import { isDateOnly } from './date-words.ts'
import { hintsOf } from './hints.ts'
import { countWords, endsLikeSentence, isBlank, startsLowerCase } from './lines.ts'
import { regionOverlapping } from './regions.ts'

const MAX_TITLE_WORDS = 25
const MAX_TITLE_LENGTH = 200

/**
 * True when a line reads as a headline: a few words, no final sentence punctuation, not a date or a
 * byline, not starting in lower case.
 * @example looksLikeTitle('Khamenei urges vigilance in talks') // true
 */
export function looksLikeTitle(line: string): boolean {
  const words = countWords(line)
  return (
    words >= 2 &&
    words <= MAX_TITLE_WORDS &&
    line.length <= MAX_TITLE_LENGTH &&
    !endsLikeSentence(line) &&
    !startsLowerCase(line) &&
    !isDateOnly(line) &&
    !/^by\s/iu.test(line) &&
    !/https?:\/\//iu.test(line)
  )
}

/**
 * The headline. In HTML the reader says where it is; in plain text it is the first line with content,
 * provided it stands alone (a blank line follows) and reads as a headline. Boilerplate above it, such
 * as a reading-time badge, is passed over.
 */
export const findTitle: CleanStep = ({ format, lines, hints, regions }) => {
  const hint = hintsOf(hints, 'title')[0]
  if (hint) return { regions: [{ kind: 'title', span: hint.span }] }
  // HTML readers put the headline in a hint; a first line without one is body text.
  if (format === 'html') return {}
  const first = lines.find((l) => l.text !== '' && !regionOverlapping(regions, l.span))
  if (first === undefined) return {}
  const standsAlone = isBlank(lines[first.index + 1])
  return standsAlone && looksLikeTitle(first.text) ? { regions: [{ kind: 'title', span: first.span }] } : {}
}
