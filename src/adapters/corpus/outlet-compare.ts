import {
  type CompiledLexicon,
  compareFraming,
  type FramingComparison,
  type StoryArticle,
} from '../../analysis/stories/index.ts'
import { nameMatches, nameParts } from '../../core/index.ts'
import type { RegistryEntry } from '../../stages/actors/index.ts'
import { articlesInOrder, foldStories, storyArticleOf } from '../cli/commands/stories.ts'
import type { Store } from '../storage/store.ts'

/** What to compare: two or more outlets, over a story, a topic, or all their articles. */
export interface OutletScope {
  readonly outlets: readonly string[]
  readonly topic: string | null
  readonly story: string | null
  readonly since?: string | undefined
  readonly until?: string | undefined
  readonly by?: 'day' | 'week' | 'month'
  readonly evidence?: number
}

export type OutletComparison =
  | { readonly status: 'ok'; readonly comparison: FramingComparison }
  | { readonly status: 'no-story' }
  | { readonly status: 'no-articles'; readonly outlets: readonly string[] }

/** The registry camp of a speaker's name, if the registry labels them. */
export function campLookup(registry: readonly RegistryEntry[]): (name: string) => string | null {
  return (name) => {
    const parts = nameParts(name)
    const entry = registry.find((e) =>
      [e.name, ...(e.aliases ?? [])].some((n) => nameMatches(nameParts(n), parts)),
    )
    return entry?.camp ?? null
  }
}

/** The articles in scope, of the outlets asked for, as the framing module reads them. */
async function scopeArticles(store: Store, scope: OutletScope, campOf: (name: string) => string | null) {
  const wanted = new Set(scope.outlets.map((o) => o.toLowerCase()))
  let ids: string[]
  if (scope.story) {
    const story = (await foldStories(store)).index.story(scope.story)
    if (!story) return undefined
    ids = [...story.articles]
  } else {
    ids = (await articlesInOrder(store)).map((a) => a.id)
  }
  const articles: StoryArticle[] = []
  const seen = new Set<string>()
  for (const id of ids) {
    const stored = await store.getArticle(id)
    if (!stored?.source.outlet) continue
    seen.add(stored.source.outlet.toLowerCase())
    if (!wanted.has(stored.source.outlet.toLowerCase())) continue
    if (scope.since && (!stored.published || stored.published < scope.since)) continue
    if (scope.until && (!stored.published || stored.published > scope.until)) continue
    if (scope.topic && !stored.stances.some((s) => s.topic === scope.topic)) continue
    articles.push(storyArticleOf(stored, campOf))
  }
  return { articles, seen }
}

/**
 * How outlets frame a story, a topic or all they share, read from the store: what `subtext
 * compare` prints and GET /api/compare answers. Reads every article in scope (one fetch each).
 * @example await compareOutlets(store, { outlets: ['A', 'B'], topic: 'iran-us-talks', story: null }, lexicon)
 */
export async function compareOutlets(
  store: Store,
  scope: OutletScope,
  lexicon: CompiledLexicon,
  campOf: (name: string) => string | null = () => null,
): Promise<OutletComparison> {
  const found = await scopeArticles(store, scope, campOf)
  if (!found) return { status: 'no-story' }
  const missing = scope.outlets.filter((o) => !found.seen.has(o.toLowerCase()))
  if (missing.length > 0) return { status: 'no-articles', outlets: missing }
  const comparison = compareFraming(found.articles, scope.outlets, lexicon, {
    story: scope.story,
    topic: scope.topic,
    ...(scope.by ? { by: scope.by } : {}),
    ...(scope.evidence !== undefined ? { evidence: scope.evidence } : {}),
    minShareGap: 0.15,
  })
  return { status: 'ok', comparison }
}
