/**
 * A fresh, empty store for the store bench: a SQLite file in a new temporary folder, or a new
 * schema on a PostgreSQL server. Each knows its size on disk and how to remove itself.
 * @module
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openPostgresStore } from '../src/adapters/storage/kysely/postgres-store.ts'
import { openSqliteStore } from '../src/adapters/storage/kysely/sqlite-store.ts'
import { isPostgresUrl } from '../src/adapters/storage/open-store.ts'
import type { Store } from '../src/adapters/storage/store.ts'

/** A store made for one bench run. */
export interface BenchTarget {
  readonly engine: 'sqlite' | 'postgres'
  /** Where it is: the SQLite file, or the PostgreSQL URL and schema (password masked). */
  readonly where: string
  readonly store: Store
  /** Bytes on disk: the SQLite file with its WAL, or every relation of the schema with indexes and TOAST. */
  size(): Promise<number>
  /** Closes the store and deletes it, unless asked to keep it. */
  dispose(keep: boolean): Promise<void>
}

const fileSize = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

async function sqliteTarget(): Promise<BenchTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'subtext-bench-'))
  const path = join(dir, 'bench.db')
  const store = await openSqliteStore(path)
  return {
    engine: 'sqlite',
    where: path,
    store,
    size: async () => fileSize(path) + fileSize(`${path}-wal`),
    async dispose(keep) {
      await store.close()
      if (!keep) rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function postgresTarget(url: string): Promise<BenchTarget> {
  const schema = `subtext_bench_${process.pid}_${Date.now()}`
  const store = await openPostgresStore(url, { schema })
  const masked = new URL(url)
  if (masked.password) masked.password = '***'
  return {
    engine: 'postgres',
    where: `${masked.toString()} (schema ${schema})`,
    store,
    size: () =>
      withClient(url, async (c) => {
        const { rows } = await c.query<{ bytes: string }>(
          `SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0) AS bytes
           FROM pg_tables WHERE schemaname = $1`,
          [schema],
        )
        return Number(rows[0]?.bytes ?? 0)
      }),
    async dispose(keep) {
      await store.close()
      if (!keep) await withClient(url, (c) => c.query(`DROP SCHEMA ${schema} CASCADE`))
    },
  }
}

/** A new empty store: PostgreSQL when `url` is a postgres:// URL, else a temporary SQLite file. */
export function openBenchTarget(url: string | undefined): Promise<BenchTarget> {
  if (url !== undefined && !isPostgresUrl(url)) {
    throw new Error(
      `bench:store: expected --db to be a postgres:// URL (SQLite uses a temp file), found ${url}`,
    )
  }
  return url === undefined ? sqliteTarget() : postgresTarget(url)
}
