/**
 * The dashboard's HTTP client: typed calls to the JSON API (/api/openapi.json describes it).
 * Works in a browser and in Node (any `fetch`).
 * @module
 */
import type { QuoteKind, StanceLabel } from '../core/index.ts'

/** One stored quotation as GET /api/quotes returns it. */
export interface QuoteItem {
  readonly articleId: string
  readonly outlet: string | null
  readonly published: string | null
  readonly title: string | null
  readonly quoteId: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: QuoteKind
  readonly speaker: string | null
  readonly role: string | null
  readonly actorId: string | null
  readonly cue: string | null
  readonly date: string | null
  readonly statement: string
}

/** A page of quotations; `next` is the offset of the following page, or null. */
export interface QuotePage {
  readonly items: readonly QuoteItem[]
  readonly limit: number
  readonly offset: number
  readonly next: number | null
}

/** A stance a quotation takes toward a topic. */
export interface StanceItem {
  readonly quoteId: string
  readonly topic: string
  readonly label: StanceLabel
  readonly holder: string | null
  readonly confidence: number
}

/** A stored article as GET /api/articles/:id returns it. */
export interface ArticleView {
  readonly id: string
  readonly title: string | null
  readonly published: string | null
  readonly source: {
    readonly url: string | null
    readonly outlet: string | null
    readonly path: string | null
  }
  readonly text: string
  readonly regions: readonly { readonly kind: string; readonly start: number; readonly end: number }[]
  readonly actors: readonly { readonly id: string; readonly name: string; readonly role: string | null }[]
  readonly quotes: readonly QuoteItem[]
  readonly stances: readonly StanceItem[]
}

/** One search hit; the snippet marks matched words with `highlight`. */
export interface SearchItem {
  readonly kind: 'quote' | 'article'
  readonly articleId: string
  readonly quoteId: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly snippet: string
}

/** GET /api/search. */
export interface SearchResult {
  readonly items: readonly SearchItem[]
  readonly highlight: { readonly open: string; readonly close: string }
}

/** A statement behind a position. */
export interface PositionStatement {
  readonly actorName: string
  readonly label: StanceLabel
  readonly date: string
  readonly quoteId: string
  readonly text: string
  readonly articleId: string
  readonly outlet: string | null
}

/** A period of one actor's position. */
export interface PositionPeriod {
  readonly period: string
  readonly label: StanceLabel
  /** How many statements the period had; `statements` holds the strongest few. */
  readonly count?: number
  readonly statements: readonly PositionStatement[]
}

/** GET /api/positions. */
export interface PositionsView {
  readonly topic: string
  readonly by: 'day' | 'week' | 'month'
  readonly actors: readonly {
    readonly actor: string
    readonly actorName: string
    readonly periods: readonly PositionPeriod[]
  }[]
  readonly shifts: readonly {
    readonly actorName: string
    readonly from: PositionPeriod
    readonly to: PositionPeriod
  }[]
  readonly contradictions: readonly {
    readonly actorName: string
    readonly a: PositionStatement
    readonly b: PositionStatement
    readonly days: number
  }[]
  /** How many actors, shifts and contradictions there are in all (shifts and contradictions among the page's actors). */
  readonly totals?: { readonly actors: number; readonly shifts: number; readonly contradictions: number }
  /** The days the periods cover (null: unbounded). */
  readonly window?: { readonly since: string | null; readonly until: string | null }
  /** The outlets that carried the topic's statements, most first. */
  readonly outlets?: readonly { readonly outlet: string; readonly statements: number }[]
}

/** A role an actor was given, with the first and last article dates it was seen. */
export interface RoleItem {
  readonly title: string
  readonly kind: string
  readonly first: string | null
  readonly last: string | null
  readonly articles: number
}

/** One person or institution across articles, as GET /api/actors lists it. */
export interface ActorItem {
  readonly id: string
  readonly name: string
  readonly kind: 'person' | 'org'
  readonly aliases: readonly string[]
  readonly roles: readonly RoleItem[]
  readonly labels: { readonly country?: string; readonly affiliation?: string; readonly camp?: string }
  readonly articles: number
  readonly statements: number
  readonly first: string | null
  readonly last: string | null
}

/** A page of actors, most quoted first; `next` is the offset of the following page, or null. */
export interface ActorPage {
  readonly items: readonly ActorItem[]
  readonly limit: number
  readonly offset: number
  readonly next: number | null
  readonly total: number
}

