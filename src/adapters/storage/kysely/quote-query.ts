import type { Kysely, Selectable } from 'kysely'
import type { QuoteFilter, QuoteRow } from '../store.ts'
import { nameKey } from './article-rows.ts'
import type { Database } from './schema.ts'

/** The default page size of `Store.quotes`. */
export const DEFAULT_QUOTE_LIMIT = 100

type QuoteSelection = Pick<
  Selectable<Database['quotes']>,
  | 'article_id'
  | 'quote_id'
  | 'span_start'
  | 'span_end'
  | 'text'
  | 'kind'
  | 'speaker_name'
  | 'speaker_role'
  | 'speaker_actor_id'
  | 'cue'
  | 'date'
  | 'statement'
> &
  Pick<Selectable<Database['articles']>, 'outlet' | 'published' | 'title'>

/** A database row as the Store API returns it. */
export function toQuoteRow(r: QuoteSelection): QuoteRow {
  return {
    articleId: r.article_id,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    quoteId: r.quote_id,
    start: Number(r.span_start),
    end: Number(r.span_end),
    text: r.text,
    kind: r.kind,
    speaker: r.speaker_name,
    role: r.speaker_role,
    actorId: r.speaker_actor_id,
    cue: r.cue,
    date: r.date,
    statement: r.statement,
  }
}

/** The quotes joined to their articles, with the columns a QuoteRow needs. */
export function selectQuotes(db: Kysely<Database>) {
  return db
    .selectFrom('quotes as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .select([
      'q.article_id',
      'q.quote_id',
      'q.span_start',
      'q.span_end',
      'q.text',
      'q.kind',
      'q.speaker_name',
      'q.speaker_role',
      'q.speaker_actor_id',
      'q.cue',
      'q.date',
      'q.statement',
      'a.outlet',
      'a.published',
      'a.title',
    ])
}

/** A limit or offset as given, or `fallback`; throws RangeError unless a non-negative integer. */
export const count = (n: number | undefined, what: string, fallback: number): number => {
  const value = n ?? fallback
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`store: expected filter.${what} to be a non-negative integer, found ${n}`)
  }
  return value
}

/**
 * Quotations matching a filter. The actor is looked up through `actor_names` (an index on the
 * folded name), so the query starts from that actor's few articles rather than every quote.
 */
export async function findQuotes(db: Kysely<Database>, filter: QuoteFilter): Promise<QuoteRow[]> {
  const limit = count(filter.limit, 'limit', DEFAULT_QUOTE_LIMIT)
  const offset = count(filter.offset, 'offset', 0)
  let query = selectQuotes(db)
  if (filter.actor !== undefined) {
    query = query
      .innerJoin('actor_names as n', (j) =>
        j.onRef('n.article_id', '=', 'q.article_id').onRef('n.actor_id', '=', 'q.speaker_actor_id'),
      )
      .where('n.name_key', '=', nameKey(filter.actor))
  }
  const { topic, stance } = filter
  if (topic !== undefined || stance !== undefined) {
    query = query
      .innerJoin('stances as s', (j) =>
        j.onRef('s.article_id', '=', 'q.article_id').onRef('s.quote_id', '=', 'q.quote_id'),
      )
      .$if(topic !== undefined, (qb) => qb.where('s.topic', '=', topic ?? ''))
      .$if(stance !== undefined, (qb) => qb.where('s.label', '=', stance ?? 'neutral'))
      // A quote can take stances on several topics: list it once.
      .distinct()
  }
  if (filter.outlet !== undefined) query = query.where('a.outlet_key', '=', nameKey(filter.outlet))
  if (filter.since !== undefined) query = query.where('a.published', '>=', filter.since)
  if (filter.until !== undefined) query = query.where('a.published', '<=', filter.until)
  if (filter.kind !== undefined) query = query.where('q.kind', '=', filter.kind)
  const rows = await query
    .orderBy('a.published', (o) => o.desc().nullsLast())
    .orderBy('q.article_id')
    .orderBy('q.span_start')
    .orderBy('q.quote_id')
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map(toQuoteRow)
}
