/**
 * The queries the store bench times, drawn from what was ingested: speakers who are quoted often
 * (as an analyst would type them: full name or surname) and words that occur often in quotations.
 * @module
 */
import { createRng, type Rng } from '../scripts/corpus/random.ts'
import type { Analyzed } from '../src/core/index.ts'

/** Words too common to be worth a search, and too short to be a word an analyst types. */
const STOPWORDS = new Set(
  `that this with from have will would they their there were been what which when about said says
  into than them then also more most over only other some such very could should just does your
  because these those after before while where being here must many much cannot`.split(/\s+/),
)

/** Quotation texts kept for drawing word queries: a fixed-size uniform sample (reservoir). */
const RESERVOIR = 2000
/** Queries draw from this many of the most quoted names and most frequent words. */
const TOP = 100

/** Counts names and words while articles are ingested, then draws queries from the most frequent. */
export class QuerySampler {
  private readonly speakers = new Map<string, number>()
  private readonly words = new Map<string, number>()
  private readonly quotes: string[] = []
  private seen = 0
  private readonly rng: Rng

  constructor(seed: string) {
    this.rng = createRng(seed, 'queries')
  }

  /** Counts one analysed article's quoted speakers and the words of its quotations. */
  add(doc: Analyzed): void {
    const names = new Map(doc.actors.map((a) => [a.id as string, a]))
    for (const q of doc.quotes) {
      const actor = q.speaker?.actor ? names.get(q.speaker.actor) : undefined
      if (actor?.kind === 'person') this.speakers.set(actor.name, (this.speakers.get(actor.name) ?? 0) + 1)
      const text = doc.text.slice(q.span.start, q.span.end)
      for (const w of new Set(wordsOf(text))) this.words.set(w, (this.words.get(w) ?? 0) + 1)
      this.keep(text)
    }
  }

  /** `n` actor queries: a frequently quoted person's full name or, half the time, surname. */
  actorQueries(n: number): string[] {
    const top = topKeys(this.speakers, TOP)
    if (top.length === 0) return []
    return Array.from({ length: n }, () => {
      const name = this.rng.pick(top)
      return this.rng.chance(0.5) ? name : (name.split(/\s+/).at(-1) ?? name)
    })
  }

  /** `n` search queries: one or two frequent words that occur together in a sampled quotation. */
  searchQueries(n: number): string[] {
    const frequent = new Set(topKeys(this.words, TOP))
    const pools = this.quotes.map((q) => [...new Set(wordsOf(q))].filter((w) => frequent.has(w)))
    const usable = pools.filter((p) => p.length > 0)
    if (usable.length === 0) return []
    return Array.from({ length: n }, () => {
      const pool = this.rng.pick(usable)
      const count = pool.length > 1 && this.rng.chance(0.5) ? 2 : 1
      return this.rng.sample(pool, count).join(' ')
    })
  }

  private keep(text: string): void {
    this.seen++
    if (this.quotes.length < RESERVOIR) this.quotes.push(text)
    else {
      const j = this.rng.int(0, this.seen - 1)
      if (j < RESERVOIR) this.quotes[j] = text
    }
  }
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOPWORDS.has(w))
}

function topKeys(counts: ReadonlyMap<string, number>, n: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k]) => k)
}
