/**
 * A story's running profile of actors, terms and statements, and the score of an article against it.
 * @module
 */
import type { ArticleFeatures } from './article-features.ts'
import { mix32 } from './shingles.ts'

/** A story's running profile: summed article vectors, kept bounded. */
export interface StoryProfile {
  /** Actor match key → name, articles naming it and summed weight (what the label ranks by). */
  readonly actors: Map<string, { name: string; count: number; weight: number }>
  terms: Map<string, number>
  /** How many of the story's articles have each kept term among their top terms. */
  readonly docs: Map<string, number>
  readonly surface: Map<string, string>
  /**
   * Statement trigrams, salted with the speaker (0 when unknown), so that the same words from
   * someone else do not count; and unsalted, for statements whose speaker an article does not name.
   */
  readonly quoteShingles: Set<number>
  /** Unsalted trigram → how many of the story's articles carry it. */
  readonly anyoneShingles: Map<number, number>
  /** Squared norms of the actor and term vectors, kept with them. */
  actorNorm2: number
  termNorm2: number
}

/** A profile with nothing in it. */
export const emptyProfile = (): StoryProfile => ({
  actors: new Map(),
  terms: new Map(),
  docs: new Map(),
  surface: new Map(),
  quoteShingles: new Set(),
  anyoneShingles: new Map(),
  actorNorm2: 0,
  termNorm2: 0,
})

/** A statement trigram tied to its speaker. */
const salted = (h: number, speaker: number): number => (speaker === 0 ? h : mix32(h ^ speaker))

const STORY_TERMS = 50
const STORY_ACTORS = 100
const STORY_SHINGLES = 6000
const FOLDED_TERMS = 25

