/**
 * What every dashboard page shares: the document, its address, the API client (with the token
 * given once as `#token=…` and kept for the session) and error display.
 * @module
 */
import { type ApiClient, ApiError, createApiClient } from './api-client.ts'
import { type Build, type DomDocument, type DomElement, elements, fill } from './dom.ts'

/** The page's globals, typed structurally. */
interface PageGlobals {
  readonly document: DomDocument
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string }
  readonly sessionStorage?: { getItem(k: string): string | null; setItem(k: string, v: string): void }
}

/** One page's context. */
export interface Page {
  readonly doc: DomDocument
  readonly h: Build
  readonly api: ApiClient
  /** The query parameters of the page's address. */
  readonly params: URLSearchParams
  readonly path: string
  /** The fragment, decoded, without '#'. */
  readonly hash: string
  /** The element with this id; throws if the page shell lacks it. */
  byId(id: string): DomElement
  /** Shows an error in the page's #status element. */
  fail(error: unknown): void
}

const TOKEN_KEY = 'subtext-token'

function tokenOf(g: PageGlobals): string | null {
  const given = /(?:^#|&)token=([^&]+)/.exec(g.location.hash)?.[1]
  if (given) g.sessionStorage?.setItem(TOKEN_KEY, decodeURIComponent(given))
  return g.sessionStorage?.getItem(TOKEN_KEY) ?? null
}

/** The current page's context. */
export function currentPage(): Page {
  const g = globalThis as unknown as PageGlobals
  const doc = g.document
  const h = elements(doc)
  const byId = (id: string) => {
    const el = doc.getElementById(id)
    if (!el) throw new Error(`page: expected an element #${id}`)
    return el
  }
  return {
    doc,
    h,
    api: createApiClient({ token: tokenOf(g) }),
    params: new URLSearchParams(g.location.search),
    path: g.location.pathname,
    hash: decodeURIComponent(g.location.hash.replace(/^#/, '')),
    byId,
    fail: (error) => {
      const message = error instanceof ApiError ? `${error.status}: ${error.message}` : String(error)
      fill(byId('status'), h('p', { class: 'error', role: 'alert' }, message))
    },
  }
}

/** Formats where and when a quotation appeared: "2025-02-03 · Outlet". */
export const sourceLine = (q: { date?: string | null; published: string | null; outlet: string | null }) =>
  [q.date ?? q.published ?? 'undated', q.outlet].filter(Boolean).join(' · ')
