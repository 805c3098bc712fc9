import { type Kysely, type Selectable, sql } from 'kysely'
import type { ArticleActorKey, QuoteFilter, QuoteRow } from '../store.ts'
import { actorKey, nameKey } from './article-rows.ts'
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
 * Quotations matching a filter. An actor is looked up through `actor_names`, whose index holds
 * each name's articles newest first: the query reads them in that order and stops at its limit,
 * however often the name is quoted. Without an actor, articles are read by their date index.
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
      .where('n.name_key', '=', actorKey(filter.actor))
  }
  // The same date and article, from actor_names when it leads, so that its index gives the order.
  const lead =
    filter.actor === undefined
      ? { published: 'a.published', id: 'q.article_id' }
      : { published: 'n.published', id: 'n.article_id' }
  const published = sql.ref<string | null>(lead.published)
  const { topic, stance } = filter
  if (topic !== undefined || stance !== undefined) {
    // A semi-join: a quote with stances on several topics is listed once, with no DISTINCT.
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('stances as s')
          .select('s.quote_id')
          .whereRef('s.article_id', '=', 'q.article_id')
          .whereRef('s.quote_id', '=', 'q.quote_id')
          .$if(topic !== undefined, (qb) => qb.where('s.topic', '=', topic ?? ''))
          .$if(stance !== undefined, (qb) => qb.where('s.label', '=', stance ?? 'neutral')),
      ),
    )
  }
  if (filter.act !== undefined) {
    const act = filter.act
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('acts as x')
          .select('x.quote_id')
          .whereRef('x.article_id', '=', 'q.article_id')
          .whereRef('x.quote_id', '=', 'q.quote_id')
          .where('x.kind', '=', act),
      ),
    )
  }
  if (filter.outlet !== undefined) query = query.where('a.outlet_key', '=', nameKey(filter.outlet))
  if (filter.since !== undefined) query = query.where(published, '>=', filter.since)
  if (filter.until !== undefined) query = query.where(published, '<=', filter.until)
  if (filter.kind !== undefined) query = query.where('q.kind', '=', filter.kind)
  const rows = await query
    .orderBy(published, (o) => o.desc().nullsLast())
    .orderBy(sql.ref(lead.id))
    .orderBy('q.span_start')
    .orderBy('q.quote_id')
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map(toQuoteRow)
}

/** Articles per query of {@link findMemberQuotes}: well under either engine's bound-value limit. */
const ARTICLES_PER_QUERY = 1000

/**
 * The quotations of these article actors, by article id then text order. Each query seeks the
 * articles by the primary key and keeps the rows of the actors asked about in that article.
 */
export async function findMemberQuotes(
  db: Kysely<Database>,
  members: readonly ArticleActorKey[],
): Promise<QuoteRow[]> {
  const byArticle = new Map<string, Set<string>>()
  for (const m of members) {
    const ids = byArticle.get(m.articleId)
    if (ids) ids.add(m.actor)
    else byArticle.set(m.articleId, new Set([m.actor]))
  }
  const articles = [...byArticle.keys()].sort()
  const found: QuoteRow[] = []
  for (let i = 0; i < articles.length; i += ARTICLES_PER_QUERY) {
    const chunk = articles.slice(i, i + ARTICLES_PER_QUERY)
    const ids = [...new Set(chunk.flatMap((a) => [...(byArticle.get(a) ?? [])]))]
    const rows = await selectQuotes(db)
      .where('q.article_id', 'in', chunk)
      .where('q.speaker_actor_id', 'in', ids)
      .orderBy('q.article_id')
      .orderBy('q.span_start')
      .orderBy('q.quote_id')
      .execute()
    for (const r of rows)
      if (r.speaker_actor_id !== null && byArticle.get(r.article_id)?.has(r.speaker_actor_id))
        found.push(toQuoteRow(r))
  }
  return found
}
