/**
 * The corpus store at scale, printed as one JSON object:
 * `npm run -s bench:store -- --articles N [--db postgres://…] [--topics FILE] [--seed S] [--keep]`.
 * Generates N synthetic articles, analyses each with the full pipeline (stances too when --topics
 * names a file) and saves it as `subtext ingest` does, into a fresh store; then times `quotes --actor` and
 * `search` queries drawn from what was stored. See bench/README.md.
 */
import { parseArgs } from 'node:util'
import { createGenerator } from '../scripts/corpus/article.ts'
import { pipelineVersionFor } from '../src/adapters/cli/commands/ingest.ts'
import { createContext } from '../src/adapters/cli/main.ts'
import { readTopicsFile } from '../src/adapters/config/topics-file.ts'
import { contentHashOf, type Store } from '../src/adapters/storage/store.ts'
import type { StageContext } from '../src/core/index.ts'
import { analyze } from '../src/pipeline.ts'
import { rawFromGenerated } from './articles.ts'
import { percentile, round } from './measure.ts'
import { QuerySampler } from './store-queries.ts'
import { type BenchTarget, openBenchTarget } from './store-target.ts'

const QUERIES = 200
const WARM_UP = 5
const ACTOR_LIMIT = 50
const SEARCH_LIMIT = 20

const log = (s: string) => process.stderr.write(`bench:store: ${s}\n`)
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1)

function options() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      db: { type: 'string' },
      seed: { type: 'string', default: 'bench' },
      keep: { type: 'boolean', default: false },
      topics: { type: 'string' },
    },
  })
  const articles = Number(values.articles)
  if (!Number.isSafeInteger(articles) || articles < 1) {
    throw new Error(`bench:store: expected --articles to be a positive integer, found ${values.articles}`)
  }
  return { articles, db: values.db, seed: values.seed, keep: values.keep, topics: values.topics }
}

/** Analyses and saves every article, timing the two apart; generation is not timed. */
async function ingest(n: number, seed: string, ctx: StageContext, store: Store, sampler: QuerySampler) {
  const generator = createGenerator(seed)
  const version = pipelineVersionFor(ctx)
  let analyzeMs = 0
  let saveMs = 0
  let quotes = 0
  let failed = 0
  const wall = performance.now()
  for (let i = 0; i < n; i++) {
    const raw = rawFromGenerated(generator.article(i), i + 1)
    const t0 = performance.now()
    const doc = analyze(raw, ctx)
    const t1 = performance.now()
    try {
      await store.saveArticle(doc, { contentHash: contentHashOf(doc), pipelineVersion: version, input: raw })
    } catch (error) {
      failed++
      log(`article ${i}: ${(error as Error).message}`)
    }
    const t2 = performance.now()
    analyzeMs += t1 - t0
    saveMs += t2 - t1
    quotes += doc.quotes.length
    sampler.add(doc)
    if ((i + 1) % 5000 === 0) log(`${i + 1} articles, ${round(((i + 1) / (analyzeMs + saveMs)) * 1000, 1)}/s`)
  }
  const total = analyzeMs + saveMs
  return {
    articles_per_s: round((n / total) * 1000, 1),
    total_s: round(total / 1000, 1),
    wall_s: round((performance.now() - wall) / 1000, 1),
    analyze_ms_per_article: round(analyzeMs / n),
    save_ms_per_article: round(saveMs / n),
    quotes,
    failed,
  }
}

/** Runs each query once untimed for the first few, then times every one. */
async function timeQueries(queries: readonly string[], run: (q: string) => Promise<number>) {
  for (const q of queries.slice(0, WARM_UP)) await run(q)
  const times: number[] = []
  let rows = 0
  for (const q of queries) {
    const t0 = performance.now()
    rows += await run(q)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return {
    queries: queries.length,
    p50_ms: round(percentile(times, 0.5), 2),
    p95_ms: round(percentile(times, 0.95), 2),
    max_ms: round(times.at(-1) ?? Number.NaN, 2),
    rows_mean: round(rows / Math.max(queries.length, 1), 1),
    examples: queries.slice(0, 5),
  }
}

async function bench(target: BenchTarget, opts: ReturnType<typeof options>) {
  const base = createContext()
  const ctx: StageContext = opts.topics ? { ...base, topics: await readTopicsFile(opts.topics) } : base
  const sampler = new QuerySampler(opts.seed)
  log(`ingesting ${opts.articles} articles into ${target.engine} at ${target.where}`)
  const ingested = await ingest(opts.articles, opts.seed, ctx, target.store, sampler)
  // as `subtext ingest` does after a large batch
  log('optimizing')
  const started = performance.now()
  await target.store.optimize()
  const optimizeS = round((performance.now() - started) / 1000, 1)
  const size = await target.size()
  log('timing queries')
  const { store } = target
  const actor = await timeQueries(sampler.actorQueries(QUERIES), async (q) => {
    return (await store.quotes({ actor: q, limit: ACTOR_LIMIT })).length
  })
  const search = await timeQueries(sampler.searchQueries(QUERIES), async (q) => {
    return (await store.search(q, { limit: SEARCH_LIMIT })).length
  })
  return {
    engine: target.engine,
    node: process.version,
    articles: opts.articles,
    seed: opts.seed,
    topics: opts.topics ?? null,
    ingest: ingested,
    optimize_s: optimizeS,
    db_size_mb: mb(size),
    quotes_actor: { limit: ACTOR_LIMIT, ...actor },
    search: { limit: SEARCH_LIMIT, ...search },
    peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
    targets: {
      ingest_150_per_s: ingested.articles_per_s >= 150,
      quotes_actor_p95_50_ms: actor.p95_ms <= 50,
      search_p95_50_ms: search.p95_ms <= 50,
    },
  }
}

const opts = options()
const target = await openBenchTarget(opts.db)
try {
  process.stdout.write(`${JSON.stringify(await bench(target, opts), null, 2)}\n`)
} finally {
  await target.dispose(opts.keep)
}
