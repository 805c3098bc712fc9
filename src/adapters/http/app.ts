/**
 * The HTTP adapter: one Hono app serving the JSON API under /api and the dashboard beside it.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { RegistryEntry } from '../../stages/actors/index.ts'
import type { Store } from '../storage/store.ts'
import { HttpProblem, PROBLEM_TYPE, type Problem, problemOf, UnauthorizedError } from './problem.ts'
import { apiRoutes } from './routes/api.ts'
import { webRoutes } from './routes/web.ts'
import { type PositionsFor, storePositions } from './statements.ts'

/** What the app serves from. */
export interface AppOptions {
  readonly store: Store
  /** Positions for GET /api/positions; defaults to statements read from the store, no camps. */
  readonly positionsFor?: PositionsFor
  /** The analyst's registry (aliases, forced and forbidden merges, camps) for the actor endpoints. */
  readonly registry?: readonly RegistryEntry[]
  /** When set, every /api/* request must carry `Authorization: Bearer <token>`. */
  readonly token?: string
  /** Where server errors are reported (the response never carries them); default console.error. */
  readonly onServerError?: (error: unknown) => void
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/** Compares in constant time, so response timing does not leak how much of a token matched. */
const sameToken = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected))

const problemResponse = (p: Problem) =>
  new Response(JSON.stringify(p), { status: p.status, headers: { 'content-type': PROBLEM_TYPE } })

/**
 * The Subtext web app: JSON API under /api (see /api/openapi.json) and the dashboard pages.
 * Every error becomes problem details in one `onError`: 404 for what does not exist, 400 for a
 * bad query, 401 for a missing token, else 500 without the error's message or stack.
 * @example const res = await createApp({ store }).request('/api/stats')
 */
export function createApp(options: AppOptions): Hono {
  const { store, token } = options
  const report = options.onServerError ?? ((error: unknown) => console.error(error))
  const app = new Hono()

  if (token) {
    app.use('/api/*', async (c, next) => {
      const header = c.req.header('authorization') ?? ''
      const given = /^Bearer (.+)$/i.exec(header)?.[1]
      if (!given || !sameToken(given, token)) {
        throw new UnauthorizedError('expected an Authorization: Bearer <token> header with the server token')
      }
      await next()
    })
  }
  const positionsFor = options.positionsFor ?? storePositions(store)
  app.route(
    '/api',
    apiRoutes({ store, positionsFor, ...(options.registry ? { registry: options.registry } : {}) }),
  )
  app.route('/', webRoutes())

  app.notFound((c) =>
    problemResponse(
      problemOf(new HttpProblem(404, 'Not Found', 'not-found', `no route for ${c.req.method} ${c.req.path}`)),
    ),
  )
  app.onError((error) => {
    if (error instanceof HTTPException && !(error instanceof HttpProblem)) {
      const status = error.status
      return problemResponse(
        problemOf(
          new HttpProblem(
            status,
            error.message || 'Error',
            status === 401 ? 'unauthorized' : 'http',
            error.message,
          ),
        ),
      )
    }
    const problem = problemOf(error)
    if (problem.status >= 500) report(error)
    return problemResponse(problem)
  })
  return app
}
