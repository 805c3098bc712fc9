import type { Granularity } from '../../analysis/positions.ts'
import { type FieldView, fieldPositions } from '../../analysis/positions-field.ts'
import type { ViewBounds } from '../../analysis/positions-view.ts'
import type { Store } from '../storage/store.ts'

/** What GET /api/positions asks for. */
export interface PositionsQuery {
  readonly topic: string
  readonly by: Granularity
  readonly actor?: string
  readonly bounds: ViewBounds
}

/** Computes a topic's field for a query; the app's default reads it from the store's counts. */
export type PositionsFor = (query: PositionsQuery) => Promise<FieldView>

/**
 * The default {@link PositionsFor}: the store's counts for a page of the topic's actors, then the
 * statements shown as evidence, in two or three queries whatever the corpus's size.
 * @example await storePositions(store)({ topic: 'iran-us-talks', by: 'month', bounds: DEFAULT_BOUNDS })
 */
export const storePositions =
  (store: Store): PositionsFor =>
  async ({ topic, by, actor, bounds }) => {
    const counts = await store.topicField({
      topic,
      limit: bounds.actors,
      offset: bounds.offset,
      ...(actor ? { actor } : {}),
    })
    return fieldPositions(counts, { topic, by, bounds }, (wants, each) =>
      store.topicEvidence(topic, wants, each),
    )
  }
