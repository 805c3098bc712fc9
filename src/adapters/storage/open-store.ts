import type { Store } from './store.ts'

/** The store used when neither --db nor SUBTEXT_DB names one. */
export const DEFAULT_DB = './subtext.db'

/** How to open a store. */
export interface OpenStoreOptions {
  /** Fail with StoreNotFoundError rather than create a new SQLite file (read-only commands). */
  readonly mustExist?: boolean
}

/** True for a URL that names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url)

/**
 * Opens the store a URL names: `postgres://…` (or `postgresql://…`) is PostgreSQL; anything else
 * is a SQLite file path, or ':memory:'. The schema is migrated to the latest version on open.
 * Each engine's driver is loaded only when used.
 * @example const store = await openStore(resolveDbUrl(values.db, io.env))
 */
export async function openStore(url: string, opts: OpenStoreOptions = {}): Promise<Store> {
  if (url.trim() === '') throw new TypeError('store: expected a database path or postgres:// URL, found ""')
  if (isPostgresUrl(url)) {
    const { openPostgresStore } = await import('./kysely/postgres-store.ts')
    return openPostgresStore(url)
  }
  const { openSqliteStore } = await import('./kysely/sqlite-store.ts')
  return openSqliteStore(url, opts)
}

/**
 * The store a command uses: `--db` first, then the SUBTEXT_DB environment variable, then
 * ./subtext.db. Empty values count as unset.
 * @example resolveDbUrl(undefined, { SUBTEXT_DB: 'postgres://db/subtext' }) // 'postgres://db/subtext'
 */
export function resolveDbUrl(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = {},
): string {
  return flag || env.SUBTEXT_DB || DEFAULT_DB
}

/** A URL fit to print: the password of a postgres:// URL is masked. */
export function displayDbUrl(url: string): string {
  if (!isPostgresUrl(url)) return url
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}
