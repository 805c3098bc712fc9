import { hash32, nameParts } from '../../core/index.ts'
import { dayNumber, isoOfDay, type StoryArticle } from './article.ts'
import { type ArticleFeatures, articleFeatures, Vocabulary } from './article-features.ts'
import {
  type DuplicateGroup,
  DuplicateIndex,
  type DuplicateOptions,
  type DuplicateVerdict,
} from './near-duplicates.ts'
import { PhraseCounts } from './phrase-counts.ts'
import { retain } from './retained.ts'
import {
  emptyProfile,
  foldProfile,
  quoteFrequencies,
  type ScoreParts,
  type StoryProfile,
  statementPart,
  storyKeywords,
  vectorParts,
} from './story-profile.ts'
import { wordsOf } from './words.ts'

/** How articles are assigned to stories; every field has a default. */
export interface StoryOptions {
  /** An article joins only a story with an article at most this many days away (default 4). */
  readonly maxGapDays?: number
  /** ... and only when the story would then span at most this many days (default 21). */
  readonly maxSpanDays?: number
  /** Score lost per day of distance (default 0.08). */
  readonly decayPerDay?: number
  /** Least score to join a story rather than open one (default 0.35) ... */
  readonly threshold?: number
  /**
   * ... raised by this much per doubling of the story beyond eight articles (default 0.04): a big
   * story's profile is broad, so joining it takes more evidence, and stories do not snowball.
   */
  readonly growthPenalty?: number
  /** Weights of shared actors, terms and statements in the score (default 0.4, 0.3, 0.3). */
  readonly weights?: { readonly actors: number; readonly terms: number; readonly statements: number }
  /** A statement trigram carried by more articles than this outside a story is no sign of it (default 8). */
  readonly maxPhraseArticles?: number
  /** Most recent stories looked at per shared actor or term (default 32). */
  readonly maxPosting?: number
  /** Of those, the stories sharing the most weight with the article that are scored (default 24). */
  readonly maxCandidates?: number
  readonly duplicates?: DuplicateOptions
}

/** Where one article went. */
export interface StoryAssignment {
  readonly article: string
  readonly story: string
  /** True when the article opened the story. */
  readonly opened: boolean
  /** The score that decided (1 for a copy of an article already in the story, 0 for an opening). */
  readonly score: number
  readonly parts: ScoreParts | null
  readonly duplicate: DuplicateVerdict
}

/** A story as reported: label, time span and articles. */
export interface StorySummary {
  readonly id: string
  /** Main actors and the words that set the event apart: "Petra Lind, Tomas Garr: dam, kessel". */
  readonly label: string
  readonly actors: readonly string[]
  readonly keywords: readonly string[]
  /** The title of its earliest article that has one (of an original rather than a copy, on the same day). */
  readonly headline: string | null
  readonly first: string
  readonly last: string
  /** Article ids in the order they joined. */
  readonly articles: readonly string[]
  /** Articles once copies are folded into their original. */
  readonly distinct: number
  /** Outlets, most articles first. */
  readonly outlets: readonly string[]
}

interface StoryState {
  readonly id: string
  readonly seq: number
  firstDay: number
  lastDay: number
  readonly members: string[]
  /** Outlets and their articles in the story, in the order first seen (a story has few). */
  readonly outlets: { readonly name: string; articles: number }[]
  /** The running profile while open; null once closed, when only the label is kept. */
  profile: StoryProfile | null
  label: { readonly actors: readonly string[]; readonly keywords: readonly string[] } | null
  /** Titled articles of its earliest day (a few), from which the headline is picked. */
  headlines: { readonly id: string; readonly day: number; readonly text: string }[]
}

const DEFAULTS = {
  maxGapDays: 4,
  maxSpanDays: 21,
  decayPerDay: 0.08,
  threshold: 0.35,
  growthPenalty: 0.04,
  weights: { actors: 0.4, terms: 0.4, statements: 0.3 },
  maxPosting: 32,
  maxCandidates: 24,
  maxPhraseArticles: 8,
}
const SWEEP_EVERY = 256
const POSTED_TERMS = 6

/**
 * Stories built incrementally: each article is folded in once, joins the best-scoring open story
 * near it in time (by shared actors, terms and statements; a copy joins its original's story) or
 * opens a new one. Candidates come from postings by actor and term, so the work per article does
 * not grow with the corpus; stories quiet for longer than the gap are closed, keeping only their label.
 * Deterministic: the same articles in the same order give the same stories and ids.
 * @example
 * const index = new StoryIndex()
 * for (const a of articles) index.add(a)
 * index.stories() // [{ id: 'st-…', label: 'Petra Lind, Tomas Garr: dam, kessel', … }]
 */
export class StoryIndex {
  readonly #opts: typeof DEFAULTS
  readonly #dups: DuplicateIndex
  readonly #vocab = new Vocabulary()
  readonly #phrases = new PhraseCounts()
  readonly #phraseCount = (h: number) => this.#phrases.count(h)
  readonly #stories: StoryState[] = []
  readonly #byId = new Map<string, StoryState>()
  readonly #storyOf = new Map<string, number>()
  readonly #postings = new Map<string, number[]>()
  #open: StoryState[] = []
  #watermark = Number.NEGATIVE_INFINITY
  #added = 0
  #scored = 0

