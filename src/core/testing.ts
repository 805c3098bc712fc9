import type { RawArticle } from './document.ts'
import { documentId } from './ids.ts'

/**
 * A raw plain-text article for tests, with fields overridden as a test needs. Not exported from
 * the core index: only tests use it.
 */
export const rawArticle = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  id: documentId('test'),
  source: { path: null, url: null, outlet: null },
  format: 'text',
  text,
  diagnostics: [],
  ...extra,
})
