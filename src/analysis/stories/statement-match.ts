import { nameMatches, nameParts } from '../../core/index.ts'
import { isContentWord, STOPWORDS, statementWords } from './words.ts'

/** One reported wording of a statement, in one article. */
export interface StatementQuote {
  readonly articleId: string
  readonly outlet: string | null
  readonly quoteId: string
  readonly text: string
  readonly speaker: string | null
}

/** One statement as several articles report it. */
export interface MatchedStatement {
  /** The quote id of its first wording. */
  readonly id: string
  readonly speaker: string | null
  /** Its longest wording. */
  readonly text: string
  readonly quotes: readonly StatementQuote[]
  /** Outlets that carried it, in the order of its wordings. */
  readonly outlets: readonly string[]
  readonly articles: readonly string[]
}

export interface MatchOptions {
  /** Least weighted share of the shorter wording found, in order, in the longer (default 0.6). */
  readonly minCoverage?: number
  /** Least number of content words the two wordings share in that order (default 3). */
  readonly minShared?: number
}

/** How two wordings compare: the weighted share of the shorter found in order in the longer. */
export interface WordingSimilarity {
  readonly coverage: number
  /** Content words in the common subsequence. */
  readonly shared: number
}

const FUNCTION_WEIGHT = 0.3
const weightOf = (w: string): number => (STOPWORDS.has(w) || w.length <= 2 ? FUNCTION_WEIGHT : 1)

/**
 * Compares two wordings by the longest common subsequence of their words (contractions expanded,
 * stemmed), function words counting less: truncation, punctuation and small changes of
 * translation keep most of the shorter wording in order.
 * @example wordingSimilarity('We will not negotiate.', "we won't negotiate").coverage // 1
 */
export function wordingSimilarity(a: string, b: string): WordingSimilarity {
  return similarityOfWords(statementWords(a), statementWords(b))
}

function similarityOfWords(a: readonly string[], b: readonly string[]): WordingSimilarity {
  const total = (ws: readonly string[]) => ws.reduce((s, w) => s + weightOf(w), 0)
  const shorter = Math.min(total(a), total(b))
  if (shorter === 0) return { coverage: 0, shared: 0 }
  // rows of (weight, content words) over prefixes of b
  let prev = Array.from({ length: b.length + 1 }, () => [0, 0] as [number, number])
  for (let i = 1; i <= a.length; i++) {
    const cur: [number, number][] = [[0, 0]]
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!
      const left = cur[j - 1]!
      let best = up[0] >= left[0] ? up : left
      if (a[i - 1] === b[j - 1]) {
        const diag = prev[j - 1]!
        const w = weightOf(a[i - 1]!)
        if (diag[0] + w > best[0]) best = [diag[0] + w, diag[1] + (w === 1 ? 1 : 0)]
      }
      cur.push(best)
    }
    prev = cur
  }
  const [weight, shared] = prev[b.length]!
  return { coverage: Math.min(1, weight / shorter), shared }
}

const compatibleSpeakers = (a: string | null, b: string | null): boolean => {
  if (!a || !b) return true
  const pa = nameParts(a)
  const pb = nameParts(b)
  return nameMatches(pa, pb) || nameMatches(pb, pa)
}

/**
 * Groups wordings that report one statement: across articles, with compatible speakers (either
 * unknown, or names that can be one person) and similar words ({@link wordingSimilarity}).
 * Candidates are pairs sharing content words, found through an inverted index.
 */
export function matchStatements(
  quotes: readonly StatementQuote[],
  options: MatchOptions = {},
): MatchedStatement[] {
  const minCoverage = options.minCoverage ?? 0.6
  const minShared = options.minShared ?? 3
  const words = quotes.map((q) => statementWords(q.text))
  const parent = quotes.map((_, i) => i)
  // a group's known speaker, so that an unnamed wording cannot bridge two people
  const speakerOf = quotes.map((q) => q.speaker)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  for (const [i, j] of candidatePairs(words, minShared)) {
    const qi = quotes[i]!
    const qj = quotes[j]!
    if (qi.articleId === qj.articleId || !compatibleSpeakers(qi.speaker, qj.speaker)) continue
    const [ri, rj] = [find(i), find(j)]
    if (ri === rj || !compatibleSpeakers(speakerOf[ri]!, speakerOf[rj]!)) continue
    const sim = similarityOfWords(words[i]!, words[j]!)
    if (sim.coverage < minCoverage || sim.shared < minShared) continue
    parent[rj] = ri
    speakerOf[ri] = speakerOf[ri] ?? speakerOf[rj]!
  }
  const groups = new Map<number, number[]>()
  quotes.forEach((_, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), i])
  })
  return [...groups.values()]
    .sort((x, y) => x[0]! - y[0]!)
    .map((members) => toStatement(members.map((i) => quotes[i]!)))
}

/** Pairs (i < j) whose wordings share at least `minShared` distinct content words. */
function candidatePairs(words: readonly string[][], minShared: number): [number, number][] {
  const postings = new Map<string, number[]>()
  words.forEach((ws, i) => {
    for (const w of new Set(ws.filter(isContentWord))) postings.set(w, [...(postings.get(w) ?? []), i])
  })
  const pairs: [number, number][] = []
  words.forEach((ws, i) => {
    const shared = new Map<number, number>()
    for (const w of new Set(ws.filter(isContentWord)))
      for (const j of postings.get(w) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1)
    for (const [j, n] of shared) if (n >= minShared) pairs.push([i, j])
  })
  return pairs
}

function toStatement(qs: readonly StatementQuote[]): MatchedStatement {
  const longest = qs.reduce((a, b) => (b.text.length > a.text.length ? b : a))
  const unique = (xs: readonly (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))]
  return {
    id: qs[0]!.quoteId,
    speaker: qs.find((q) => q.speaker)?.speaker ?? null,
    text: longest.text,
    quotes: qs,
    outlets: unique(qs.map((q) => q.outlet)),
    articles: unique(qs.map((q) => q.articleId)),
  }
}
