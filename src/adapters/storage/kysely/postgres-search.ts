import { type Kysely, sql } from 'kysely'
import { HIGHLIGHT, type SearchHit } from '../store.ts'
import type { SearchIndex } from './kysely-store.ts'
import type { Database } from './schema.ts'

/** ts_headline options: one fragment of about the length SQLite's snippet gives. */
const HEADLINE = `StartSel=${HIGHLIGHT.open}, StopSel=${HIGHLIGHT.close}, MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…`

interface HitRow {
  article_id: string
  quote_id: string | null
  rank: number
  title: string | null
  outlet: string | null
  published: string | null
  snippet: string
}

/**
 * Full-text search on PostgreSQL: the generated tsvector columns (GIN-indexed), ranked by
 * ts_rank_cd, every term required (plainto_tsquery). Headlines are built for the top rows only.
 * The columns are generated, so there is nothing to keep in step on save.
 */
export const postgresSearch: SearchIndex = {
  async search(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchHit[]> {
    const { rows } = await sql<HitRow>`
      WITH query AS (SELECT plainto_tsquery('english', ${terms.join(' ')}) AS q),
      hits AS (
        SELECT a.id AS article_id, NULL::text AS quote_id, ts_rank_cd(a.search, query.q, 32) AS rank
        FROM articles a, query WHERE a.search @@ query.q
        UNION ALL
        SELECT qu.article_id, qu.quote_id, ts_rank_cd(qu.search, query.q, 32)
        FROM quotes qu, query WHERE qu.search @@ query.q
        ORDER BY rank DESC, article_id, quote_id NULLS FIRST
        LIMIT ${limit}
      )
      SELECT h.article_id, h.quote_id, h.rank, a.title, a.outlet, a.published,
        ts_headline('english', COALESCE(qu.text, a.text), query.q, ${HEADLINE}) AS snippet
      FROM hits h
      JOIN articles a ON a.id = h.article_id
      LEFT JOIN quotes qu ON qu.article_id = h.article_id AND qu.quote_id = h.quote_id
      CROSS JOIN query
      ORDER BY h.rank DESC, h.article_id, h.quote_id NULLS FIRST
    `.execute(db)
    return rows.map((r) => ({
      kind: r.quote_id === null ? 'article' : 'quote',
      articleId: r.article_id,
      quoteId: r.quote_id,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      snippet: r.snippet,
      rank: Number(r.rank),
    }))
  },

  /** GIN indexes need no compaction; ANALYZE refreshes the planner's statistics. */
  async optimize(db: Kysely<Database>): Promise<void> {
    await sql`ANALYZE`.execute(db)
  },
}
