import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { Store } from '../store.ts'
import { KyselyStore } from './kysely-store.ts'
import { migrateToLatest } from './migrations/index.ts'
import { postgresSearch } from './postgres-search.ts'
import { postgresWriter } from './postgres-writer.ts'
import type { Database } from './schema.ts'

/** How to open a PostgreSQL store. */
export interface PostgresStoreOptions {
  /**
   * The schema to keep the tables in (created when missing); default: the server's search_path,
   * usually `public`. Tests give each store its own.
   */
  readonly schema?: string
  /** Connections in the pool (default 4). */
  readonly poolSize?: number
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/

/**
 * Opens a PostgreSQL store at a `postgres://` URL through a pg Pool, and brings its schema up to
 * date (Kysely's Migrator locks and runs in a transaction on PostgreSQL).
 * @example const store = await openPostgresStore('postgres://localhost/subtext')
 */
export async function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<Store> {
  const { schema } = opts
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TypeError(`store: expected options.schema to be a lower-case identifier, found ${schema}`)
  }
  if (schema !== undefined) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    } finally {
      await client.end()
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 4,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    const current = await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)
    await migrateToLatest(db as Kysely<unknown>, 'postgres', schema ?? current.rows[0]?.s ?? 'public')
  } catch (error) {
    await db.destroy()
    throw error
  }
  return new KyselyStore(db, postgresSearch, postgresWriter(pool))
}
