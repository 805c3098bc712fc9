import type { RegistryEntry } from '../../stages/actors/index.ts'
import type { Store } from '../storage/store.ts'
import {
  type ActorSummary,
  type CorpusActors,
  countMembers,
  readCorpusActors,
  summariseAll,
} from './corpus-actors.ts'

/** What a server reads of the corpus's actors, resolved once and kept for a while. */
export interface CorpusView {
  readonly actors: CorpusActors
  /** Statements per article actor ({@link countMembers}). */
  readonly statements: ReadonlyMap<string, number>
  /** Quotations per article actor ({@link countMembers}). */
  readonly quotations: ReadonlyMap<string, number>
  /** Every actor's summary, most quoted first ({@link summariseAll}). */
  readonly summaries: readonly ActorSummary[]
}

export interface CorpusCacheOptions {
  /** How long a resolution serves before the next request reads the store again; default 60 s. */
  readonly maxAgeMs?: number
  readonly now?: () => number
}

/**
 * The corpus's actors for a long-running reader (the HTTP API): resolving identities reads every
 * stored article's actors, which takes seconds on a large corpus (minutes at 100,000 articles), so
 * a resolution is kept and shared by the requests that arrive meanwhile (one read at a time). Once
 * `maxAgeMs` have passed since its read ended, the next request starts a new read and is answered from the kept one
 * until that read is done: only the very first request waits for a read. Articles ingested
 * meanwhile show up once the new read is done.
 * @example const corpus = corpusCache(store, registry); const { actors } = await corpus()
 */
export function corpusCache(
  store: Store,
  registry: readonly RegistryEntry[],
  options: CorpusCacheOptions = {},
): () => Promise<CorpusView> {
  const maxAge = options.maxAgeMs ?? 60_000
  const now = options.now ?? Date.now
  const read = (): Promise<CorpusView> =>
    Promise.all([readCorpusActors(store, registry), countMembers(store)]).then(([actors, counts]) => ({
      actors,
      ...counts,
      summaries: summariseAll(actors, counts.statements),
    }))
  /** The last resolution read (or the first one, while it is read), and when its read ended. */
  let kept: { at: number; view: Promise<CorpusView> } | undefined
  let reading: Promise<unknown> | undefined
  return () => {
    if (!kept) {
      const entry = { at: Number.POSITIVE_INFINITY, view: read() }
      kept = entry
      entry.view.then(
        () => {
          entry.at = now()
        },
        // a failed first read is not kept: the next request tries again
        () => {
          if (kept === entry) kept = undefined
        },
      )
      return entry.view
    }
    // measured from the end of a read, so a read slower than maxAge is not followed by another at once
    if (now() - kept.at >= maxAge && !reading) {
      const view = read()
      reading = view
        .then(() => {
          kept = { at: now(), view }
        })
        // a failed refresh keeps the old resolution; a later request tries again
        .catch(() => undefined)
        .finally(() => {
          reading = undefined
        })
    }
    return kept.view
  }
}
