import { type Kysely, sql } from 'kysely'
import { HIGHLIGHT, RANK_WINDOW, type SearchHit } from '../store.ts'
import type { SearchIndex } from './kysely-store.ts'
import type { Database } from './schema.ts'

/** Title matches count twice as much as body matches (bm25 column weights: title, body). */
const BM25 = sql`bm25(search_fts, 2.0, 1.0)`

/** Words per snippet. */
const SNIPPET_TOKENS = 24

interface RankedRow {
  rowid: number
  article_id: string
  quote_id: string | null
  rank: number
}

/**
 * The top rows by bm25 among the {@link RANK_WINDOW} matches stored last (FTS5 reads its rowids
 * backwards and stops there, and bm25 looks up each ranked row's length: ranking every match of a
 * common word took hundreds of ms at 100,000 articles). Snippets come in a second query, so they
 * are built for these rows only.
 */
async function rank(db: Kysely<Database>, match: string, limit: number): Promise<RankedRow[]> {
  const { rows } = await sql<RankedRow>`
    SELECT r.rowid AS rowid, r.article_id AS article_id, r.quote_id AS quote_id, -m.score AS rank
    FROM (
      SELECT rowid, ${BM25} AS score FROM search_fts WHERE search_fts MATCH ${match}
      ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
    ) m JOIN fts_rows r ON r.rowid = m.rowid
    ORDER BY m.score, r.article_id, r.quote_id
    LIMIT ${limit}
  `.execute(db)
  return rows
}

/**
 * Snippets for the ranked rows, one rowid seek each: FTS5 seeks to a single rowid but not to a
 * list (an IN list, or a range around it, walks the match's doclist between them). The CAST
 * matters: a JavaScript number binds as a REAL, and FTS5 then drops the rowid constraint and
 * answers with every match.
 */
async function snippets(db: Kysely<Database>, match: string, rowids: number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>()
  for (const rowid of rowids) {
    const { rows } = await sql<{ snippet: string }>`
      SELECT snippet(search_fts, -1, ${HIGHLIGHT.open}, ${HIGHLIGHT.close}, '…', ${SNIPPET_TOKENS}) AS snippet
      FROM search_fts WHERE search_fts MATCH ${match} AND rowid = CAST(${rowid} AS INTEGER)
    `.execute(db)
    if (rows[0]) found.set(rowid, rows[0].snippet)
  }
  return found
}

/**
 * Full-text search on SQLite: FTS5 with bm25 ranking and snippet(). Every term must match; each
 * is quoted, so nothing a user types is read as FTS5 syntax. The index is kept by sqlite-writer.ts.
 */
export const sqliteSearch: SearchIndex = {
  async search(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchHit[]> {
    const match = terms.map((t) => `"${t}"`).join(' ')
    const ranked = await rank(db, match, limit)
    if (ranked.length === 0) return []
    const snippet = await snippets(
      db,
      match,
      ranked.map((r) => r.rowid),
    )
    const articles = await db
      .selectFrom('articles')
      .select(['id', 'title', 'outlet', 'published'])
      .where('id', 'in', [...new Set(ranked.map((r) => r.article_id))])
      .execute()
    const byId = new Map(articles.map((a) => [a.id, a]))
    return ranked.map((r) => {
      const a = byId.get(r.article_id)
      return {
        kind: r.quote_id === null ? 'article' : 'quote',
        articleId: r.article_id,
        quoteId: r.quote_id,
        title: a?.title ?? null,
        outlet: a?.outlet ?? null,
        published: a?.published ?? null,
        snippet: snippet.get(r.rowid) ?? '',
        rank: r.rank,
      }
    })
  },

  /** Merges FTS5's segments into one (searching 100,000 articles took half as long), then lets
   * SQLite refresh its statistics. */
  async optimize(db: Kysely<Database>): Promise<void> {
    await sql`INSERT INTO search_fts (search_fts) VALUES ('optimize')`.execute(db)
    await sql`PRAGMA optimize`.execute(db)
  },
}
