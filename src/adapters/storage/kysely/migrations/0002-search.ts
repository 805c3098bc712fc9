import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from '../schema.ts'

/**
 * SQLite: one FTS5 table over quotation text and article title and text. Its rows are numbered
 * by `fts_rows`, which ties each to its article, so an article's rows can be found and deleted by
 * index (a WHERE on an FTS5 column would scan the whole table). The store keeps both in step,
 * in the transaction that saves the article.
 */
async function sqliteSearch(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE fts_rows (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id TEXT
  )`.execute(db)
  await sql`CREATE INDEX fts_rows_article ON fts_rows(article_id)`.execute(db)
  // Porter stemming, as PostgreSQL's english configuration stems: "negotiations" finds "negotiate".
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tokenize = 'porter unicode61 remove_diacritics 2'
  )`.execute(db)
}

/** PostgreSQL: generated tsvector columns, so the index can never drift from the text; GIN indexes. */
async function postgresSearch(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, text), 'B')
  ) STORED`.execute(db)
  await sql`ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, text)
  ) STORED`.execute(db)
  await sql`CREATE INDEX articles_search ON articles USING gin (search)`.execute(db)
  await sql`CREATE INDEX quotes_search ON quotes USING gin (search)`.execute(db)
}

/** Full-text search structures, which differ by engine. */
export const searchMigration = (engine: Engine): Migration => ({
  up: (db) => (engine === 'sqlite' ? sqliteSearch(db) : postgresSearch(db)),
})
