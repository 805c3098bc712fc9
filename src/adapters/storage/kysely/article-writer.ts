import type { SaveMeta, SaveStatus } from '../store.ts'
import type { ArticleRows } from './article-rows.ts'

/** Writes one article's rows in one transaction: the part of saving that differs by engine. */
export interface ArticleWriter {
  save(rows: ArticleRows, meta: SaveMeta): Promise<SaveStatus>
}

/** What is stored of an article already: enough to tell whether a save would change anything. */
export interface StoredVersion {
  readonly content_hash: string
  readonly pipeline_version: string
}

/**
 * What a save must do given the stored version: nothing ('unchanged'), or write the article,
 * replacing the old one ('updated') or not ('added').
 */
export function saveDecision(old: StoredVersion | undefined, meta: SaveMeta): SaveStatus {
  if (!old) return 'added'
  const same = old.content_hash === meta.contentHash && old.pipeline_version === meta.pipelineVersion
  return same && !meta.force ? 'unchanged' : 'updated'
}
