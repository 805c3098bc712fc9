import { computePositions, type Granularity, type Positions } from '../../analysis/positions.ts'
import { readTopicStatements } from '../storage/statements.ts'
import type { Store } from '../storage/store.ts'

/** What GET /api/positions asks for. */
export interface PositionsQuery {
  readonly topic: string
  readonly by: Granularity
  readonly actor?: string
}

/** Computes positions for a query; the app's default reads statements from the store. */
export type PositionsFor = (query: PositionsQuery) => Promise<Positions>

/**
 * The default {@link PositionsFor}: statements from the store, no registry camps.
 * @example await storePositions(store)({ topic: 'iran-us-talks', by: 'month' })
 */
export const storePositions =
  (store: Store): PositionsFor =>
  async ({ topic, by, actor }) =>
    computePositions(await readTopicStatements(store, topic, actor), { topic, by })
