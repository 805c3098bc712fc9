import { LshIndex, MinHasher, type Signature } from './minhash.ts'
import { retain } from './retained.ts'
import { distinctCount, shingleHashes } from './shingles.ts'
import { wordsOf } from './words.ts'

/** How near-duplicates are found; every field has a default. */
export interface DuplicateOptions {
  /** Words per shingle (default 3). */
  readonly shingle?: number
  /** LSH bands and rows per band; the signature has bands × rows hashes (default 42 × 3). */
  readonly bands?: number
  readonly rows?: number
  /** Estimated Jaccard index at or above which two texts are copies (default 0.4). */
  readonly jaccard?: number
  /** Estimated share of the shorter text's shingles found in the longer one (default 0.7) ... */
  readonly containment?: number
  /** ... counted only when the shorter text has at least this many shingles (default 25). */
  readonly minShingles?: number
  /** Articles further apart than this many days are never compared (default 30). */
  readonly windowDays?: number
  /** Newest members kept per LSH bucket (default 16). */
  readonly maxBucket?: number
}

/** What adding one article found. */
export interface DuplicateVerdict {
  readonly id: string
  /** The group's key: the id of its first member seen. Articles without copies are a group of one. */
  readonly group: string
  /** The most similar earlier article it copies, or null. */
  readonly of: string | null
  /** Estimated Jaccard index and containment against `of` (0 without one). */
  readonly jaccard: number
  readonly containment: number
}

/** A group of copies: its members in the order seen and its original (earliest published, then fullest). */
export interface DuplicateGroup {
  readonly key: string
  readonly original: string
  readonly members: readonly string[]
}

interface Entry {
  readonly seq: number
  readonly id: string
  readonly day: number
  readonly sig: Signature
  readonly keys: Uint32Array
  readonly size: number
}

interface GroupState {
  /** When its first member was seen: the older group's key survives a merge. */
  readonly first: number
  original: string
  originalDay: number
  originalSize: number
  members: string[]
}

const DEFAULTS = {
  shingle: 3,
  bands: 42,
  rows: 3,
  jaccard: 0.4,
  containment: 0.7,
  minShingles: 25,
  windowDays: 30,
  maxBucket: 16,
}

/**
 * Near-duplicate detection by MinHash over word shingles with LSH banding, folded one article at
 * a time: wire copies and rewrites of one article form a group with a marked original. Memory and
 * time per article stay bounded: articles older than the window (against the newest day seen) leave
 * the LSH index, and each bucket keeps its newest members.
 * @example
 * const dups = new DuplicateIndex()
 * dups.add({ id: 'a', day: 0, text })
 * dups.add({ id: 'b', day: 1, text: text + ' (Reuters)' }).group // 'a'
 */
export class DuplicateIndex {
  readonly #opts: typeof DEFAULTS
  readonly #hasher: MinHasher
  readonly #lsh: LshIndex
  readonly #entries = new Map<number, Entry>()
  readonly #queue: number[] = []
  #head = 0
  #seq = 0
  #watermark = Number.NEGATIVE_INFINITY
  readonly #parent = new Map<string, string>()
  readonly #groups = new Map<string, GroupState>()

