import type { Region } from '../../core/index.ts'
import { overlaps } from '../../core/index.ts'
import { looksLikeCaption } from './caption-cues.ts'
import type { CleanStep } from './clean-step.ts'
import { hintsOf } from './hints.ts'
import { countWords, type Line, normaliseLine } from './lines.ts'
import { regionOverlapping } from './regions.ts'

/** Shorter lines ("Tehran", "He said no.") repeat by chance, not by copying. */
const MIN_WORDS = 5

/**
 * Lines repeated verbatim (up to white space). Later copies become `duplicate`, so a quotation is not
 * counted twice; the first copy becomes `caption` when it reads as one (captions are often repeated as
 * alt text), and otherwise stays in the body.
 */
export const findDuplicates: CleanStep = ({ lines, hints, regions }) => {
  const groups = new Map<string, Line[]>()
  for (const line of lines) {
    if (countWords(line.text, MIN_WORDS) < MIN_WORDS || regionOverlapping(regions, line.span)) continue
    const key = normaliseLine(line.text)
    const group = groups.get(key)
    if (group) group.push(line)
    else groups.set(key, [line])
  }
  const captionHints = hintsOf(hints, 'caption')
  const found: Region[] = []
  for (const [first, ...copies] of groups.values()) {
    if (first === undefined || copies.length === 0) continue
    const hinted = captionHints.some((h) => overlaps(h.span, first.span))
    if (hinted || looksLikeCaption(first.text, { repeated: true }))
      found.push({ kind: 'caption', span: first.span })
    for (const copy of copies) found.push({ kind: 'duplicate', span: copy.span })
  }
  return { regions: found }
}
