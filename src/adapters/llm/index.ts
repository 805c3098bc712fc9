/**
 * The optional LLM stance backend: see README.md. Adapters call `stanceRefinerFrom(env)` once and,
 * when it returns a refiner, pass each analysed document through it.
 */
import type { Analyzed, Topic } from '../../core/index.ts'
import { createMemoryStanceCache, openFileStanceCache } from './cache.ts'
import { createChatClient, type FetchLike } from './client.ts'
import { type LlmOverrides, llmConfigFrom } from './config.ts'
import { type RefineReport, refineStances } from './stance-llm.ts'

export * from './cache.ts'
export * from './client.ts'
export * from './config.ts'
export * from './errors.ts'
export * from './stance-llm.ts'

/** refineStances with its client and cache bound, for a command that analyses many articles. */
export interface StanceRefiner {
  /** The model's name, as the stances' method `llm:<model>@1` records it. */
  readonly model: string
  refine(doc: Analyzed, topics: readonly Topic[]): Promise<{ doc: Analyzed; report: RefineReport }>
  /** Writes the file cache, if any. Call it after the last article (or after each, to keep progress). */
  flush(): Promise<void>
}

/**
 * A refiner from SUBTEXT_LLM_* variables (and overrides), or null when the backend is not
 * configured. Throws LlmConfigError for a bad setting, and an Error for an unreadable cache file.
 * @example const refiner = await stanceRefinerFrom(io.env ?? {}); if (refiner) doc = (await refiner.refine(doc, topics)).doc
 */
export async function stanceRefinerFrom(
  env: Readonly<Record<string, string | undefined>>,
  overrides: LlmOverrides = {},
  fetchImpl: FetchLike = fetch,
): Promise<StanceRefiner | null> {
  const config = llmConfigFrom(env, overrides)
  if (!config) return null
  const cache = config.cache ? await openFileStanceCache(config.cache) : createMemoryStanceCache()
  const deps = { client: createChatClient(config, fetchImpl), model: config.model, cache }
  return {
    model: config.model,
    refine: (doc, topics) => refineStances(doc, topics, deps),
    flush: () => cache.flush(),
  }
}
