import type { RegistryEntry } from '../../stages/actors/index.ts'
import type { Store } from '../storage/store.ts'
import { type CorpusActors, countStatements, readCorpusActors } from './corpus-actors.ts'

/** What a server reads of the corpus's actors, resolved once and kept for a while. */
export interface CorpusView {
  readonly actors: CorpusActors
  /** Statements per article actor ({@link countStatements}). */
  readonly statements: ReadonlyMap<string, number>
}

export interface CorpusCacheOptions {
  /** How long a resolution serves before the next request reads the store again; default 60 s. */
  readonly maxAgeMs?: number
  readonly now?: () => number
}

/**
 * The corpus's actors for a long-running reader (the HTTP API): resolving identities reads every
 * stored article's actors, which takes seconds on a large corpus, so a resolution is kept for
 * `maxAgeMs` and shared by the requests that arrive meanwhile (one read at a time). Articles
 * ingested meanwhile show up at the next resolution.
 * @example const corpus = corpusCache(store, registry); const { actors } = await corpus()
 */
export function corpusCache(
  store: Store,
  registry: readonly RegistryEntry[],
  options: CorpusCacheOptions = {},
): () => Promise<CorpusView> {
  const maxAge = options.maxAgeMs ?? 60_000
  const now = options.now ?? Date.now
  let kept: { at: number; view: Promise<CorpusView> } | undefined
  return () => {
    if (kept && now() - kept.at < maxAge) return kept.view
    const view = Promise.all([readCorpusActors(store, registry), countStatements(store)]).then(
      ([actors, statements]) => ({ actors, statements }),
    )
    const entry = { at: now(), view }
    kept = entry
    // a failed read is not kept: the next request tries again
    view.catch(() => {
      if (kept === entry) kept = undefined
    })
    return view
  }
}
