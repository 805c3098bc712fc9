/** Options of {@link keptFor}. */
export interface KeptOptions {
  /** How long an answer serves; default 60 s. */
  readonly maxAgeMs?: number
  /** How many answers are kept at once; the oldest goes first. Default 8. */
  readonly entries?: number
  readonly now?: () => number
}

/**
 * Answers kept for a while, by key, for a long-running reader of a store that changes slowly:
 * an answer computed from a large corpus (positions on a topic) serves the requests of the next
 * minute, and requests arriving while it is computed share it. A failed computation is not kept.
 * @example const kept = keptFor<Positions>(); await kept('iran-us-talks|month', () => compute())
 */
export function keptFor<V>(
  options: KeptOptions = {},
): (key: string, compute: () => Promise<V>) => Promise<V> {
  const maxAge = options.maxAgeMs ?? 60_000
  const capacity = options.entries ?? 8
  const now = options.now ?? Date.now
  const kept = new Map<string, { at: number; value: Promise<V> }>()
  return (key, compute) => {
    const entry = kept.get(key)
    if (entry && now() - entry.at < maxAge) return entry.value
    kept.delete(key)
    const fresh = { at: now(), value: compute() }
    kept.set(key, fresh)
    while (kept.size > capacity) kept.delete(kept.keys().next().value as string)
    fresh.value.catch(() => {
      if (kept.get(key) === fresh) kept.delete(key)
    })
    return fresh.value
  }
}
