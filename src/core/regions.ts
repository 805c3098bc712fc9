import type { Region, RegionKind } from './document.ts'
import type { Span } from './span.ts'

/** Region kinds that hold no article prose: statements are never looked for there. */
export const NON_PROSE: ReadonlySet<RegionKind> = new Set([
  'boilerplate',
  'duplicate',
  'embed',
  'heading',
  'caption',
])

/**
 * The region of one of `kinds` that overlaps `s` (for an empty span: contains its position).
 * Regions are sorted by start and never overlap, so a binary search finds the only candidate.
 */
export function regionAt(
  regions: readonly Region[],
  s: Span,
  kinds: ReadonlySet<RegionKind> = NON_PROSE,
): Region | undefined {
  let lo = 0
  let hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (regions[mid]!.span.end <= s.start) lo = mid + 1
    else hi = mid
  }
  const r = regions[lo]
  if (!r) return undefined
  const end = Math.max(s.end, s.start + 1)
  return r.span.start < end && kinds.has(r.kind) ? r : undefined
}
