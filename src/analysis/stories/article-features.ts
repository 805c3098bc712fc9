/**
 * What story assignment reads from an article: its actors by prominence and rarity, its terms by
 * tf-idf, its statements as word trigrams; and the corpus vocabulary that weighs them.
 * @module
 */
import { nameParts, romanised } from '../../core/index.ts'
import type { StoryActor, StoryArticle } from './article.ts'
import { retain } from './retained.ts'
import { hashWord, shingleHashes } from './shingles.ts'
import { isContentWord, statementWords, stem, wordsOf } from './words.ts'

/**
 * Document frequencies seen so far, for inverse weights (rare actors and words say more), and a
 * cache of actor keys. Owned by one index: nothing is shared between indexes.
 */
export class Vocabulary {
  #articles = 0
  readonly #terms = new Map<string, number>()
  readonly #actors = new Map<string, number>()
  readonly #actorKeys = new Map<string, string>()

  /**
   * ln((N + 100) / (df + 1)): high for terms few articles have. The 100 articles of prior keep a
   * small corpus, where every article names the same few people, from weighing them as noise.
   */
  termIdf(term: string): number {
    return Math.log((this.#articles + 100) / ((this.#terms.get(term) ?? 0) + 1))
  }

  /** As {@link termIdf}, for an actor match key. */
  actorIdf(key: string): number {
    return Math.log((this.#articles + 100) / ((this.#actors.get(key) ?? 0) + 1))
  }

  /** Counts one article's distinct actor keys and terms. */
  count(actors: Iterable<string>, terms: Iterable<string>): void {
    this.#articles++
    for (const k of actors) this.#actors.set(k, (this.#actors.get(k) ?? 0) + 1)
    for (const t of terms) this.#terms.set(t, (this.#terms.get(t) ?? 0) + 1)
  }

  /** {@link actorMatchKey}, remembered. */
  actorKey(actor: Pick<StoryActor, 'key' | 'name' | 'kind'>): string {
    const memo = `${actor.kind ?? ''}\u0000${actor.key}\u0000${actor.name}`
    let key = this.#actorKeys.get(memo)
    if (key === undefined) {
      key = actorMatchKey(actor)
      // a cache, not a record: emptied now and then so that it never grows with the corpus
      if (this.#actorKeys.size >= ACTOR_KEY_CACHE) this.#actorKeys.clear()
      this.#actorKeys.set(retain(memo), key)
    }
    return key
  }

  /** Distinct terms and actors seen. */
  get size(): number {
    return this.#terms.size + this.#actors.size
  }
}

/** An actor key that survives spelling and fullness: a person's romanised surname, an org's key. */
export function actorMatchKey(actor: Pick<StoryActor, 'key' | 'name' | 'kind'>): string {
  if (actor.kind === 'org') return retain(`org:${actor.key}`)
  const parts = nameParts(actor.name)
  return retain(parts.length > 0 ? `p:${romanised(parts[parts.length - 1]!)}` : `p:${actor.key}`)
}

/** An article as assignment sees it. Weight vectors are L2-normalised. */
export interface ArticleFeatures {
  /** Actor match key → name, and weight: prominence (mentions; speakers double) × rarity. */
  readonly actors: ReadonlyMap<string, { readonly name: string; readonly weight: number }>
  /** Stemmed content word → tf-idf weight, over all its terms. */
  readonly terms: ReadonlyMap<string, number>
  /** Its heaviest terms, heaviest first: what it is posted under and what it adds to a story. */
  readonly topTerms: readonly string[]
  /** A readable form of each top term (its first spelling in the article). */
  readonly surface: ReadonlyMap<string, string>
  /** Per statement of at least four words: its word-trigram hashes and its speaker's hash (0 when unknown). */
  readonly quotes: readonly { readonly shingles: Uint32Array; readonly speaker: number }[]
}

const TOP_TERMS = 40
const ACTOR_KEY_CACHE = 20000
const TITLE_WEIGHT = 3

/** Term counts by stem (title words weigh more), with a spelling of each; each distinct word is read once. */
function termCounts(title: string | null, words: readonly string[]) {
  const raw = new Map<string, number>()
  for (const w of words) raw.set(w, (raw.get(w) ?? 0) + 1)
  if (title) for (const w of wordsOf(title)) raw.set(w, (raw.get(w) ?? 0) + TITLE_WEIGHT)
  const counts = new Map<string, number>()
  const surface = new Map<string, string>()
  for (const [word, n] of raw) {
    const w = word.includes("'") ? word.replace(/'s?$/, '') : word
    if (!isContentWord(w)) continue
    const s = stem(w)
    const seen = counts.get(s)
    counts.set(s, (seen ?? 0) + n)
    if (seen === undefined) surface.set(s, w)
  }
  return { counts, surface }
}

function actorWeights(article: StoryArticle, vocab: Vocabulary) {
  const speakers = new Set(article.quotes.map((q) => q.speakerKey))
  const prominence = new Map<string, { name: string; weight: number }>()
  for (const a of article.actors) {
    const key = vocab.actorKey(a)
    const weight = (1 + Math.log(Math.max(1, a.mentions ?? 1))) * (speakers.has(a.key) ? 2 : 1)
    if ((prominence.get(key)?.weight ?? 0) < weight) prominence.set(key, { name: retain(a.name), weight })
  }
  const weighted = [...prominence].map(
    ([key, a]) => [key, { name: a.name, weight: a.weight * vocab.actorIdf(key) }] as const,
  )
  const norm = Math.hypot(...weighted.map(([, a]) => a.weight)) || 1
  return new Map(weighted.map(([key, a]) => [key, { name: a.name, weight: a.weight / norm }]))
}

const heavier = (a: readonly [string, number], b: readonly [string, number]) =>
  a[1] > b[1] || (a[1] === b[1] && a[0] < b[0])

/** The keys of the `k` heaviest entries, heaviest first (ties by key), without sorting them all. */
function topOf(entries: readonly (readonly [string, number])[], k: number): string[] {
  const top: (readonly [string, number])[] = []
  for (const e of entries) {
    if (top.length === k && !heavier(e, top[k - 1]!)) continue
    let i = top.length
    while (i > 0 && heavier(e, top[i - 1]!)) i--
    top.splice(i, 0, e)
    if (top.length > k) top.pop()
  }
  return top.map(([t]) => t)
}

/**
 * Reads an article's features, weighting by the vocabulary as it stands (before this article).
 * `words` are the article text's words ({@link wordsOf}), when the caller has them already.
 */
export function articleFeatures(
  article: StoryArticle,
  vocab: Vocabulary,
  words = wordsOf(article.text),
): ArticleFeatures {
  const actors = actorWeights(article, vocab)
  const { counts, surface } = termCounts(article.title, words)
  const weighted: [string, number][] = []
  let norm = 0
  for (const [t, n] of counts) {
    const w = (1 + Math.log(n)) * vocab.termIdf(t)
    weighted.push([t, w])
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  const terms = new Map(weighted.map(([t, w]) => [t, w / norm]))
  const topTerms = topOf(weighted, TOP_TERMS)
  const actorOf = new Map(article.actors.map((a) => [a.key, a]))
  const quotes = article.quotes.flatMap((q) => {
    const words = statementWords(q.text)
    if (words.length < 4) return []
    const actor = q.speakerKey === null ? undefined : actorOf.get(q.speakerKey)
    const speaker = actor
      ? vocab.actorKey(actor)
      : q.speaker
        ? vocab.actorKey({ key: q.speaker, name: q.speaker })
        : null
    return [{ shingles: shingleHashes(words, 3), speaker: speaker === null ? 0 : hashWord(speaker) || 1 }]
  })
  return {
    actors,
    terms,
    topTerms,
    surface: new Map(topTerms.map((t) => [t, retain(surface.get(t) ?? t)])),
    quotes,
  }
}
