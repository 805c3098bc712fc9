/**
 * Query-string validation for the API: each parser names the parameter, what it expected and
 * what it found, and throws {@link ValidationError} (a 400).
 * @module
 */
import type { QuoteKind, StanceLabel } from '../../core/index.ts'
import type { QuoteFilter } from '../storage/store.ts'
import { ValidationError } from './problem.ts'

/** The query parameters of one request, first value of each. */
export type Query = Readonly<Record<string, string | undefined>>

/** Quote kinds and stance labels the API accepts. */
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed']
export const STANCE_LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']

/** The largest page a list endpoint serves. */
export const MAX_LIMIT = 500

/**
 * Rejects parameters a route does not know, so a misspelt filter is not silently ignored.
 * @example rejectUnknown({ actr: 'x' }, ['actor']) // throws ValidationError
 */
export function rejectUnknown(query: Query, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((k) => !known.includes(k))
  if (unknown.length > 0) {
    throw new ValidationError(
      `unknown query parameter ${unknown.map((k) => `'${k}'`).join(', ')}; expected ${known.join(', ')}`,
    )
  }
}

/** A required non-empty text parameter. */
export function requireText(query: Query, name: string): string {
  const value = query[name]?.trim()
  if (!value) throw new ValidationError(`expected query parameter '${name}'`)
  return value
}

/**
 * An integer parameter within [min, max], or `fallback` when absent.
 * @example parseInteger({ limit: '20' }, 'limit', 50, 1, 500) // 20
 */
export function parseInteger(query: Query, name: string, fallback: number, min: number, max: number): number {
  const value = query[name]
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ValidationError(`expected '${name}' to be an integer from ${min} to ${max}, found '${value}'`)
  }
  return n
}

/**
 * An ISO day (YYYY-MM-DD) that names a real date, or undefined when absent.
 * @example parseDay({ since: '2025-02-30' }, 'since') // throws ValidationError
 */
export function parseDay(query: Query, name: string): string | undefined {
  const value = query[name]
  if (value === undefined) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new ValidationError(`expected '${name}' to be a date as YYYY-MM-DD, found '${value}'`)
  }
  return value
}

/**
 * One of a list of values, or undefined when absent.
 * @example parseChoice({ kind: 'direct' }, 'kind', QUOTE_KINDS) // 'direct'
 */
export function parseChoice<C extends string>(
  query: Query,
  name: string,
  allowed: readonly C[],
): C | undefined {
  const value = query[name]
  if (value === undefined) return undefined
  if (!allowed.includes(value as C)) {
    throw new ValidationError(`expected '${name}' to be one of ${allowed.join(', ')}, found '${value}'`)
  }
  return value as C
}

const QUOTE_PARAMS = ['actor', 'outlet', 'since', 'until', 'kind', 'topic', 'stance', 'limit', 'offset']

/** A page of quotations: the store filter with its limit and offset always set. */
export type QuotePage = QuoteFilter & { readonly limit: number; readonly offset: number }

/**
 * The quotation filter of GET /api/quotes, validated.
 * @example parseQuoteQuery({ actor: 'Khamenei', limit: '10' }) // { actor: 'Khamenei', limit: 10, offset: 0 }
 */
export function parseQuoteQuery(query: Query): QuotePage {
  rejectUnknown(query, QUOTE_PARAMS)
  const since = parseDay(query, 'since')
  const until = parseDay(query, 'until')
  if (since && until && since > until) {
    throw new ValidationError(`expected 'since' (${since}) to be on or before 'until' (${until})`)
  }
  const text = (name: string) => (query[name]?.trim() ? { [name]: query[name]!.trim() } : {})
  const kind = parseChoice(query, 'kind', QUOTE_KINDS)
  const stance = parseChoice(query, 'stance', STANCE_LABELS)
  return {
    ...text('actor'),
    ...text('outlet'),
    ...text('topic'),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(kind ? { kind } : {}),
    ...(stance ? { stance } : {}),
    limit: parseInteger(query, 'limit', 50, 1, MAX_LIMIT),
    offset: parseInteger(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
  }
}
