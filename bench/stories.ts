/**
 * Near-duplicate detection and story assignment at scale, printed as one JSON object:
 * `node --import tsx bench/stories.ts --articles 100000 [--days 731] [--seed S] [--threshold T] [--pipeline]`.
 *
 * A feed of N articles from the corpus generator, in publication order (spread evenly over --days,
 * two years by default), with derived articles mixed in a little later: wire copies (another outlet, the
 * dateline and last paragraphs cut), rewrites (new lead, paragraphs dropped and swapped, cue verbs
 * changed) and follow-ups (a fresh article carrying one or two of the base's quotation paragraphs,
 * so the same speakers and statements). Each article is folded into one StoryIndex; only
 * `index.add` is timed (shingling, MinHash, LSH lookup, features, scoring). Actors and quotations
 * come from a quick regex reading of names and quotation marks; --pipeline runs the real pipeline
 * instead (about 10 ms an article more, untimed; use a smaller N).
 */
import { parseArgs } from 'node:util'
import { createGenerator, type GeneratedArticle } from '../scripts/corpus/article.ts'
import { createRng, type Rng } from '../scripts/corpus/random.ts'
import { createContext } from '../src/adapters/cli/main.ts'
import { type StoryArticle, StoryIndex } from '../src/analysis/stories/index.ts'
import type { StageContext } from '../src/core/index.ts'
import { analyze } from '../src/pipeline.ts'
import { rawFromGenerated } from './articles.ts'
import { memory, percentile } from './measure.ts'

const DAYS = 731
const DELAY = 40
const RATES = { copy: 0.08, rewrite: 0.05, followUp: 0.08 }
const OTHER_OUTLETS = ['Harbour Wire', 'Midland Gazette', 'Capital Ledger', 'Evening Courier', 'Plains Post']

const round = (x: number, digits = 3): number => Number(x.toFixed(digits))
const log = (s: string) => process.stderr.write(`bench:stories: ${s}\n`)

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: 'bench' },
      pipeline: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      days: { type: 'string', default: String(DAYS) },
    },
  })
  const articles = Number(values.articles)
  if (!Number.isSafeInteger(articles) || articles < 1)
    throw new Error(`bench:stories: expected --articles to be a positive integer, found ${values.articles}`)
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  const days = Number(values.days)
  if (!Number.isSafeInteger(days) || days < 1)
    throw new Error(`bench:stories: expected --days to be a positive integer, found ${values.days}`)
  return { articles, seed: values.seed, pipeline: values.pipeline, threshold, days }
}

type Kind = 'base' | 'copy' | 'rewrite' | 'followUp'
interface FeedItem {
  readonly article: GeneratedArticle
  readonly kind: Kind
  readonly base: string | null
}

/** What the quality figures need of each article: kept for all of them, so kept small. */
interface Truth {
  readonly id: string
  readonly kind: Kind
  readonly base: string | null
}

const isoAt = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10)
const paragraphsOf = (text: string) => text.split(/\n+/).filter((p) => p.trim() !== '')
const shiftDay = (iso: string, rng: Rng) => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + rng.int(0, 1))
  return d.toISOString().slice(0, 10)
}

function copyOf(a: GeneratedArticle, rng: Rng, n: number): GeneratedArticle {
  const paras = paragraphsOf(a.text.replace(/^[A-Z ,.]+\d+ \([^)]+\) - /m, ''))
  const kept = paras.slice(0, Math.max(3, paras.length - rng.int(0, 3)))
  return {
    ...a,
    id: `${a.id}-copy${n}`,
    outlet: rng.pick(OTHER_OUTLETS),
    text: kept.join('\n\n'),
    published: shiftDay(a.published, rng),
  }
}

function rewriteOf(a: GeneratedArticle, rng: Rng, n: number): GeneratedArticle {
  const paras = paragraphsOf(a.text)
  const kept = paras.filter((_, i) => i < 2 || !rng.chance(0.25))
  if (kept.length > 5) {
    const i = rng.int(2, kept.length - 2)
    ;[kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!]
  }
  const text = [`In a development watched closely across the region, ${a.title.toLowerCase()}.`, ...kept]
    .join('\n\n')
    .replace(/\bsaid\b/g, () => (rng.chance(0.3) ? 'told reporters' : 'said'))
  return {
    ...a,
    id: `${a.id}-rewrite${n}`,
    title: `Update: ${a.title}`,
    outlet: rng.pick(OTHER_OUTLETS),
    text,
    published: shiftDay(a.published, rng),
  }
}

