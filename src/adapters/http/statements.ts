import type { Granularity } from '../../analysis/positions.ts'
import { type FieldView, fieldPositions } from '../../analysis/positions-field.ts'
import type { ViewBounds } from '../../analysis/positions-view.ts'
import type { Store, TopicField } from '../storage/store.ts'

/** What GET /api/positions asks for. */
export interface PositionsQuery {
  readonly topic: string
  readonly by: Granularity
  readonly actor?: string
  readonly bounds: ViewBounds
  /** ISO days bounding the periods shown; see {@link DEFAULT_WINDOW_DAYS} when neither is given. */
  readonly since?: string
  readonly until?: string
}

/** The field with the days its periods cover. */
export interface PositionsAnswer extends FieldView {
  readonly window: { readonly since: string | null; readonly until: string | null }
}

/** Computes a topic's field for a query; the app's default reads it from the store's counts. */
export type PositionsFor = (query: PositionsQuery) => Promise<PositionsAnswer>

/**
 * Days shown by day and by week when the query names none: the last 90 (or 182) days up to the
 * shown actors' newest month. Fifty actors over two years by day are 17,000 periods (2 MB), more
 * than a page can show and than 100 ms can read; by month everything is shown.
 */
export const DEFAULT_WINDOW_DAYS: Readonly<Record<Granularity, number | null>> = {
  day: 90,
  week: 182,
  month: null,
}
/** By month, contradictions are looked for in the days a daily view shows. */
const DAY_WINDOW = 90

const DAY = 864e5
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The default window: `days` up to the end of the newest month of the actors' month cells. */
function windowOf(months: TopicField, days: number): { since: string; until: string } | null {
  const newest = months.cells.reduce((m, c) => (c.day > m ? c.day : m), '')
  if (!newest) return null
  const [y, m] = newest.split('-').map(Number) as [number, number]
  const end = Date.UTC(y, m, 0) // the month's last day
  return { since: isoDay(end - (days - 1) * DAY), until: isoDay(end) }
}

/**
 * The default {@link PositionsFor}: the store's counts for a page of the topic's actors (by
 * month from the month counts; by day or week within a window), then the statements shown as
 * evidence: a few queries whatever the corpus's size.
 * @example await storePositions(store)({ topic: 'iran-us-talks', by: 'month', bounds: DEFAULT_BOUNDS })
 */
export const storePositions =
  (store: Store): PositionsFor =>
  async ({ topic, by, actor, bounds, since, until }) => {
    const page = { topic, limit: bounds.actors, offset: bounds.offset, ...(actor ? { actor } : {}) }
    const asked = { ...(since ? { since } : {}), ...(until ? { until } : {}) }
    const months = await store.topicField({ ...page, grain: 'month', ...asked })
    const span = DEFAULT_WINDOW_DAYS[by]
    const window = since || until || span === null ? asked : (windowOf(months, span) ?? {})
    const days =
      by === 'month'
        ? // contradictions are found between days: by month, in the last days a daily view shows
          (await store.topicField({ ...page, grain: 'day', ...(windowOf(months, DAY_WINDOW) ?? {}) })).cells
        : (await store.topicField({ ...page, grain: 'day', ...window })).cells
    const counts = by === 'month' ? months : { ...months, cells: days }
    const field = await fieldPositions(counts, { topic, by, bounds, days }, (wants, each) =>
      store.topicEvidence(topic, wants, each),
    )
    return { ...field, window: { since: window.since ?? null, until: window.until ?? null } }
  }