  constructor(options: StoryOptions = {}) {
    this.#opts = { ...DEFAULTS, ...options, weights: { ...DEFAULTS.weights, ...options.weights } }
    const { maxGapDays, maxSpanDays, decayPerDay, threshold, growthPenalty, maxPosting, maxCandidates } =
      this.#opts
    const numbers = {
      maxGapDays,
      maxSpanDays,
      decayPerDay,
      threshold,
      growthPenalty,
      maxPosting,
      maxCandidates,
    }
    for (const [name, v] of Object.entries(numbers)) {
      if (!(typeof v === 'number' && v >= 0 && Number.isFinite(v)))
        throw new RangeError(`stories: expected options.${name} to be a non-negative number, found ${v}`)
    }
    this.#dups = new DuplicateIndex(options.duplicates)
  }

  /** Folds in one article. Adding an article id again changes nothing and returns its story. */
  add(input: StoryArticle): StoryAssignment {
    const article = {
      ...input,
      id: retain(input.id),
      outlet: input.outlet && retain(input.outlet),
      title: input.title && retain(input.title),
    }
    const day = dayNumber(article.published) ?? (Number.isFinite(this.#watermark) ? this.#watermark : 0)
    const seen = this.#storyOf.get(article.id)
    if (seen !== undefined) {
      const duplicate = this.#dups.add({ id: article.id, day, text: article.text })
      return {
        article: article.id,
        story: this.#stories[seen]!.id,
        opened: false,
        score: 1,
        parts: null,
        duplicate,
      }
    }
    const words = wordsOf(article.text)
    const duplicate = this.#dups.add({ id: article.id, day, text: article.text, words })
    this.#watermark = Math.max(this.#watermark, day)
    const features = articleFeatures(article, this.#vocab, words)
    this.#vocab.count(features.actors.keys(), features.terms.keys())
    const copyOf = duplicate.of === null ? undefined : this.#storyOf.get(duplicate.of)
    const copied = copyOf === undefined ? undefined : this.#stories[copyOf]
    const best = copied?.profile ? { story: copied, score: 1, parts: null } : this.#best(features, day)
    const story = best?.story ?? this.#openStory(article.id, day)
    this.#join(story, article, features, day)
    this.#phrases.add(features.quotes.flatMap((q) => [...q.shingles]))
    if (++this.#added % SWEEP_EVERY === 0) this.#sweep()
    return {
      article: article.id,
      story: story.id,
      opened: !best,
      score: best?.score ?? 0,
      parts: best?.parts ?? null,
      duplicate,
    }
  }

  /** Every story, in the order opened. */
  stories(): StorySummary[] {
    return this.#stories.map((s) => this.#summary(s))
  }

  /** One story by id. */
  story(id: string): StorySummary | undefined {
    const s = this.#byId.get(id)
    return s && this.#summary(s)
  }

  /** The id of the story an article joined. */
  storyOf(articleId: string): string | undefined {
    const seq = this.#storyOf.get(articleId)
    return seq === undefined ? undefined : this.#stories[seq]!.id
  }

  /** The article's group of copies (itself alone when it has none). */
  duplicateGroup(articleId: string): DuplicateGroup | undefined {
    return this.#dups.groupOf(articleId)
  }

  /** Figures for benchmarks. */
  stats() {
    return {
      stories: this.#stories.length,
      open: this.#open.length,
      postings: this.#postings.size,
      vocabulary: this.#vocab.size,
      storiesScored: this.#scored,
      ...this.#dups.stats(),
    }
  }

  #best(f: ArticleFeatures, day: number): { story: StoryState; score: number; parts: ScoreParts } | null {
    const { weights, threshold, decayPerDay } = this.#opts
    const frequencies = quoteFrequencies(f, this.#phraseCount)
    let best: { story: StoryState; score: number; parts: ScoreParts } | null = null
    for (const story of this.#candidates(f, day)) {
      this.#scored++
      const { actors, terms } = vectorParts(f, story.profile!)
      const decay = Math.max(0, 1 - decayPerDay * this.#gap(story, day))
      const partial = weights.actors * actors + weights.terms * terms
      // statements are the costly part: skip them when even all of them could not win
      const needed = threshold + this.#opts.growthPenalty * Math.log2(1 + story.members.length / 8)
      if (decay * (partial + weights.statements) < Math.max(needed, best?.score ?? 0)) continue
      const statements = statementPart(f, frequencies, story.profile!, this.#opts.maxPhraseArticles)
      if (actors === 0 && statements === 0) continue
      const score = decay * (partial + weights.statements * statements)
      if (
        score >= threshold &&
        (!best || score > best.score || (score === best.score && story.seq < best.story.seq))
      )
        best = { story, score, parts: { actors, terms, statements } }
    }
    return best
  }

  /**
   * Open stories near in time that share the article's actors or heaviest terms, the newest
   * `maxPosting` per key; of those, the `maxCandidates` sharing the most weight are scored.
   */
  #candidates(f: ArticleFeatures, day: number): StoryState[] {
    const shared = new Map<StoryState, number>()
    for (const [key, weight] of postingKeys(f)) {
      const list = this.#postings.get(key)
      if (!list) continue
      for (let i = list.length - 1; i >= Math.max(0, list.length - this.#opts.maxPosting); i--) {
        const story = this.#stories[list[i]!]!
        if (!story.profile || this.#gap(story, day) > this.#opts.maxGapDays) continue
        if (Math.max(story.lastDay, day) - Math.min(story.firstDay, day) <= this.#opts.maxSpanDays)
          shared.set(story, (shared.get(story) ?? 0) + weight)
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || b[0].seq - a[0].seq)
      .slice(0, this.#opts.maxCandidates)
      .map(([story]) => story)
  }

  #gap(story: StoryState, day: number): number {
    return Math.max(0, day - story.lastDay, story.firstDay - day)
  }

  #openStory(articleId: string, day: number): StoryState {
    let id = `st-${hash32(articleId)}`
    for (let n = 2; this.#byId.has(id); n++) id = `st-${hash32(articleId)}-${n}`
    const story: StoryState = {
      id,
      seq: this.#stories.length,
      firstDay: day,
      lastDay: day,
      members: [],
      outlets: [],
      profile: emptyProfile(),
      label: null,
      headlines: [],
    }
    this.#stories.push(story)
    this.#byId.set(id, story)
    this.#open.push(story)
    return story
  }

  #join(story: StoryState, article: StoryArticle, f: ArticleFeatures, day: number): void {
    story.members.push(article.id)
    story.firstDay = Math.min(story.firstDay, day)
    story.lastDay = Math.max(story.lastDay, day)
    if (article.outlet) {
      const seen = story.outlets.find((o) => o.name === article.outlet)
      if (seen) seen.articles++
      else story.outlets.push({ name: article.outlet, articles: 1 })
    }
    const first = story.headlines[0]
    if (article.title && (!first || day <= first.day)) {
      if (first && day < first.day) story.headlines = []
      if (story.headlines.length < 8) story.headlines.push({ id: article.id, day, text: article.title })
    }
    if (story.profile) foldProfile(story.profile, f)
    this.#storyOf.set(article.id, story.seq)
    for (const [key] of postingKeys(f)) {
      const list = this.#postings.get(key)
      if (!list) this.#postings.set(key, [story.seq])
      else if (list[list.length - 1] !== story.seq) {
        list.push(story.seq)
        if (list.length > 2 * this.#opts.maxPosting) list.splice(0, list.length - this.#opts.maxPosting)
      }
    }
  }

  /** Closes stories too quiet (or too long) to take new articles: their profile gives way to the label. */
  #sweep(): void {
    const oldest = this.#watermark - this.#opts.maxGapDays - 1
    const earliest = this.#watermark - this.#opts.maxSpanDays
    this.#open = this.#open.filter((s) => {
      if (s.lastDay >= oldest && s.firstDay >= earliest) return true
      s.label = labelOf(s)
      s.profile = null
      return false
    })
  }

  /** The earliest title, an original's over a copy's. */
  #headline(s: StoryState): string | null {
    const original = s.headlines.find((h) => this.#dups.groupOf(h.id)?.original === h.id)
    return (original ?? s.headlines[0])?.text ?? null
  }

  #summary(s: StoryState): StorySummary {
    const { actors, keywords } = s.label ?? labelOf(s)
    const label = actors.length > 0 ? `${actors.join(', ')}: ${keywords.join(', ')}` : keywords.join(', ')
    const groups = new Set(s.members.map((m) => this.#dups.groupOf(m)?.key ?? m))
    return {
      id: s.id,
      label,
      actors,
      keywords,
      headline: this.#headline(s),
      first: isoOfDay(s.firstDay),
      last: isoOfDay(s.lastDay),
      articles: [...s.members],
      distinct: groups.size,
      outlets: [...s.outlets].sort((a, b) => b.articles - a.articles).map((o) => o.name),
    }
  }
}

/** A story's main actors (named in more than half its articles, at least the first) and event words. */
function labelOf(s: StoryState): { actors: string[]; keywords: string[] } {
  if (!s.profile) return { actors: [], keywords: [] }
  const actors = [...s.profile.actors.values()]
    .sort((a, b) => b.count - a.count || b.weight - a.weight)
    .filter((a, i) => i === 0 || a.count * 2 > s.members.length)
    .slice(0, 3)
    .map((a) => a.name)
  return { actors, keywords: storyKeywords(s.profile, new Set(actors.flatMap((n) => nameParts(n))), 4) }
}

/** The postings an article is found under, with its weight on each: its actors and its heaviest terms. */
function postingKeys(f: ArticleFeatures): [string, number][] {
  const keys: [string, number][] = [...f.actors].map(([k, a]) => [`a:${k}`, a.weight])
  for (const t of f.topTerms.slice(0, POSTED_TERMS)) keys.push([`t:${t}`, f.terms.get(t) ?? 0])
  return keys
}
