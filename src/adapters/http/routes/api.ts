import { Hono } from 'hono'
import type { Granularity } from '../../../analysis/positions.ts'
import { DEFAULT_BOUNDS } from '../../../analysis/positions-view.ts'
import { compileLexicon } from '../../../analysis/stories/index.ts'
import type { RegistryEntry } from '../../../stages/actors/index.ts'
import { readFramingFile } from '../../config/framing-file.ts'
import {
  findActor,
  MAX_ACTOR_QUOTES,
  readActorReport,
  summariseCandidate,
} from '../../corpus/actor-report.ts'
import { type ActorSummary, byStatements } from '../../corpus/corpus-actors.ts'
import { type CorpusView, corpusCache } from '../../corpus/corpus-cache.ts'
import { campLookup, compareOutlets } from '../../corpus/outlet-compare.ts'
import { HIGHLIGHT, type Store } from '../../storage/store.ts'
import { buildOpenApi } from '../openapi.ts'
import { NotFoundError, ValidationError } from '../problem.ts'
import {
  MAX_LIMIT,
  parseChoice,
  parseDay,
  parseInteger,
  parseQuoteQuery,
  type Query,
  rejectUnknown,
  requireText,
} from '../query.ts'
import type { PositionsFor } from '../statements.ts'

/** What the API routes read from. */
export interface ApiDeps {
  readonly store: Store
  readonly positionsFor: PositionsFor
  /** Registry entries for /api/actors: pinned aliases, forbidden merges, labels. None by default. */
  readonly registry?: readonly RegistryEntry[]
  /** How long a resolution of the corpus's actors serves (see corpusCache); default 60 s. */
  readonly actorsMaxAgeMs?: number
}

const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month']
/** Shifts and contradictions in a positions answer unless `events` says otherwise. */
const DEFAULT_EVENTS = 20

/** The actors a name fits (all of them without one), most quoted first. */
function actorsNamed(view: CorpusView, name: string | undefined): readonly ActorSummary[] {
  const corpus = view.actors
  if (name === undefined) return view.summaries
  const found = findActor(corpus, name)
  const actors =
    found.status === 'found' ? [found.actor] : found.status === 'ambiguous' ? found.candidates : []
  return actors.map((a) => summariseCandidate(corpus, view.statements, a)).sort(byStatements)
}

/**
 * The JSON API, mounted under /api: stats, quotes, search, articles, positions, actors and its
 * OpenAPI document. Handlers throw problem errors; the app's `onError` answers them.
 */
export function apiRoutes({ store, positionsFor, registry = [], actorsMaxAgeMs }: ApiDeps): Hono {
  const corpus = corpusCache(
    store,
    registry,
    actorsMaxAgeMs === undefined ? {} : { maxAgeMs: actorsMaxAgeMs },
  )
  const api = new Hono()
  api.get('/openapi.json', (c) => c.json(buildOpenApi()))

  api.get('/stats', async (c) => {
    rejectUnknown(c.req.query(), [])
    return c.json(await store.stats())
  })

  api.get('/quotes', async (c) => {
    const filter = parseQuoteQuery(c.req.query())
    // one row more than asked says whether another page exists
    const rows = await store.quotes({ ...filter, limit: filter.limit + 1 })
    const items = rows.slice(0, filter.limit)
    const next = rows.length > filter.limit ? filter.offset + filter.limit : null
    return c.json({ items, limit: filter.limit, offset: filter.offset, next })
  })

  api.get('/search', async (c) => {
    const q: Query = c.req.query()
    rejectUnknown(q, ['q', 'limit'])
    const words = requireText(q, 'q')
    const limit = parseInteger(q, 'limit', 20, 1, 100)
    return c.json({ items: await store.search(words, { limit }), limit, highlight: HIGHLIGHT })
  })

  api.get('/articles/:id', async (c) => {
    const id = c.req.param('id')
    const article = await store.getArticle(id)
    if (!article) throw new NotFoundError(`no stored article has the id '${id}'`)
    return c.json(article)
  })

  api.get('/positions', async (c) => {
    const q: Query = c.req.query()
    rejectUnknown(q, ['topic', 'by', 'actor', 'limit', 'offset', 'statements', 'events', 'since', 'until'])
    const topic = requireText(q, 'topic')
    const by = parseChoice(q, 'by', GRANULARITIES) ?? 'day'
    const actor = q.actor?.trim()
    // the field shows counts; one actor's view shows the statements of each period too
    const bounds = {
      actors: parseInteger(q, 'limit', DEFAULT_BOUNDS.actors, 1, MAX_LIMIT),
      offset: parseInteger(q, 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
      perPeriod: parseInteger(q, 'statements', actor ? DEFAULT_BOUNDS.perPeriod : 0, 0, 100),
      events: parseInteger(q, 'events', DEFAULT_EVENTS, 0, 100),
    }
    const since = parseDay(q, 'since')
    const until = parseDay(q, 'until')
    const days = { ...(since ? { since } : {}), ...(until ? { until } : {}) }
    return c.json(await positionsFor({ topic, by, bounds, ...(actor ? { actor } : {}), ...days }))
  })

  // the loaded-terms lexicon (examples/framing.yaml), read on first use
  let lexicon: Promise<ReturnType<typeof compileLexicon>> | undefined
  api.get('/compare', async (c) => {
    const q: Query = c.req.query()
    rejectUnknown(q, ['outlets', 'topic', 'story', 'since', 'until'])
    const outlets = requireText(q, 'outlets')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
    if (outlets.length < 2)
      throw new ValidationError("expected 'outlets' to name two or more outlets, as A,B")
    if (q.topic && q.story) throw new ValidationError("expected 'topic' or 'story', not both")
    lexicon ??= readFramingFile().then(compileLexicon)
    const scope = {
      outlets,
      topic: q.topic?.trim() || null,
      story: q.story?.trim() || null,
      since: q.since,
      until: q.until,
    }
    const found = await compareOutlets(store, scope, await lexicon, campLookup(registry))
    if (found.status === 'no-story') throw new NotFoundError(`no story has the id '${scope.story}'`)
    if (found.status === 'no-articles')
      throw new NotFoundError(`no stored articles from ${found.outlets.join(', ')}`)
    return c.json(found.comparison)
  })

  api.get('/actors', async (c) => {
    const q: Query = c.req.query()
    rejectUnknown(q, ['name', 'limit', 'offset'])
    const limit = parseInteger(q, 'limit', 50, 1, MAX_LIMIT)
    const offset = parseInteger(q, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
    const name = q.name === undefined ? undefined : requireText(q, 'name')
    const all = actorsNamed(await corpus(), name)
    const next = all.length > offset + limit ? offset + limit : null
    return c.json({ items: all.slice(offset, offset + limit), limit, offset, next, total: all.length })
  })

  api.get('/actors/:id', async (c) => {
    const q: Query = c.req.query()
    rejectUnknown(q, ['limit'])
    const limit = parseInteger(q, 'limit', 100, 0, MAX_ACTOR_QUOTES)
    const id = c.req.param('id')
    const { actors, statements, quotations, summaries } = await corpus()
    const actor = actors.index.byId.get(id)
    if (!actor) throw new NotFoundError(`no actor has the id '${id}'; GET /api/actors?name=… finds ids`)
    const summary = summaries.find((s) => s.id === id)
    const counts = { statements, quotations }
    return c.json(
      await readActorReport(store, actors, actor, { limit, counts, ...(summary ? { summary } : {}) }),
    )
  })

  return api
}
