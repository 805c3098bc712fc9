import {
  computePositions,
  type Granularity,
  type Positions,
  type Statement,
} from '../../analysis/positions.ts'
import type { Store } from '../storage/store.ts'
import { STANCE_LABELS } from './query.ts'

/** What GET /api/positions asks for. */
export interface PositionsQuery {
  readonly topic: string
  readonly by: Granularity
  readonly actor?: string
}

/** Computes positions for a query; the app's default reads statements from the store. */
export type PositionsFor = (query: PositionsQuery) => Promise<Positions>

const PAGE = 1000

/**
 * Every stored statement with a stance toward the topic, read per stance label as
 * `subtext positions` reads them: dated when said, else by the article; undated or
 * speakerless quotations are left out.
 */
export async function readStatements(store: Store, topic: string, actor?: string): Promise<Statement[]> {
  const out: Statement[] = []
  for (const label of STANCE_LABELS) {
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

/**
 * The default {@link PositionsFor}: statements from the store, no registry camps.
 * @example await storePositions(store)({ topic: 'iran-us-talks', by: 'month' })
 */
export const storePositions =
  (store: Store): PositionsFor =>
  async ({ topic, by, actor }) =>
    computePositions(await readStatements(store, topic, actor), { topic, by })
