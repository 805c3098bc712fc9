import type { Analyzed, RawArticle, StageContext, WithQuotes } from './core/index.ts'
import { resolveActors } from './stages/actors/index.ts'
import { detectActs } from './stages/acts/index.ts'
import { clean } from './stages/clean/index.ts'
import { dateDocument } from './stages/dates/index.ts'
import { findMentions } from './stages/mentions/index.ts'
import { extractQuotes } from './stages/quotes/index.ts'
import { segment } from './stages/segment/index.ts'
import { scoreStance } from './stages/stance/index.ts'
import { tag } from './stages/tag/index.ts'

/** Version of the whole pipeline: stored results carry it, so a re-analysis can find stale rows. */
export const PIPELINE_VERSION = 'subtext-pipeline@0.1.0'

/**
 * The only place the stage order is written. An article that is not English stops after cleaning
 * and segmentation: its layers are empty, and its LANGUAGE_UNSUPPORTED diagnostic says why.
 * @example analyze(raw, ctx).quotes.length
 */
export function analyze(raw: RawArticle, ctx: StageContext): Analyzed {
  const cleaned = clean(raw, ctx)
  const dated = dateDocument(tag(segment(cleaned, ctx), ctx), ctx)
  const supported = !cleaned.diagnostics.some((d) => d.code === 'LANGUAGE_UNSUPPORTED')
  const quoted: WithQuotes = supported
    ? extractQuotes(resolveActors(findMentions(dated, ctx), ctx), ctx)
    : { ...dated, words: [], mentions: [], actors: [], quotes: [] }
  return scoreStance(detectActs(quoted, ctx), ctx)
}
