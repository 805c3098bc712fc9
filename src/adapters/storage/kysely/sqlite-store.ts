import { existsSync } from 'node:fs'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { type Store, StoreNotFoundError } from '../store.ts'
import { KyselyStore } from './kysely-store.ts'
import { migrateToLatest, migrationsFor } from './migrations/index.ts'
import type { Database } from './schema.ts'
import { sqliteSearch } from './sqlite-search.ts'
import { sqliteWriter } from './sqlite-writer.ts'

/** How to open a SQLite store. */
export interface SqliteStoreOptions {
  /** Fail with StoreNotFoundError instead of creating a new file (for read-only commands). */
  readonly mustExist?: boolean
  /** How long to wait for another process's write lock, in ms (default 10 s). */
  readonly busyTimeoutMs?: number
}

/** True when every migration is recorded: the common case, checked without taking a write lock. */
function isCurrent(raw: SqliteDatabase.Database): boolean {
  const table = raw.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`)
  if (!table.get()) return false
  const done = new Set(
    (raw.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name),
  )
  return Object.keys(migrationsFor('sqlite')).every((name) => done.has(name))
}

/**
 * Kysely runs SQLite migrations outside a transaction and without a lock between processes. We
 * wrap them in BEGIN IMMEDIATE: a crash leaves no half-made schema, and a second process opening
 * a new store waits for the first instead of racing it.
 */
async function migrate(raw: SqliteDatabase.Database, db: Kysely<Database>): Promise<void> {
  if (isCurrent(raw)) return
  raw.exec('BEGIN IMMEDIATE')
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite')
    raw.exec('COMMIT')
  } catch (error) {
    if (raw.inTransaction) raw.exec('ROLLBACK')
    throw error
  }
}

/**
 * Opens (creating when needed) a SQLite store: a file path, or ':memory:'. WAL journal with
 * synchronous=NORMAL: a crash, even kill -9, loses at most the last transactions, never
 * consistency. Foreign keys on, so an article's layers go with it.
 * @example const store = await openSqliteStore('./subtext.db')
 */
export async function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Promise<Store> {
  if (opts.mustExist && (path === ':memory:' || !existsSync(path))) {
    throw new StoreNotFoundError(`No store at ${path}: run 'subtext ingest' first, or pass --db.`)
  }
  const raw = new SqliteDatabase(path, { timeout: opts.busyTimeoutMs ?? 10_000 })
  try {
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = NORMAL')
    raw.pragma('foreign_keys = ON')
    // A save dirties ~70 pages scattered over a dozen B-trees. Checkpointing every 10,000 pages
    // (~40 MB of WAL) rather than every 1,000 copies a page written by many saves once, and syncs
    // ten times less often. The WAL file stays under 64 MB, so it is reused rather than regrown.
    // A 64 MB page cache keeps the indexes' inner pages in memory as the store grows.
    raw.pragma('wal_autocheckpoint = 10000')
    raw.pragma(`journal_size_limit = ${64 * 1024 * 1024}`)
    raw.pragma('cache_size = -65536')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) })
    await migrate(raw, db)
    return new KyselyStore(db, sqliteSearch, sqliteWriter(raw))
  } catch (error) {
    raw.close()
    throw error
  }
}
