/**
 * API latency, printed as one JSON object:
 * `node --import tsx bench/api.ts [--db PATH|postgres://… [--schema NAME]] [--articles N] [--seed S]
 *  [--topics FILE] [--queries N] [--topic-queries N] [--actor-queries N] [--only NAME,…]`.
 * Endpoints: actor_quotes, topic_positions, search, and once served actors_by_name and actor_report.
 * Opens a store built by `npm run -s bench:store -- --articles N --topics FILE --keep` (the path is
 * on its stderr), or builds a small one itself when no --db is given; then times `app.request()`
 * on the Hono app in-process, response body read, for the actor, topic and search endpoints, with
 * names and words drawn as the store bench draws them (60 topic requests by default: a p95 of
 * fewer is their maximum). No network, no server: what is timed is
 * routing, the store's queries, computing and serialising the answer.
 */
import { parseArgs } from 'node:util'
import type { Hono } from 'hono'
import { createGenerator } from '../scripts/corpus/article.ts'
import { createRng } from '../scripts/corpus/random.ts'
import { pipelineVersionFor } from '../src/adapters/cli/commands/ingest.ts'
import { createContext } from '../src/adapters/cli/main.ts'
import { readTopicsFile } from '../src/adapters/config/topics-file.ts'
import { createApp } from '../src/adapters/http/app.ts'
import { openPostgresStore } from '../src/adapters/storage/kysely/postgres-store.ts'
import { isPostgresUrl, openStore } from '../src/adapters/storage/open-store.ts'
import { contentHashOf, type Store } from '../src/adapters/storage/store.ts'
import type { StageContext } from '../src/core/index.ts'
import { analyze } from '../src/pipeline.ts'
import { rawFromGenerated } from './articles.ts'
import { percentile, round } from './measure.ts'
import { QuerySampler } from './store-queries.ts'
import { openBenchTarget } from './store-target.ts'

const TARGET_MS = 100
const WARM_UP = 2
/** Articles regenerated (spread over the stored ones) to draw queries from an existing store. */
const SAMPLED_ARTICLES = 400
const GRANULARITIES = ['day', 'week', 'month'] as const

const log = (s: string) => process.stderr.write(`bench:api: ${s}\n`)

function options() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      schema: { type: 'string' },
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: 'bench' },
      topics: { type: 'string', default: 'examples/topics.yaml' },
      queries: { type: 'string', default: '100' },
      'topic-queries': { type: 'string', default: '60' },
      'actor-queries': { type: 'string', default: '10' },
      only: { type: 'string' },
    },
  })
  const count = (name: string, value: string) => {
    const n = Number(value)
    if (!Number.isSafeInteger(n) || n < 1)
      throw new Error(`bench:api: expected --${name} to be a positive integer, found ${value}`)
    return n
  }
  return {
    db: values.db,
    schema: values.schema,
    articles: count('articles', values.articles),
    seed: values.seed,
    topics: values.topics,
    queries: count('queries', values.queries),
    topicQueries: count('topic-queries', values['topic-queries']),
    actorQueries: count('actor-queries', values['actor-queries']),
    /** Endpoint names to time (comma-separated); all by default. */
    only: values.only === undefined ? null : values.only.split(','),
  }
}
type Options = ReturnType<typeof options>

/** The store to time, how many articles it holds, and what queries were drawn from. */
interface Source {
  readonly store: Store
  readonly articles: number
  readonly sampler: QuerySampler
  dispose(): Promise<void>
}

/** A fresh temporary SQLite store with `n` generated articles, analysed with stances. */
async function buildSource(opts: Options, ctx: StageContext): Promise<Source> {
  const target = await openBenchTarget(undefined)
  const sampler = new QuerySampler(opts.seed)
  const generator = createGenerator(opts.seed)
  const version = pipelineVersionFor(ctx)
  log(`building ${opts.articles} articles into ${target.where}`)
  for (let i = 0; i < opts.articles; i++) {
    const raw = rawFromGenerated(generator.article(i), i + 1)
    const doc = analyze(raw, ctx)
    await target.store.saveArticle(doc, {
      contentHash: contentHashOf(doc),
      pipelineVersion: version,
      input: raw,
    })
    sampler.add(doc)
  }
  return {
    store: target.store,
    articles: opts.articles,
    sampler,
    dispose: () => target.dispose(false),
  }
}

/**
 * An existing store; queries are drawn from articles regenerated with the same seed at indices
 * spread over the stored count, which are the stored articles when the store bench built it.
 */
async function openSource(db: string, opts: Options, ctx: StageContext): Promise<Source> {
  const store =
    isPostgresUrl(db) && opts.schema
      ? await openPostgresStore(db, { schema: opts.schema })
      : await openStore(db, { mustExist: true })
  const { articles } = await store.stats()
  const sampler = new QuerySampler(opts.seed)
  const generator = createGenerator(opts.seed)
  const step = Math.max(1, Math.floor(articles / SAMPLED_ARTICLES))
  for (let i = 0; i < articles; i += step)
    sampler.add(analyze(rawFromGenerated(generator.article(i), i + 1), ctx))
  return { store, articles, sampler, dispose: () => store.close() }
}

