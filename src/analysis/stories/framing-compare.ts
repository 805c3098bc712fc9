import { isoWeek } from '../positions.ts'
import type { StoryArticle } from './article.ts'
import { type Evidence, type OutletFraming, outletFraming } from './framing.ts'
import type { CompiledLexicon } from './lexicon.ts'

/** One way the outlets differ, as figures per outlet with the sentences behind them. */
export interface FramingDifference {
  readonly dimension: 'attribution' | 'loaded' | 'voices' | 'camps' | 'stance'
  /** The verb, term, actor, camp or stance label ('neutral verbs' for the share of neutral cues). */
  readonly item: string
  readonly unit: 'count' | 'share' | 'per-1000-words'
  /** Outlet → figure, in the order the outlets were asked for. */
  readonly figures: Readonly<Record<string, number>>
  /** How far apart the outlets are: the largest figure less the smallest (in the unit's terms). */
  readonly gap: number
  readonly evidence: readonly Evidence[]
}

/** One period of a topic's coverage, per outlet. */
export interface TimelineRow {
  readonly period: string
  readonly outlet: string
  readonly articles: number
  readonly statements: number
  readonly neutralShare: number
  readonly loadedPerThousandWords: number
  readonly topVoices: readonly string[]
}

export interface FramingComparison {
  readonly outlets: readonly string[]
  readonly scope: { readonly story: string | null; readonly topic: string | null }
  readonly profiles: readonly OutletFraming[]
  readonly differences: readonly FramingDifference[]
  readonly timeline: readonly TimelineRow[]
}

