import type { Document, RawArticle, StageContext } from '../src/core/index.ts'
import { resolveActors } from '../src/stages/actors/index.ts'
import { clean } from '../src/stages/clean/index.ts'
import { dateDocument } from '../src/stages/dates/index.ts'
import { findMentions } from '../src/stages/mentions/index.ts'
import { extractQuotes } from '../src/stages/quotes/index.ts'
import { segment } from '../src/stages/segment/index.ts'
import { tag } from '../src/stages/tag/index.ts'
import { round } from './measure.ts'

const NAMES = ['clean', 'segment', 'tag', 'dates', 'mentions', 'actors', 'quotes'] as const
type StageName = (typeof NAMES)[number]

const supported = (d: Document): boolean => !d.diagnostics.some((x) => x.code === 'LANGUAGE_UNSUPPORTED')

/**
 * Where `analyze` spends its time: runs the stages in the pipeline's order, timing each one.
 * Mirrors src/pipeline.ts (an unsupported language stops after dates); if the pipeline changes, so must this.
 */
export function timeStages(articles: readonly RawArticle[], ctx: StageContext) {
  const totals: Record<StageName, number> = {
    clean: 0,
    segment: 0,
    dates: 0,
    mentions: 0,
    actors: 0,
    quotes: 0,
    tag: 0,
  }
  const run = (raw: RawArticle, record: boolean) => {
    const time = <T>(name: StageName, f: () => T): T => {
      const t0 = performance.now()
      const out = f()
      if (record) totals[name] += performance.now() - t0
      return out
    }
    const cleaned = time('clean', () => clean(raw, ctx))
    const segmented = time('segment', () => segment(cleaned, ctx))
    const tagged = time('tag', () => tag(segmented, ctx))
    const dated = time('dates', () => dateDocument(tagged, ctx))
    if (!supported(cleaned)) return 0
    const mentioned = time('mentions', () => findMentions(dated, ctx))
    const acted = time('actors', () => resolveActors(mentioned, ctx))
    return time('quotes', () => extractQuotes(acted, ctx)).quotes.length
  }
  for (const raw of articles.slice(0, 100)) run(raw, false)
  for (const raw of articles) run(raw, true)
  const all = NAMES.reduce((sum, n) => sum + totals[n], 0)
  return Object.fromEntries(
    NAMES.map((n) => [
      n,
      { ms_per_article_mean: round(totals[n] / articles.length), share: round(totals[n] / all, 3) },
    ]),
  )
}