  constructor(options: DuplicateOptions = {}) {
    this.#opts = { ...DEFAULTS, ...options }
    for (const [name, value] of Object.entries(this.#opts)) {
      if (!(typeof value === 'number' && value > 0))
        throw new RangeError(
          `near-duplicates: expected options.${name} to be a positive number, found ${value}`,
        )
    }
    this.#hasher = new MinHasher(this.#opts.bands * this.#opts.rows)
    this.#lsh = new LshIndex({
      bands: this.#opts.bands,
      rows: this.#opts.rows,
      maxBucket: this.#opts.maxBucket,
    })
  }

  /**
   * Adds an article (day: days since the epoch, null when unknown) and says which group it joined.
   * `words` are the text's words ({@link wordsOf}), when the caller has them already.
   */
  add(article: {
    readonly id: string
    readonly day: number | null
    readonly text: string
    readonly words?: readonly string[]
  }): DuplicateVerdict {
    const id = retain(article.id)
    if (this.#parent.has(id)) return { id, group: this.#find(id), of: null, jaccard: 0, containment: 0 }
    const day = article.day ?? (Number.isFinite(this.#watermark) ? this.#watermark : 0)
    this.#watermark = Math.max(this.#watermark, day)
    this.#evict()
    const hashes = shingleHashes(article.words ?? wordsOf(article.text), this.#opts.shingle)
    const sig = this.#hasher.sign(hashes)
    const entry: Entry = {
      seq: this.#seq++,
      id,
      day,
      sig,
      keys: this.#lsh.keys(sig),
      size: distinctCount(hashes),
    }
    this.#parent.set(id, id)
    let best: { of: string; jaccard: number; containment: number } | null = null
    for (const seq of this.#lsh.candidates(entry.keys)) {
      const other = this.#entries.get(seq)
      if (!other || Math.abs(other.day - day) > this.#opts.windowDays) continue
      const match = this.#compare(entry, other)
      if (!match) continue
      this.#union(other, entry)
      if (!best || match.jaccard > best.jaccard) best = { of: other.id, ...match }
    }
    this.#entries.set(entry.seq, entry)
    this.#queue.push(entry.seq)
    this.#lsh.add(entry.seq, entry.keys)
    return {
      id,
      group: this.#find(id),
      of: best?.of ?? null,
      jaccard: best?.jaccard ?? 0,
      containment: best?.containment ?? 0,
    }
  }

  /** The group an article belongs to, or undefined for an article never added. */
  groupOf(id: string): DuplicateGroup | undefined {
    if (!this.#parent.has(id)) return undefined
    const key = this.#find(id)
    const g = this.#groups.get(key)
    return g ? { key, original: g.original, members: g.members } : { key, original: key, members: [key] }
  }

  /** Figures for benchmarks: articles inside the window, LSH buckets in use, groups with copies. */
  stats(): { readonly windowed: number; readonly buckets: number; readonly groupsWithCopies: number } {
    return {
      windowed: this.#entries.size,
      buckets: this.#lsh.bucketCount,
      groupsWithCopies: this.#groups.size,
    }
  }

  #compare(a: Entry, b: Entry): { jaccard: number; containment: number } | null {
    const smaller = Math.min(a.size, b.size)
    // the least Jaccard index that can make a copy: by itself, or through containment
    const c = this.#opts.containment * smaller
    const byContainment = smaller >= this.#opts.minShingles ? c / (a.size + b.size - c) : 1
    const needed = Math.ceil(Math.min(this.#opts.jaccard, byContainment) * a.sig.length - 1e-9)
    const same = agreeing(a.sig, b.sig, needed)
    if (same < needed) return null
    const jaccard = same / a.sig.length
    const shared = (jaccard / (1 + jaccard)) * (a.size + b.size)
    const containment = smaller === 0 ? 0 : Math.min(1, shared / smaller)
    const copy =
      jaccard >= this.#opts.jaccard ||
      (containment >= this.#opts.containment && smaller >= this.#opts.minShingles)
    return copy ? { jaccard, containment } : null
  }

  #evict(): void {
    const oldest = this.#watermark - this.#opts.windowDays
    while (this.#head < this.#queue.length) {
      const seq = this.#queue[this.#head]!
      const entry = this.#entries.get(seq)
      if (entry && entry.day >= oldest) break
      if (entry) this.#lsh.remove(seq, entry.keys)
      this.#entries.delete(seq)
      this.#head++
    }
    // drop the consumed front now and then, so the queue does not grow without bound
    if (this.#head > 4096 && this.#head * 2 > this.#queue.length) {
      this.#queue.splice(0, this.#head)
      this.#head = 0
    }
  }

  #find(id: string): string {
    let root = id
    while (this.#parent.get(root) !== root) root = this.#parent.get(root)!
    let node = id
    while (node !== root) {
      const next = this.#parent.get(node)!
      this.#parent.set(node, root)
      node = next
    }
    return root
  }

  /**
   * Merges two groups under the older key. The original is the earliest published member; on the
   * same day, the fuller text (rewrites mostly trim the wire copy), then the first seen.
   */
  #union(older: Entry, newer: Entry): void {
    const a = this.#find(older.id)
    const b = this.#find(newer.id)
    if (a === b) return
    // an article without copies has no group state yet: both ends are in the window, so their entries say it
    const state = (root: string, entry: Entry): GroupState =>
      this.#groups.get(root) ?? {
        first: entry.seq,
        original: root,
        originalDay: entry.day,
        originalSize: entry.size,
        members: [root],
      }
    const ga = state(a, older)
    const gb = state(b, newer)
    const [keep, drop, kept, dropped] = ga.first <= gb.first ? [a, b, ga, gb] : [b, a, gb, ga]
    this.#parent.set(drop, keep)
    kept.members.push(...dropped.members)
    const earlier = dropped.originalDay < kept.originalDay
    const fuller = dropped.originalDay === kept.originalDay && dropped.originalSize > kept.originalSize
    if (earlier || fuller) {
      kept.original = dropped.original
      kept.originalDay = dropped.originalDay
      kept.originalSize = dropped.originalSize
    }
    this.#groups.set(keep, kept)
    this.#groups.delete(drop)
  }
}

/** How many bins two signatures agree on; stops early once `needed` can no longer be reached. */
function agreeing(a: Signature, b: Signature, needed: number): number {
  let same = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) same++
    else if (same + (a.length - i - 1) < needed) return same
  }
  return same
}
