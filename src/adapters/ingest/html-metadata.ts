import type { DomDocument } from './html-dom.ts'
import { normalisePublished } from './published-date.ts'

/** What a page's markup states about itself, read before Readability rewrites the document. */
export interface HtmlMetadata {
  /** og:title (or twitter:title). */
  readonly ogTitle: string | null
  /** The `<title>` element. */
  readonly documentTitle: string | null
  /** meta author. */
  readonly author: string | null
  /** ISO date YYYY-MM-DD. */
  readonly published: string | null
  /** Absolute canonical URL: link rel=canonical, else og:url. */
  readonly url: string | null
  /** og:site_name. */
  readonly siteName: string | null
}

/** Meta keys for the publication date, most specific first. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'publish-date',
  'publishdate',
  'publish_date',
  'datepublished',
  'dc.date.issued',
  'dc.date',
]

/** Collapses white space; empty becomes null so callers can chain with `??`. */
export const cleanText = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}

/** Meta contents by lower-cased property, name or itemprop; the first occurrence of a key wins. */
function readMetaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>()
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase()
    const content = el.getAttribute('content')
    if (key && content?.trim() && !tags.has(key)) tags.set(key, content.trim())
  }
  return tags
}

/** The first string value of `key` in a JSON-LD value, searched depth-first (covers @graph and arrays). */
function findJsonLdString(value: unknown, key: string, depth = 0): string | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null
  if (!Array.isArray(value)) {
    const direct = (value as Record<string, unknown>)[key]
    if (typeof direct === 'string') return direct
  }
  for (const child of Object.values(value)) {
    const found = findJsonLdString(child, key, depth + 1)
    if (found) return found
  }
  return null
}

/** datePublished from the page's JSON-LD blocks; malformed blocks are common and skipped. */
function jsonLdPublished(doc: DomDocument): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findJsonLdString(JSON.parse(script.textContent ?? ''), 'datePublished')
      const date = found ? normalisePublished(found) : null
      if (date) return date
    } catch {
      // Not JSON: try the next block.
    }
  }
  return null
}

function readPublished(doc: DomDocument, tags: Map<string, string>): string | null {
  for (const key of PUBLISHED_KEYS) {
    const value = tags.get(key)
    const date = value ? normalisePublished(value) : null
    if (date) return date
  }
  const fromJsonLd = jsonLdPublished(doc)
  if (fromJsonLd) return fromJsonLd
  // <time> is the weakest evidence: a page shows many dates (comments, related stories), so the
  // one inside the article is preferred.
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]')
  const datetime = time?.getAttribute('datetime')
  return datetime ? normalisePublished(datetime) : null
}

/** The value when it is an absolute http(s) URL; a relative one cannot be resolved without a base. */
function absoluteUrl(value: string | null | undefined): string | null {
  const v = value?.trim()
  if (!v) return null
  try {
    const url = new URL(v)
    return url.protocol === 'http:' || url.protocol === 'https:' ? v : null
  } catch {
    return null
  }
}

function readCanonicalUrl(doc: DomDocument, tags: Map<string, string>): string | null {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const url = rel.includes('canonical') ? absoluteUrl(link.getAttribute('href')) : null
    if (url) return url
  }
  return absoluteUrl(tags.get('og:url'))
}

/**
 * Reads title, author, publication date, canonical URL and site name from a page's head.
 * @example readHtmlMetadata(parseDocument('<link rel="canonical" href="https://example.org/a">')).url // 'https://example.org/a'
 */
export function readHtmlMetadata(doc: DomDocument): HtmlMetadata {
  const tags = readMetaTags(doc)
  return {
    ogTitle: cleanText(tags.get('og:title') ?? tags.get('twitter:title')),
    documentTitle: cleanText(doc.title),
    // Not article:author, which is usually a profile URL rather than a name.
    author: cleanText(tags.get('author') ?? tags.get('dc.creator')),
    published: readPublished(doc, tags),
    url: readCanonicalUrl(doc, tags),
    siteName: cleanText(tags.get('og:site_name')),
  }
}
