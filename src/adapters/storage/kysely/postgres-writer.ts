import type pg from 'pg'
import { hash32 } from '../../../core/index.ts'
import type { SaveMeta, SaveStatus } from '../store.ts'
import { type ArticleRows, layersOf } from './article-rows.ts'
import { type ArticleWriter, type StoredVersion, saveDecision } from './article-writer.ts'

type Row = Record<string, unknown>

/** The tables to fill and their rows: the article first, then its non-empty layers. */
function tablesOf(rows: ArticleRows): [string, readonly Row[]][] {
  return [['articles', [rows.article as Row]], ...layersOf(rows).filter(([, r]) => r.length > 0)]
}

/**
 * One INSERT for the whole article: a data-modifying CTE per table, each reading its rows from a
 * JSON parameter with json_populate_recordset, so a save is one round trip instead of one per
 * table. Columns are named (generated search columns cannot be inserted), taken from the rows.
 * With `ifNew`, the article goes in only when its id is not stored (checked before the search
 * columns are computed), and its layers only when it did: a new article is saved by this one
 * statement, atomically, without BEGIN, SELECT and COMMIT round trips.
 */
function insertAll(tables: readonly [string, readonly Row[]][], ifNew: boolean): string {
  const ctes = tables.map(([table, rows], i) => {
    const columns = Object.keys(rows[0] ?? {}).join(', ')
    const from = `FROM json_populate_recordset(NULL::${table}, $${i + 1}::json) r`
    const where = !ifNew
      ? ''
      : i === 0
        ? ' WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.id)'
        : ' WHERE EXISTS (SELECT 1 FROM t0)'
    const tail = ifNew && i === 0 ? ' ON CONFLICT (id) DO NOTHING RETURNING id' : ''
    return `t${i} AS (INSERT INTO ${table} (${columns}) SELECT ${columns} ${from}${where}${tail})`
  })
  return `WITH ${ctes.join(',\n')} SELECT count(*)::int AS added FROM ${ifNew ? 't0' : '(SELECT 1) one'}`
}

/** A statement with a name made from its text: pg prepares it once per connection. */
const named = (text: string) => ({ name: `subtext_${hash32(text)}`, text })

/**
 * The transaction for an article that may be stored: lock the stored row, then (when the article
 * changed, or `force`) delete it, its layers going by cascade, and insert the new rows.
 */
async function replace(pool: pg.Pool, rows: ArticleRows, meta: SaveMeta): Promise<SaveStatus> {
  const id = rows.article.id
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const select = named('SELECT content_hash, pipeline_version FROM articles WHERE id = $1 FOR UPDATE')
    const old = await client.query<StoredVersion>({ ...select, values: [id] })
    const status = saveDecision(old.rows[0], meta)
    if (status !== 'unchanged') {
      if (old.rows.length > 0)
        await client.query({ ...named('DELETE FROM articles WHERE id = $1'), values: [id] })
      const tables = tablesOf(rows)
      await client.query({
        ...named(insertAll(tables, false)),
        values: tables.map(([, r]) => JSON.stringify(r)),
      })
    }
    await client.query('COMMIT')
    client.release()
    return status
  } catch (error) {
    // A connection that cannot roll back is broken: the pool drops it rather than reuse it.
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (e: Error) => e,
    )
    client.release(broken)
    throw error
  }
}

/**
 * The PostgreSQL writer. A new article is inserted by one statement; one already stored (or
 * being saved by another process) goes through {@link replace}. Statements are prepared once per
 * connection. The search columns are generated, so there is no index to keep in step.
 */
export function postgresWriter(pool: pg.Pool): ArticleWriter {
  return {
    async save(rows, meta): Promise<SaveStatus> {
      const tables = tablesOf(rows)
      const values = tables.map(([, r]) => JSON.stringify(r))
      const { rows: result } = await pool.query<{ added: number }>({
        ...named(insertAll(tables, true)),
        values,
      })
      return result[0]?.added === 1 ? 'added' : replace(pool, rows, meta)
    },
  }
}