/** One endpoint's requests, drawn in advance. */
interface Endpoint {
  readonly name: string
  readonly paths: readonly string[]
}

const q = encodeURIComponent

const hasRoute = (app: Hono, path: string): boolean =>
  app.routes.some((r) => r.method === 'GET' && r.path === path)

/** The ids /api/actors gives for a few of the names (each call resolves the whole corpus). */
async function actorIds(app: Hono, names: readonly string[]): Promise<string[]> {
  const ids: string[] = []
  for (const name of [...new Set(names)].slice(0, 3)) {
    const res = await app.request(`/api/actors?name=${q(name)}&limit=1`)
    const body = (await res.json()) as { items?: { id: string }[] }
    const id = body.items?.[0]?.id
    if (id) ids.push(id)
  }
  return ids
}

/** The endpoints asked for, each with its requests drawn in advance; routes not (yet) served are named apart. */
async function endpoints(app: Hono, source: Source, topics: readonly string[], opts: Options) {
  const rng = createRng(opts.seed, 'api')
  const names = source.sampler.actorQueries(opts.queries)
  const words = source.sampler.searchQueries(opts.queries)
  const wanted = (name: string) => opts.only === null || opts.only.includes(name)
  const list: Endpoint[] = [
    { name: 'actor_quotes', paths: names.map((n) => `/api/quotes?actor=${q(n)}`) },
    {
      name: 'topic_positions',
      paths: Array.from(
        { length: opts.topicQueries },
        () => `/api/positions?topic=${q(rng.pick(topics))}&by=${rng.pick(GRANULARITIES)}`,
      ),
    },
    { name: 'search', paths: words.map((w) => `/api/search?q=${q(w)}`) },
  ].filter((e) => wanted(e.name))
  const absent = ['/api/actors', '/api/actors/:id'].filter((r) => !hasRoute(app, r))
  const few = names.slice(0, opts.actorQueries)
  if (wanted('actors_by_name') && !absent.includes('/api/actors'))
    list.push({ name: 'actors_by_name', paths: few.map((n) => `/api/actors?name=${q(n)}`) })
  if (wanted('actor_report') && absent.length === 0) {
    const ids = await actorIds(app, names)
    if (ids.length > 0)
      list.push({ name: 'actor_report', paths: few.map(() => `/api/actors/${q(rng.pick(ids))}`) })
  }
  return { list, absent }
}

/**
 * Times each request to its body's last byte, after a few warm-up ones. The first warm-up is
 * reported apart (`first_ms`): it pays for what a server keeps afterwards (the actors' corpus).
 */
async function timeEndpoint(app: Hono, e: Endpoint) {
  let first = Number.NaN
  for (const path of e.paths.slice(0, WARM_UP)) {
    const t0 = performance.now()
    await (await app.request(path)).arrayBuffer()
    if (Number.isNaN(first)) first = performance.now() - t0
  }
  const times: number[] = []
  const statuses = new Map<number, number>()
  let bytes = 0
  for (const path of e.paths) {
    const t0 = performance.now()
    const res = await app.request(path)
    const body = await res.arrayBuffer()
    times.push(performance.now() - t0)
    bytes += body.byteLength
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
  }
  times.sort((a, b) => a - b)
  const p95 = round(percentile(times, 0.95), 2)
  return {
    requests: e.paths.length,
    first_ms: round(first, 2),
    p50_ms: round(percentile(times, 0.5), 2),
    p95_ms: p95,
    max_ms: round(times.at(-1) ?? Number.NaN, 2),
    kb_mean: round(bytes / Math.max(e.paths.length, 1) / 1024, 1),
    statuses: Object.fromEntries(statuses),
    examples: e.paths.slice(0, 3),
    p95_within_target: p95 <= TARGET_MS,
  }
}

async function bench(opts: Options) {
  const topics = await readTopicsFile(opts.topics)
  const ctx: StageContext = { ...createContext(), topics }
  const source = opts.db ? await openSource(opts.db, opts, ctx) : await buildSource(opts, ctx)
  try {
    const app = createApp({ store: source.store, onServerError: (e) => log(String(e)) })
    const { list, absent } = await endpoints(
      app,
      source,
      topics.map((t) => t.id),
      opts,
    )
    const results: Record<string, Awaited<ReturnType<typeof timeEndpoint>>> = {}
    for (const e of list) {
      log(`timing ${e.name} (${e.paths.length} requests)`)
      results[e.name] = await timeEndpoint(app, e)
    }
    return {
      node: process.version,
      articles: source.articles,
      store: opts.db ? 'given' : 'built',
      seed: opts.seed,
      target_p95_ms: TARGET_MS,
      endpoints: results,
      absent,
      peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
      all_within_target: Object.values(results).every((r) => r.p95_within_target),
    }
  } finally {
    await source.dispose()
  }
}

process.stdout.write(`${JSON.stringify(await bench(options()), null, 2)}\n`)
