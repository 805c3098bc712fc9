import { displayDbUrl, openStore, resolveDbUrl } from '../../storage/open-store.ts'
import { type Store, StoreNotFoundError } from '../../storage/store.ts'
import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'

/** The --db option every store command takes, for parseArgs. */
export const DB_OPTION = { db: { type: 'string' } } as const

/** The help text for --db, shared by the store commands' usage. */
export const DB_HELP = `--db URL is a SQLite file or a postgres:// URL; without it, SUBTEXT_DB, then ./subtext.db.`

/**
 * Opens the store a command names (--db, else SUBTEXT_DB from io.env, else ./subtext.db), runs
 * `fn` and closes it. Query commands pass `mustExist`: a missing SQLite file is reported, not created.
 */
export async function withCommandStore(
  command: string,
  db: string | undefined,
  io: CliIo,
  opts: { readonly mustExist: boolean },
  fn: (store: Store, url: string) => Promise<number>,
): Promise<number> {
  const url = resolveDbUrl(db, io.env)
  let store: Store
  try {
    store = await openStore(url, opts)
  } catch (error) {
    const message =
      error instanceof StoreNotFoundError
        ? error.message
        : `cannot open ${displayDbUrl(url)}: ${(error as Error).message}`
    io.stderr.write(`subtext ${command}: ${message}\n`)
    return 1
  }
  try {
    return await fn(store, url)
  } finally {
    await store.close()
  }
}

/**
 * A non-negative integer option, or `fallback` when absent.
 * @example parseCount('quotes', 'limit', '20', 50) // 20
 */
export function parseCount(
  command: string,
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new UsageError(`${command}: expected --${name} to be a non-negative integer, found ${value}`)
  }
  return n
}

/**
 * An ISO day option (YYYY-MM-DD) that names a real date.
 * @example parseDay('quotes', 'since', '2025-02-30') // throws UsageError
 */
export function parseDay(command: string, name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(`${command}: expected --${name} to be a date as YYYY-MM-DD, found ${value}`)
  }
  return value
}

/**
 * A value that must be one of a list.
 * @example parseChoice('quotes', 'kind', 'direct', ['direct', 'indirect', 'mixed']) // 'direct'
 */
export function parseChoice<C extends string>(
  command: string,
  name: string,
  value: string | undefined,
  allowed: readonly C[],
): C | undefined {
  if (value === undefined) return undefined
  if (!allowed.includes(value as C)) {
    throw new UsageError(`${command}: expected --${name} to be ${allowed.join(', ')}, found ${value}`)
  }
  return value as C
}
