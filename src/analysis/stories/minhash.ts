import { mix32 } from './shingles.ts'

/** A MinHash signature: per bin, the least hash of the set that falls in it. */
export type Signature = Uint32Array

const SEED = 0x2545f491
const TWO_32 = 4294967296

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with densification by rotation (Shrivastava &
 * Li 2014): each shingle is hashed once and kept as the minimum of the bin its hash falls in;
 * an empty bin borrows from the next filled one, offset by the distance. One hash per shingle
 * instead of one per bin, with the same estimate of the Jaccard index for texts longer than the
 * signature. Fixed constants: the same set gives the same signature on every run.
 */
export class MinHasher {
  readonly size: number

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`minhash: expected a positive number of hash functions, found ${size}`)
    this.size = size
  }

  /** The signature of a set of 32-bit hashes (repeats make no difference). */
  sign(hashes: Uint32Array): Signature {
    const k = this.size
    const sig = new Uint32Array(k).fill(0xffffffff)
    const filled = new Uint8Array(k)
    for (let j = 0; j < hashes.length; j++) {
      const h = mix32(hashes[j]! ^ SEED)
      const bin = Math.floor((h / TWO_32) * k)
      if (h < sig[bin]! || !filled[bin]) sig[bin] = h
      filled[bin] = 1
    }
    if (hashes.length === 0) return sig
    for (let i = 0; i < k; i++) {
      if (filled[i]) continue
      let d = 1
      while (!filled[(i + d) % k]) d++
      sig[i] = mix32((sig[(i + d) % k]! + Math.imul(d, 0x9e3779b9)) >>> 0)
    }
    return sig
  }
}

/** The share of bins on which two signatures agree: an estimate of the sets' Jaccard index. */
export function estimateJaccard(a: Signature, b: Signature): number {
  if (a.length !== b.length) throw new RangeError(`minhash: signatures of ${a.length} and ${b.length} values`)
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return a.length === 0 ? 0 : same / a.length
}

/**
 * Locality-sensitive hashing over signatures cut into `bands` of `rows` values: two sets land in
 * a common bucket with probability 1 − (1 − J^rows)^bands, so only likely matches are compared.
 * Each bucket keeps its newest `maxBucket` members, which bounds the work per lookup.
 */
export class LshIndex {
  readonly bands: number
  readonly rows: number
  readonly #maxBucket: number
  readonly #buckets = new Map<number, number[]>()

  constructor(opts: { readonly bands: number; readonly rows: number; readonly maxBucket?: number }) {
    if (!Number.isInteger(opts.bands) || opts.bands < 1 || !Number.isInteger(opts.rows) || opts.rows < 1)
      throw new RangeError(`lsh: expected positive integer bands and rows, found ${opts.bands}×${opts.rows}`)
    this.bands = opts.bands
    this.rows = opts.rows
    this.#maxBucket = opts.maxBucket ?? 64
  }

  /** The bucket key of each band of a signature: compute once, then add, look up and remove by them. */
  keys(sig: Signature): Uint32Array {
    if (sig.length < this.bands * this.rows)
      throw new RangeError(`lsh: expected ${this.bands * this.rows} values, found ${sig.length}`)
    const keys = new Uint32Array(this.bands)
    for (let band = 0; band < this.bands; band++) {
      let h = mix32(0x51ed270b + band)
      for (let r = 0; r < this.rows; r++) h = mix32(h ^ sig[band * this.rows + r]!)
      keys[band] = h
    }
    return keys
  }

  /** Members sharing at least one bucket, each once. */
  candidates(keys: Uint32Array): number[] {
    const seen = new Set<number>()
    for (const key of keys) for (const m of this.#buckets.get(key) ?? []) seen.add(m)
    return [...seen]
  }

  add(member: number, keys: Uint32Array): void {
    for (const key of keys) {
      const bucket = this.#buckets.get(key)
      if (!bucket) this.#buckets.set(key, [member])
      else {
        bucket.push(member)
        if (bucket.length > this.#maxBucket) bucket.shift()
      }
    }
  }

  remove(member: number, keys: Uint32Array): void {
    for (const key of keys) {
      const bucket = this.#buckets.get(key)
      if (!bucket) continue
      const i = bucket.indexOf(member)
      if (i >= 0) bucket.splice(i, 1)
      if (bucket.length === 0) this.#buckets.delete(key)
    }
  }

  /** How many buckets are in use (for memory figures). */
  get bucketCount(): number {
    return this.#buckets.size
  }
}
