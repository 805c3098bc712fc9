import { Hono } from 'hono'
import type { Granularity } from '../../../analysis/positions.ts'
import { HIGHLIGHT, type Store } from '../../storage/store.ts'
import { buildOpenApi } from '../openapi.ts'
import { NotFoundError } from '../problem.ts'
import {
  parseChoice,
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
}

const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month']

/**
 * The JSON API, mounted under /api: stats, quotes, search, articles, positions and its OpenAPI
 * document. Handlers throw problem errors; the app's `onError` answers them.
 */
export function apiRoutes({ store, positionsFor }: ApiDeps): Hono {
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
    rejectUnknown(q, ['topic', 'by', 'actor'])
    const topic = requireText(q, 'topic')
    const by = parseChoice(q, 'by', GRANULARITIES) ?? 'day'
    const actor = q.actor?.trim()
    return c.json(await positionsFor({ topic, by, ...(actor ? { actor } : {}) }))
  })

  return api
}