/**
 * Another outlet's report of the same event: the base's headline news and lead paragraph, two of
 * its quotation paragraphs, and background of its own.
 */
function followUpOf(a: GeneratedArticle, fresh: GeneratedArticle, rng: Rng, n: number): GeneratedArticle {
  const paras = paragraphsOf(a.text)
  const lead = paras.find((p) => p.length > 120 && !/[“"]/.test(p)) ?? ''
  const quoted = paras.filter((p) => /[“"][^”"]{30,}[”"]/.test(p))
  const carried = rng.sample(quoted, Math.min(quoted.length, 2))
  const background = paragraphsOf(fresh.text)
    .filter((p) => !/[“"]/.test(p))
    .slice(2, 6)
  const text = [a.title, lead, ...carried, ...background].join('\n\n')
  return { ...fresh, id: `${a.id}-follow${n}`, title: a.title, text, published: shiftDay(a.published, rng) }
}

/** The feed: base articles in publication order, derived ones a few articles later. */
function* feed(n: number, seed: string, days: number): Generator<FeedItem> {
  const generator = createGenerator(seed)
  const rng = createRng(seed, 'stories-bench')
  const pending: { at: number; item: FeedItem }[] = []
  let next = 0
  for (let emitted = 0; emitted < n; emitted++) {
    const due = pending.findIndex((p) => p.at <= emitted)
    if (due >= 0) {
      yield pending.splice(due, 1)[0]!.item
      continue
    }
    const index = next++
    const base = { ...generator.article(index), published: isoAt(Math.floor((emitted * days) / n)) }
    const later = (item: FeedItem) => pending.push({ at: emitted + rng.int(1, DELAY), item })
    if (rng.chance(RATES.copy)) later({ article: copyOf(base, rng, index), kind: 'copy', base: base.id })
    if (rng.chance(RATES.rewrite))
      later({ article: rewriteOf(base, rng, index), kind: 'rewrite', base: base.id })
    if (rng.chance(RATES.followUp)) {
      const fresh = generator.article(1_000_000_000 + index)
      later({ article: followUpOf(base, fresh, rng, index), kind: 'followUp', base: base.id })
    }
    yield { article: base, kind: 'base', base: null }
  }
}

const NAME =
  /\b[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?(?: (?:al-|bin |de |van )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}\b/g
const NOT_NAMES =
  /^((The|A|An|In|On|At|But|And|By|Several|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Deputy|Speaker|Prime|Foreign|Finance|Defence|Trade|Interior|Minister|President|Senator|Ambassador|Economist|Political|Analyst|Spokesman|Spokeswoman|Mexican|Iranian|American|Chinese|Swedish)\s+)+/
const QUOTE = /[“"]([^”"\n]{20,})[”"]/g
const CUE = /\b(said|says|told|added|declared|warned|insisted|claimed|admitted|noted|wrote)\b/

/** Actors and quotations read quickly from the text: names as capitalised runs, quotes by their marks. */
function quickRead(g: GeneratedArticle): StoryArticle {
  const mentions = new Map<string, number>()
  for (const m of g.text.matchAll(NAME)) {
    const name = `${m[0]} `.replace(NOT_NAMES, '').trim()
    if (name.includes(' ')) mentions.set(name, (mentions.get(name) ?? 0) + 1)
  }
  const actors = [...mentions].map(([name, n]) => ({
    key: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    mentions: n,
  }))
  const quotes = [...g.text.matchAll(QUOTE)].map((m, i) => {
    const start = m.index + 1
    const after = g.text.slice(start + m[1]!.length, start + m[1]!.length + 80)
    const speaker = actors.find((a) => after.includes(a.name)) ?? null
    return {
      id: `${g.id}#${i}`,
      span: { start, end: start + m[1]!.length },
      kind: 'direct' as const,
      text: m[1]!,
      speaker: speaker?.name ?? null,
      speakerKey: speaker?.key ?? null,
      cue: CUE.exec(after)?.[1] ?? null,
      stances: [],
    }
  })
  return { id: g.id, outlet: g.outlet, published: g.published, title: g.title, text: g.text, actors, quotes }
}

function pipelineRead(g: GeneratedArticle, ctx: StageContext, line: number): StoryArticle {
  const doc = analyze(rawFromGenerated(g, line), ctx)
  const names = new Map(doc.actors.map((a) => [a.id as string, a]))
  return {
    id: g.id,
    outlet: g.outlet,
    published: g.published,
    title: g.title,
    text: g.text,
    actors: doc.actors.map((a) => ({ key: a.id, name: a.name, kind: a.kind, mentions: a.mentions.length })),
    quotes: doc.quotes.map((q) => {
      const actor = q.speaker?.actor ? names.get(q.speaker.actor) : undefined
      return {
        id: q.id,
        span: q.span,
        kind: q.kind,
        text: doc.text.slice(q.span.start, q.span.end),
        speaker: actor?.name ?? null,
        speakerKey: actor?.id ?? null,
        cue: q.cue ? doc.text.slice(q.cue.start, q.cue.end) : null,
        stances: [],
      }
    }),
  }
}

function quality(index: StoryIndex, truth: readonly Truth[], baseJoins: number) {
  const recall = (kind: Kind, same: (a: string, b: string) => boolean) => {
    const items = truth.filter((t) => t.kind === kind)
    const hit = items.filter((t) => same(t.id, t.base!)).length
    return { injected: items.length, found: hit, recall: round(hit / Math.max(1, items.length)) }
  }
  const sameGroup = (a: string, b: string) => index.duplicateGroup(a)?.key === index.duplicateGroup(b)?.key
  const sameStory = (a: string, b: string) => index.storyOf(a) === index.storyOf(b)
  const stories = index.stories()
  const sizes = stories.map((s) => s.articles.length).sort((a, b) => a - b)
  const bases = truth.filter((t) => t.kind === 'base').map((t) => t.id)
  const falseCopies = new Set(
    bases.filter((id) =>
      index.duplicateGroup(id)!.members.some((m) => m !== id && !m.startsWith(`${id}-`) && !id.startsWith(m)),
    ),
  ).size
  return {
    copies_grouped: recall('copy', sameGroup),
    rewrites_grouped: recall('rewrite', sameGroup),
    base_articles_wrongly_grouped: falseCopies,
    base_articles_joining_another_story: {
      articles: bases.length,
      joined: baseJoins,
      rate: round(baseJoins / Math.max(1, bases.length)),
    },
    follow_ups_in_base_story: recall('followUp', sameStory),
    copies_in_base_story: recall('copy', sameStory),
    stories: stories.length,
    stories_with_2_or_more: sizes.filter((n) => n >= 2).length,
    largest_story: sizes.at(-1) ?? 0,
    story_size_p99: percentile(sizes, 0.99),
  }
}

function run(opts: ReturnType<typeof options>) {
  const ctx = opts.pipeline ? createContext() : null
  const index = new StoryIndex(opts.threshold === undefined ? {} : { threshold: opts.threshold })
  let baseJoins = 0
  const times = new Float64Array(opts.articles)
  const truth: Truth[] = []
  const before = memory()
  let i = 0
  for (const item of feed(opts.articles, opts.seed, opts.days)) {
    const article = ctx ? pipelineRead(item.article, ctx, i + 1) : quickRead(item.article)
    truth.push({ id: item.article.id, kind: item.kind, base: item.base })
    const t0 = performance.now()
    const assigned = index.add(article)
    times[i++] = performance.now() - t0
    if (item.kind === 'base' && !assigned.opened) baseJoins++
    if (i % 10000 === 0)
      log(`${i} articles, ${round(times.slice(0, i).reduce((s, t) => s + t, 0) / i)} ms each`)
  }
  const sorted = Array.from(times).sort((a, b) => a - b)
  const total = sorted.reduce((s, t) => s + t, 0)
  // with --expose-gc, the heap figure after the run is what the index keeps, not garbage
  ;(globalThis as { gc?: () => void }).gc?.()
  return {
    node: process.version,
    articles: opts.articles,
    days: opts.days,
    articles_per_day: round(opts.articles / opts.days, 1),
    seed: opts.seed,
    features: opts.pipeline ? 'pipeline' : 'quick-read',
    timed: 'StoryIndex.add: near-duplicate check and story assignment',
    ms_per_article_mean: round(total / opts.articles),
    ms_per_article_p50: round(percentile(sorted, 0.5)),
    ms_per_article_p95: round(percentile(sorted, 0.95)),
    ms_per_article_max: round(sorted.at(-1) ?? 0),
    total_s: round(total / 1000, 1),
    memory_before: before,
    memory_after: memory(),
    index: index.stats(),
    threshold: opts.threshold ?? 'default',
    quality: quality(index, truth, baseJoins),
  }
}

process.stdout.write(`${JSON.stringify(run(options()), null, 2)}\n`)
