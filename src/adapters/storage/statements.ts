import type { Statement } from '../../analysis/positions.ts'
import type { StanceLabel } from '../../core/index.ts'
import type { QuoteRow, Store } from './store.ts'

const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']

/**
 * Each label is read in one query, with no limit: paging with OFFSET made the store find and
 * skip every earlier row again for each page, which grew with the square of a topic's statements
 * (30 s for 80,000 statements).
 */
const ALL = Number.MAX_SAFE_INTEGER

const toStatement = (r: QuoteRow, topic: string, label: StanceLabel): Statement | null => {
  const date = r.date ?? r.published
  if (!date || !r.speaker) return null
  return {
    actor: r.actorId ?? r.speaker,
    actorName: r.speaker,
    topic,
    label,
    confidence: 1,
    date,
    quoteId: r.quoteId,
    text: r.text,
    articleId: r.articleId,
    outlet: r.outlet,
  }
}

/**
 * Every stored statement with a stance toward the topic (of one actor, when named): dated when
 * said, else by its article; undated or speakerless quotations are left out. One query per label.
 * @example await readTopicStatements(store, 'iran-us-talks', 'Khamenei')
 */
export async function readTopicStatements(store: Store, topic: string, actor?: string): Promise<Statement[]> {
  const pages = await Promise.all(
    LABELS.map(async (label) => {
      const rows = await store.quotes({ topic, stance: label, limit: ALL, ...(actor ? { actor } : {}) })
      return rows.flatMap((r) => toStatement(r, topic, label) ?? [])
    }),
  )
  return pages.flat()
}
