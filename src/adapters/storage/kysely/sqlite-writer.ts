import type SqliteDatabase from 'better-sqlite3'
import type { SaveMeta, SaveStatus } from '../store.ts'
import { type ArticleRows, layersOf } from './article-rows.ts'
import { type ArticleWriter, type StoredVersion, saveDecision } from './article-writer.ts'

type Row = Record<string, unknown>
type Statement = SqliteDatabase.Statement<unknown[], unknown>

/**
 * The SQLite writer: better-sqlite3 statements, prepared once and run synchronously in one
 * BEGIN IMMEDIATE transaction per article. Kysely would compile and prepare every statement anew
 * on each save, which cost more than the writing itself. It also keeps the FTS5 index (search_fts,
 * numbered through fts_rows) in step, in the same transaction.
 */
export function sqliteWriter(raw: SqliteDatabase.Database): ArticleWriter {
  const inserts = new Map<string, Statement>()
  /** An INSERT for a table and column list, prepared on first use (rows of a table share their keys). */
  const insert = (table: string, row: Row): Statement => {
    const columns = Object.keys(row)
    const key = `${table}(${columns.join(',')})`
    let statement = inserts.get(key)
    if (!statement) {
      const values = columns.map((c) => `@${c}`).join(', ')
      statement = raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${values})`)
      inserts.set(key, statement)
    }
    return statement
  }
  const old = raw.prepare<[string], StoredVersion>(
    'SELECT content_hash, pipeline_version FROM articles WHERE id = ?',
  )
  const remove = [
    raw.prepare('DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM fts_rows WHERE article_id = ?)'),
    raw.prepare('DELETE FROM articles WHERE id = ?'),
  ]
  const ftsRow = raw.prepare<[string, string | null]>(
    'INSERT INTO fts_rows (article_id, quote_id) VALUES (?, ?)',
  )
  const ftsText = raw.prepare<[number | bigint, string, string]>(
    'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)',
  )
  const index = (articleId: string, quoteId: string | null, title: string, body: string): void => {
    ftsText.run(ftsRow.run(articleId, quoteId).lastInsertRowid, title, body)
  }

  const write = raw.transaction((rows: ArticleRows, meta: SaveMeta): SaveStatus => {
    const { id, title, text } = rows.article
    const stored = old.get(id)
    const status = saveDecision(stored, meta)
    if (status === 'unchanged') return status
    // Deleting the article cascades to its layers and its fts_rows; the FTS5 rows go first.
    if (stored) for (const statement of remove) statement.run(id)
    insert('articles', rows.article).run(rows.article)
    for (const [table, layer] of layersOf(rows)) {
      for (const row of layer) insert(table, row).run(row)
    }
    index(id, null, title ?? '', text)
    for (const q of rows.quotes) index(id, q.quote_id, '', q.text)
    return status
  })
  return { save: async (rows, meta) => write.immediate(rows, meta) }
}
