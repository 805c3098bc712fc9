import type { Region } from '../../core/index.ts'
import { overlaps } from '../../core/index.ts'
import { endsWithCredit, looksLikeCaption } from './caption-cues.ts'
import type { CleanStep } from './clean-step.ts'
import { isBoilerplateLine } from './find-boilerplate.ts'
import { hintsOf } from './hints.ts'
import { endsLikeSentence, type Line } from './lines.ts'
import { regionOverlapping } from './regions.ts'

/** True when a line next to this one is a bare photo credit, which follows or precedes captions. */
function besideCredit(lines: readonly Line[], line: Line): boolean {
  return [lines[line.index - 1], lines[line.index + 1]].some(
    (l) => l !== undefined && l.text !== '' && endsWithCredit(l.text) && isBoilerplateLine(l.text),
  )
}

/**
 * Photo captions standing alone: the reader's caption hints (HTML figcaption), and plain-text lines
 * that read as captions (see `looksLikeCaption`).
 */
export const findCaptions: CleanStep = ({ lines, hints, regions }) => {
  const found: Region[] = hintsOf(hints, 'caption').map((h) => ({ kind: 'caption', span: h.span }))
  for (const line of lines) {
    if (line.text === '' || regionOverlapping(regions, line.span)) continue
    if (found.some((r) => overlaps(r.span, line.span))) continue
    // a line of prose is too long to be a caption: skip the credit search beside it
    if (line.text.length > 600) continue
    if (endsLikeSentence(line.text) && !endsWithCredit(line.text)) continue
    if (looksLikeCaption(line.text, { nearCredit: besideCredit(lines, line) })) {
      found.push({ kind: 'caption', span: line.span })
    }
  }
  return { regions: found }
}
