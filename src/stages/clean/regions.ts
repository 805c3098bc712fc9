import type { Document, Region, RegionKind, Span } from '../../core/index.ts'
import { compareSpans } from '../../core/index.ts'

/** Index of the last region that starts before `offset`, or -1. Regions are sorted by start. */
function lastStartingBefore(regions: readonly Region[], offset: number): number {
  let lo = 0
  let hi = regions.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (regions[mid]!.span.start < offset) {
      found = mid
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}

/**
 * The first region that shares text with a span, if any; an empty span counts when it lies inside a region.
 * Regions must be sorted and must not overlap, as `clean` leaves them: then their ends are sorted too,
 * so only the last region starting before the span's end can reach it.
 */
export function regionOverlapping(regions: readonly Region[], s: Span): Region | undefined {
  let i = lastStartingBefore(regions, Math.max(s.end, s.start + 1))
  if (i < 0 || regions[i]!.span.end <= s.start) return undefined
  // A long span may reach back over several regions: report the first.
  while (i > 0 && regions[i - 1]!.span.end > s.start) i--
  return regions[i]
}

/**
 * The region of a cleaned document that shares text with a span, if any (binary search).
 * @example inRegions(doc, quote.span)?.kind // 'embed' when the "quote" is a social post
 */
export function inRegions(doc: Pick<Document, 'regions'>, s: Span): Region | undefined {
  return regionOverlapping(doc.regions, s)
}

/**
 * A fast test of whether an offset lies in a region that later stages should skip.
 * Give `kinds` to skip only some kinds (e.g. a dates stage may still want captions).
 * @example
 * const skipped = skippedMask(doc)
 * const kept = tokens.filter((t) => !skipped(t.span.start))
 */
export function skippedMask(
  doc: Pick<Document, 'regions'>,
  kinds?: readonly RegionKind[],
): (offset: number) => boolean {
  const chosen = doc.regions.filter((r) => kinds === undefined || kinds.includes(r.kind)).sort(byStart)
  const starts = chosen.map((r) => r.span.start)
  const ends = chosen.map((r) => r.span.end)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid]! <= offset) lo = mid + 1
      else hi = mid - 1
    }
    return hi >= 0 && offset < ends[hi]!
  }
}

export const byStart = (a: Region, b: Region): number => compareSpans(a.span, b.span)

/**
 * Adds regions to a sorted, non-overlapping list, dropping empty ones and any that overlap a region
 * already there (earlier sub-steps win). Returns the new list and the regions it took.
 */
export function addRegions(
  existing: readonly Region[],
  proposed: readonly Region[],
): { regions: Region[]; added: Region[] } {
  const regions = [...existing]
  const added: Region[] = []
  for (const r of [...proposed].sort(byStart)) {
    if (r.span.end <= r.span.start || regionOverlapping(regions, r.span)) continue
    const at = lastStartingBefore(regions, r.span.start) + 1
    regions.splice(at, 0, r)
    added.push(r)
  }
  return { regions, added }
}
