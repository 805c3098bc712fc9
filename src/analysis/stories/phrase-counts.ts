import { mix32 } from './shingles.ts'

/**
 * How many articles carried each statement trigram, approximately, in fixed memory: a count-min
 * sketch (Cormode & Muthukrishnan 2005) of `depth` rows of `width` 16-bit counters. Estimates never
 * fall short; they may run over when trigrams share counters, which only makes a rare phrase look
 * commoner. Deterministic: its hashes come from fixed constants.
 */
export class PhraseCounts {
  readonly #rows: Uint16Array[]
  readonly #mask: number

  constructor(opts: { readonly widthBits?: number; readonly depth?: number } = {}) {
    const bits = opts.widthBits ?? 20
    const depth = opts.depth ?? 2
    if (!Number.isInteger(bits) || bits < 4 || bits > 28 || !Number.isInteger(depth) || depth < 1)
      throw new RangeError(
        `phrase counts: expected 4..28 width bits and a positive depth, found ${bits}, ${depth}`,
      )
    this.#mask = (1 << bits) - 1
    this.#rows = Array.from({ length: depth }, () => new Uint16Array(1 << bits))
  }

  /** Counts one article's trigrams, each once however often the article repeats it. */
  add(hashes: Iterable<number>): void {
    for (const h of new Set(hashes)) {
      this.#rows.forEach((row, i) => {
        const at = mix32(h ^ Math.imul(i + 1, 0x9e3779b9)) & this.#mask
        if (row[at]! < 0xffff) row[at]!++
      })
    }
  }

  /** At least how many articles carried the trigram (the least of its counters). */
  count(h: number): number {
    let least = 0xffff
    this.#rows.forEach((row, i) => {
      least = Math.min(least, row[mix32(h ^ Math.imul(i + 1, 0x9e3779b9)) & this.#mask]!)
    })
    return least
  }

  /** Bytes held by the counters. */
  get bytes(): number {
    return this.#rows.reduce((s, r) => s + r.byteLength, 0)
  }
}
