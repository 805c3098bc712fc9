/**
 * Word shingles hashed to 32 bits: what near-duplicate detection and statement overlap compare.
 * @module
 */

/** The murmur3 finaliser: spreads every input bit over the output (a bijection on 32 bits). */
export function mix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over a word's UTF-16 code units, mixed. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
  return mix32(h)
}

/**
 * The hashes of every run of `k` consecutive words, in text order (repeats kept). A text shorter
 * than `k` words gives one shingle of all its words, so short texts still compare.
 * @example shingleHashes(['we', 'will', 'not', 'back', 'down'], 3).length // 3
 */
export function shingleHashes(words: readonly string[], k: number): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingles: expected k >= 1, found ${k}`)
  if (words.length === 0) return new Uint32Array(0)
  const hashes = words.map(hashWord)
  const n = Math.max(1, hashes.length - k + 1)
  const out = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9
    for (let j = i; j < Math.min(i + k, hashes.length); j++) h = mix32(Math.imul(h, 31) ^ hashes[j]!)
    out[i] = h
  }
  return out
}

/** How many distinct values an array of hashes holds. */
export function distinctCount(hashes: Uint32Array): number {
  if (hashes.length === 0) return 0
  const sorted = Uint32Array.from(hashes).sort()
  let n = 1
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) n++
  return n
}