/** One of an actor's quotations with its stances. */
export interface ActorQuoteItem extends QuoteItem {
  readonly stances: readonly Pick<StanceItem, 'topic' | 'label' | 'confidence'>[]
}

/** GET /api/actors/:id: one actor in full. */
export interface ActorView extends ActorItem {
  readonly evidence: readonly {
    readonly name: string
    readonly article: string
    readonly reason: string
    readonly confidence: number
  }[]
  readonly quotations: number
  readonly stances: readonly {
    readonly topic: string
    readonly label: StanceLabel
    readonly statements: number
  }[]
  readonly stancesComplete: boolean
  /** Newest first, at most the limit asked for. */
  readonly quotes: readonly ActorQuoteItem[]
}

/** An error response from the API, with its problem details. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail)
  }
}

/** A sentence behind a framing figure. */
export interface FramingEvidence {
  readonly articleId: string
  readonly outlet: string | null
  readonly sentence: string
  readonly match: string
}

/** GET /api/compare: per-outlet profiles and the differences between them. */
export interface ComparisonView {
  readonly outlets: readonly string[]
  readonly profiles: readonly {
    readonly outlet: string
    readonly articles: number
    readonly words: number
    readonly quotes: number
    readonly voices: readonly { readonly name: string; readonly quotes: number; readonly share: number }[]
    readonly attribution: {
      readonly statements: number
      readonly neutralShare: number
      readonly verbs: readonly { readonly verb: string; readonly class: string; readonly count: number }[]
    }
    readonly loaded: {
      readonly ownVoice: number
      readonly quoted: number
      readonly perThousandWords: number
      readonly terms: readonly { readonly term: string; readonly ownVoice: number; readonly quoted: number }[]
    }
    readonly stance: { readonly statements: number; readonly byLabel: Readonly<Record<string, number>> }
  }[]
  readonly differences: readonly {
    readonly dimension: string
    readonly item: string
    readonly unit: 'count' | 'share' | 'per-1000-words'
    readonly figures: Readonly<Record<string, number>>
    readonly evidence: readonly FramingEvidence[]
  }[]
}

/** The typed API calls. */
export interface ApiClient {
  stats(): Promise<Readonly<Record<string, unknown>>>
  quotes(filter: Readonly<Record<string, string | number>>): Promise<QuotePage>
  search(q: string, limit?: number): Promise<SearchResult>
  article(id: string): Promise<ArticleView>
  positions(topic: string, by?: string, actor?: string): Promise<PositionsView>
  actors(filter: {
    readonly name?: string
    readonly limit?: number
    readonly offset?: number
  }): Promise<ActorPage>
  actor(id: string, limit?: number): Promise<ActorView>
  compare(
    outlets: readonly string[],
    scope: { readonly topic?: string; readonly story?: string },
  ): Promise<ComparisonView>
}

type Fetch = (url: string, init?: { headers?: Record<string, string> }) => Promise<Response>

/**
 * A client for the API at `base` (same origin by default). With a token, every call sends it
 * as a bearer token.
 * @example const page = await createApiClient().quotes({ actor: 'Khamenei', limit: 50 })
 */
export function createApiClient(
  opts: { base?: string; token?: string | null; fetch?: Fetch } = {},
): ApiClient {
  const doFetch: Fetch = opts.fetch ?? ((url, init) => fetch(url, init))
  const headers: Record<string, string> = opts.token ? { authorization: `Bearer ${opts.token}` } : {}
  const get = async <T>(path: string, params: Readonly<Record<string, string | number | undefined>> = {}) => {
    const query = new URLSearchParams()
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v))
    const qs = query.toString()
    const res = await doFetch(`${opts.base ?? ''}/api${path}${qs ? `?${qs}` : ''}`, { headers })
    const body = (await res.json()) as T & { detail?: string }
    if (!res.ok) throw new ApiError(res.status, body.detail ?? `HTTP ${res.status}`)
    return body as T
  }
  return {
    stats: () => get('/stats'),
    quotes: (filter) => get('/quotes', filter),
    search: (q, limit) => get('/search', { q, limit }),
    article: (id) => get(`/articles/${encodeURIComponent(id)}`),
    positions: (topic, by, actor) => get('/positions', { topic, by, actor }),
    actors: (filter) => get('/actors', filter),
    actor: (id, limit) => get(`/actors/${encodeURIComponent(id)}`, { limit }),
    compare: (outlets, scope) => get('/compare', { outlets: outlets.join(','), ...scope }),
  }
}