export interface CompareOptions {
  readonly story?: string | null
  readonly topic?: string | null
  /** Timeline periods (default month). */
  readonly by?: 'day' | 'week' | 'month'
  readonly evidence?: number
  /** Least gap in share (default 0.15) or count (default 1) for a difference to be reported. */
  readonly minShareGap?: number
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits
const sameOutlet = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase()

interface Item {
  readonly figure: number
  readonly evidence: readonly Evidence[]
}

/** Builds one difference from per-outlet items, or null when the outlets are close. */
function difference(
  dimension: FramingDifference['dimension'],
  item: string,
  unit: FramingDifference['unit'],
  rows: PerOutlet,
  minGap: number,
): FramingDifference | null {
  const figures = Object.fromEntries(rows.map(([o, x]) => [o, x?.figure ?? 0]))
  const values = Object.values(figures)
  const gap = round(Math.max(...values) - Math.min(...values))
  if (gap < minGap) return null
  // the sentences of the outlets that use it most come first
  const evidence = [...rows]
    .sort((a, b) => (b[1]?.figure ?? 0) - (a[1]?.figure ?? 0))
    .flatMap(([, x]) => x?.evidence ?? [])
  return { dimension, item, unit, figures, gap, evidence }
}

/** Every distinct key of some list across the profiles, in first-seen order. */
function keysOf<T>(
  profiles: readonly OutletFraming[],
  list: (p: OutletFraming) => readonly T[],
  key: (t: T) => string,
) {
  return [...new Set(profiles.flatMap((p) => list(p).map(key)))]
}

type PerOutlet = readonly (readonly [string, Item | undefined])[]

/** Each profile's item (or undefined when the outlet has none), as figure and sentences. */
function perOutlet<T>(
  profiles: readonly OutletFraming[],
  find: (p: OutletFraming) => T | undefined,
  item: (t: T) => Item,
): PerOutlet {
  return profiles.map((p) => {
    const t = find(p)
    return [p.outlet, t === undefined ? undefined : item(t)] as const
  })
}

/** The share of neutral cues, and each verb some outlet uses and another does not (or much less). */
function attributionDifferences(profiles: readonly OutletFraming[], minShare: number) {
  const out = [
    difference(
      'attribution',
      'neutral verbs',
      'share',
      perOutlet(
        profiles,
        (p) => p.attribution,
        (a) => ({ figure: a.neutralShare, evidence: [] }),
      ),
      minShare,
    ),
  ]
  for (const verb of keysOf(
    profiles,
    (p) => p.attribution.verbs,
    (v) => v.verb,
  )) {
    const find = (p: OutletFraming) => p.attribution.verbs.find((v) => v.verb === verb)
    const shares = profiles.map((p) => find(p)?.share ?? 0)
    if (profiles.some((p) => !find(p)) || Math.max(...shares) - Math.min(...shares) >= minShare)
      out.push(
        difference(
          'attribution',
          verb,
          'count',
          perOutlet(profiles, find, (v) => ({ figure: v.count, evidence: v.evidence })),
          1,
        ),
      )
  }
  return out
}

/** The rate of loaded terms, and each term one outlet uses in its own voice and another not (or half as often). */
function loadedDifferences(profiles: readonly OutletFraming[]) {
  const out = [
    difference(
      'loaded',
      'own-voice loaded terms',
      'per-1000-words',
      perOutlet(
        profiles,
        (p) => p.loaded,
        (l) => ({ figure: l.perThousandWords, evidence: [] }),
      ),
      1,
    ),
  ]
  for (const term of keysOf(
    profiles,
    (p) => p.loaded.terms,
    (t) => t.term,
  )) {
    const find = (p: OutletFraming) => p.loaded.terms.find((t) => t.term === term)
    const own = profiles.map((p) => find(p)?.ownVoice ?? 0)
    const [least, most] = [Math.min(...own), Math.max(...own)]
    if ((least === 0 && most > 0) || (most >= 2 * least && most - least >= 2))
      out.push(
        difference(
          'loaded',
          term,
          'count',
          perOutlet(profiles, find, (t) => ({ figure: t.ownVoice, evidence: t.evidence })),
          1,
        ),
      )
  }
  return out
}

/** Voices and camps quoted in shares far apart, and the stances of what each outlet quotes. */
function voiceDifferences(profiles: readonly OutletFraming[], minShare: number) {
  const out: (FramingDifference | null)[] = []
  for (const key of keysOf(
    profiles,
    (p) => p.voices,
    (v) => v.key,
  )) {
    const find = (p: OutletFraming) => p.voices.find((v) => v.key === key)
    const name = profiles.map(find).find((v) => v)!.name
    out.push(
      difference(
        'voices',
        name,
        'share',
        perOutlet(profiles, find, (v) => ({ figure: v.share, evidence: v.evidence })),
        minShare,
      ),
    )
  }
  for (const camp of keysOf(
    profiles,
    (p) => p.camps,
    (c) => c.camp,
  )) {
    const find = (p: OutletFraming) => p.camps.find((c) => c.camp === camp)
    out.push(
      difference(
        'camps',
        camp,
        'share',
        perOutlet(profiles, find, (c) => ({ figure: c.share, evidence: [] })),
        minShare,
      ),
    )
  }
  for (const label of ['support', 'oppose', 'conditional', 'neutral'] as const) {
    const share = (s: OutletFraming['stance']) =>
      s.statements === 0 ? 0 : round(s.byLabel[label] / s.statements)
    out.push(
      difference(
        'stance',
        label,
        'share',
        perOutlet(
          profiles,
          (p) => p.stance,
          (s) => ({ figure: share(s), evidence: [] }),
        ),
        minShare,
      ),
    )
  }
  return out
}

const ORDER: readonly FramingDifference['dimension'][] = [
  'attribution',
  'loaded',
  'voices',
  'camps',
  'stance',
]

function differencesOf(profiles: readonly OutletFraming[], minShare: number): FramingDifference[] {
  // within a dimension, the overall figure (a share or a rate) comes before the items it sums up
  const overall = (d: FramingDifference) => (d.unit === 'count' ? 1 : 0)
  return [
    ...attributionDifferences(profiles, minShare),
    ...loadedDifferences(profiles),
    ...voiceDifferences(profiles, minShare),
  ]
    .filter((d): d is FramingDifference => d !== null)
    .sort(
      (a, b) =>
        ORDER.indexOf(a.dimension) - ORDER.indexOf(b.dimension) ||
        overall(a) - overall(b) ||
        b.gap - a.gap ||
        (a.item < b.item ? -1 : 1),
    )
}

const periodOf = (iso: string, by: 'day' | 'week' | 'month') =>
  by === 'day' ? iso : by === 'month' ? iso.slice(0, 7) : isoWeek(iso)

function timelineOf(
  articles: readonly StoryArticle[],
  outlets: readonly string[],
  lexicon: CompiledLexicon,
  options: CompareOptions,
): TimelineRow[] {
  const by = options.by ?? 'month'
  const periods = [
    ...new Set(articles.filter((a) => a.published).map((a) => periodOf(a.published!, by))),
  ].sort()
  return periods.flatMap((period) =>
    outlets.flatMap((outlet) => {
      const mine = articles.filter(
        (a) => a.published && periodOf(a.published, by) === period && sameOutlet(a.outlet, outlet),
      )
      if (mine.length === 0) return []
      const p = outletFraming(outlet, mine, lexicon, { topic: options.topic ?? null, evidence: 0 })
      return [
        {
          period,
          outlet,
          articles: mine.length,
          statements: p.attribution.statements,
          neutralShare: p.attribution.neutralShare,
          loadedPerThousandWords: p.loaded.perThousandWords,
          topVoices: p.voices.slice(0, 3).map((v) => v.name),
        },
      ]
    }),
  )
}

/**
 * Compares how outlets frame the same articles' subject: a profile per outlet
 * ({@link outletFraming}), the differences between them with their sentences, and per period a
 * row per outlet (for a topic followed over time). `articles` are those in scope (a story, a
 * topic); each outlet's are picked by name, case-insensitively.
 */
export function compareFraming(
  articles: readonly StoryArticle[],
  outlets: readonly string[],
  lexicon: CompiledLexicon,
  options: CompareOptions = {},
): FramingComparison {
  if (outlets.length < 2)
    throw new RangeError(`framing: expected at least two outlets, found ${outlets.length}`)
  const topic = options.topic ?? null
  const profiles = outlets.map((o) =>
    outletFraming(
      o,
      articles.filter((a) => sameOutlet(a.outlet, o)),
      lexicon,
      { topic, evidence: options.evidence ?? 3 },
    ),
  )
  return {
    outlets,
    scope: { story: options.story ?? null, topic },
    profiles,
    differences: differencesOf(profiles, options.minShareGap ?? 0.15),
    timeline: timelineOf(articles, outlets, lexicon, options),
  }
}
