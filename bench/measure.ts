/** Timing on one core: a plain loop, a warm-up first, per-article times from performance.now(). */

export interface Measurement {
  readonly articles_per_s: number
  readonly ms_per_article_mean: number
  readonly ms_per_article_p50: number
  readonly ms_per_article_p95: number
  /** Resident set size now, and the process's peak so far. */
  readonly rss_mb: number
  readonly peak_rss_mb: number
  readonly heap_used_mb: number
}

const WARM_UP = 100

const round = (x: number, digits = 3): number => Number(x.toFixed(digits))
const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1)

/** The value below which a fraction q of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** Memory now, and the peak resident set size of the process so far. */
export function memory() {
  const m = process.memoryUsage()
  return {
    rss_mb: mb(m.rss),
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
    heap_used_mb: mb(m.heapUsed),
  }
}

/**
 * Runs `work` on ~100 items to warm the JIT, then once on every item, timing each call.
 * `work` returns a number so its result is used and cannot be optimised away.
 */
export function measure<T>(
  items: readonly T[],
  work: (item: T) => number,
): Measurement & { checksum: number } {
  let checksum = 0
  for (let i = 0; i < Math.min(WARM_UP, items.length); i++) checksum += work(items[i]!)
  const times = new Float64Array(items.length)
  let total = 0
  for (let i = 0; i < items.length; i++) {
    const t0 = performance.now()
    checksum += work(items[i]!)
    const dt = performance.now() - t0
    times[i] = dt
    total += dt
  }
  const sorted = Array.from(times).sort((a, b) => a - b)
  return {
    articles_per_s: round((items.length / total) * 1000, 1),
    ms_per_article_mean: round(total / items.length),
    ms_per_article_p50: round(percentile(sorted, 0.5)),
    ms_per_article_p95: round(percentile(sorted, 0.95)),
    ...memory(),
    checksum,
  }
}

export { round }