const byWeight = (a: readonly [string, number], b: readonly [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : 1)

/** Folds an article's features into a story's profile, keeping the profile bounded. */
export function foldProfile(profile: StoryProfile, f: ArticleFeatures): void {
  for (const [key, a] of f.actors) {
    const seen = profile.actors.get(key)
    if (seen) {
      seen.count++
      seen.weight += a.weight
    } else profile.actors.set(key, { name: a.name, count: 1, weight: a.weight })
  }
  if (profile.actors.size > STORY_ACTORS + STORY_ACTORS / 2) {
    const kept = [...profile.actors].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
    for (const [key] of kept.slice(STORY_ACTORS)) profile.actors.delete(key)
  }
  let actorNorm2 = 0
  for (const a of profile.actors.values()) actorNorm2 += a.weight * a.weight
  profile.actorNorm2 = actorNorm2
  for (const t of f.topTerms.slice(0, FOLDED_TERMS)) {
    profile.terms.set(t, (profile.terms.get(t) ?? 0) + (f.terms.get(t) ?? 0))
    profile.docs.set(t, (profile.docs.get(t) ?? 0) + 1)
    if (!profile.surface.has(t)) profile.surface.set(t, f.surface.get(t) ?? t)
  }
  // pruned now and then rather than on every article: sorting is the costly part
  if (profile.terms.size > STORY_TERMS + STORY_TERMS / 2)
    profile.terms = new Map([...profile.terms].sort(byWeight).slice(0, STORY_TERMS))
  pruneProfile(profile)
  for (const q of f.quotes) {
    if (profile.anyoneShingles.size >= STORY_SHINGLES) break
    for (const h of new Set(q.shingles)) {
      profile.quoteShingles.add(salted(h, q.speaker))
      profile.anyoneShingles.set(h, (profile.anyoneShingles.get(h) ?? 0) + 1)
    }
  }
}

/** Drops what belongs to terms no longer kept, and recomputes the term norm. */
export function pruneProfile(profile: StoryProfile): void {
  if (profile.surface.size > profile.terms.size)
    for (const t of profile.surface.keys()) if (!profile.terms.has(t)) profile.surface.delete(t)
  if (profile.docs.size > profile.terms.size)
    for (const t of profile.docs.keys()) if (!profile.terms.has(t)) profile.docs.delete(t)
  let norm2 = 0
  for (const w of profile.terms.values()) norm2 += w * w
  profile.termNorm2 = norm2
}

/**
 * The words that best name a story's event: its heaviest terms, weighted by how many of its
 * articles share them, leaving out the words of names already in the label.
 */
export function storyKeywords(profile: StoryProfile, leaveOut: ReadonlySet<string>, n: number): string[] {
  return [...profile.terms]
    .map(([t, w]) => [t, w * (profile.docs.get(t) ?? 1)] as const)
    .sort(byWeight)
    .map(([t]) => profile.surface.get(t) ?? t)
    .filter((w) => !leaveOut.has(w))
    .slice(0, n)
}

/** The parts of an article-to-story score, each in [0, 1]. */
export interface ScoreParts {
  /** Cosine of the article's actors (prominence × rarity) and the story's. */
  readonly actors: number
  /** Cosine of the article's and the story's term weights. */
  readonly terms: number
  /**
   * Statements the story already carries, by containment of their distinctive trigrams: each from
   * the same speaker counts 0.5, each with the speaker unnamed on one side 0.25; at most 1.
   */
  readonly statements: number
}

/** A statement trigram's count of carrying articles, corpus-wide (see PhraseCounts). */
export type PhraseFrequency = (h: number) => number

/** Per quotation of an article, each trigram's count of carrying articles: read once, used for every story. */
export function quoteFrequencies(f: ArticleFeatures, df: PhraseFrequency): Uint16Array[] {
  return f.quotes.map((q) => Uint16Array.from(q.shingles, df))
}

/**
 * Whether the story carries a statement: most of its distinctive trigrams are there, from the same
 * speaker (1), or with a speaker unnamed on one side (0.5); else 0. A trigram is distinctive when
 * few articles outside the story carried it: stock phrases and slogans repeated everywhere are no
 * sign of one event.
 */
function carried(
  q: ArticleFeatures['quotes'][number],
  counts: Uint16Array,
  profile: StoryProfile,
  maxOutside: number,
): number {
  let distinctive = 0
  let same = 0
  let unnamed = 0
  for (let i = 0; i < q.shingles.length; i++) {
    const h = q.shingles[i]!
    const here = profile.anyoneShingles.get(h) ?? 0
    if (counts[i]! - here > maxOutside) continue
    distinctive++
    if (here === 0) continue
    if (q.speaker === 0) unnamed++
    else if (profile.quoteShingles.has(salted(h, q.speaker))) same++
    else if (profile.quoteShingles.has(salted(h, 0))) unnamed++
  }
  const enough = (n: number) => n >= 3 && n / distinctive >= 0.5
  return enough(same) ? 1 : enough(same + unnamed) ? 0.5 : 0
}

/** The actor and term cosines of an article against a story: each loop runs over the smaller side. */
export function vectorParts(f: ArticleFeatures, profile: StoryProfile): Pick<ScoreParts, 'actors' | 'terms'> {
  let actorDot = 0
  for (const [key, a] of f.actors) actorDot += a.weight * (profile.actors.get(key)?.weight ?? 0)
  let termDot = 0
  for (const [t, w] of profile.terms) termDot += w * (f.terms.get(t) ?? 0)
  return {
    actors: profile.actorNorm2 === 0 ? 0 : Math.min(1, actorDot / Math.sqrt(profile.actorNorm2)),
    terms: profile.termNorm2 === 0 ? 0 : Math.min(1, termDot / Math.sqrt(profile.termNorm2)),
  }
}

/** The statements part of the score, from the article's {@link quoteFrequencies}. */
export function statementPart(
  f: ArticleFeatures,
  frequencies: readonly Uint16Array[],
  profile: StoryProfile,
  maxOutside = 8,
): number {
  let statements = 0
  f.quotes.forEach((q, i) => {
    statements += carried(q, frequencies[i]!, profile, maxOutside)
  })
  return Math.min(1, statements / 2)
}
