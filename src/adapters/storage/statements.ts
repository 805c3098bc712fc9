import type { Statement } from '../../analysis/positions.ts'
import type { StanceLabel } from '../../core/index.ts'
import type { Store } from './store.ts'

const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']
const PAGE = 1000

/**
 * Every stored statement with a stance toward the topic, read per stance label as
 * `subtext positions` reads them: dated when said, else by the article; undated or
 * speakerless quotations are left out.
 */
export async function readStatements(store: Store, topic: string, actor?: string): Promise<Statement[]> {
  const out: Statement[] = []
  for (const label of LABELS) {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await store.quotes({
        topic,
        stance: label,
        limit: PAGE,
        offset,
        ...(actor ? { actor } : {}),
      })
      for (const r of rows) {
        const date = r.date ?? r.published
        if (!date || !r.speaker) continue
        out.push({
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
        })
      }
      if (rows.length < PAGE) break
    }
  }
  return out
}
