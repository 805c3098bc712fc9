import type { Granularity } from '../../analysis/positions.ts'
import { type FieldView, fieldPositions } from '../../analysis/positions-field.ts'
import type { ViewBounds } from '../../analysis/positions-view.ts'
import type { Store, TopicCell } from '../storage/store.ts'

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
/** By week and by month, contradictions are looked for in the last days a daily view would show. */
const DAY_WINDOW = 90

const DAY = 864e5
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The last day the cells cover: a month's last day, a week's last day with statements. */
function newestDay(cells: readonly TopicCell[]): string | undefined {
  let newest = ''
  for (const c of cells) {
    const last =
      c.day.length === 7
        ? isoDay(Date.UTC(Number(c.day.slice(0, 4)), Number(c.day.slice(5, 7)), 0))
        : (c.last ?? c.day)
    if (last > newest) newest = last
  }
  return newest || undefined
}

/** The days contradictions are looked for in by week or month: the view's last, within what was asked. */
function flipWindow(cells: readonly TopicCell[], asked: { since?: string; until?: string }) {
  const end = asked.until ?? newestDay(cells)
  if (!end) return asked
  const start = isoDay(Date.parse(`${end}T00:00:00Z`) - (DAY_WINDOW - 1) * DAY)
  return { since: asked.since && asked.since > start ? asked.since : start, until: end }
}

/**
 * The default {@link PositionsFor}: the store's counts for a page of the topic's actors (by
 * month from the month counts; by day or week within a window), the days contradictions are
 * found in, then the statements shown as evidence: a few queries whatever the corpus's size.
 * @example await storePositions(store)({ topic: 'iran-us-talks', by: 'month', bounds: DEFAULT_BOUNDS })
 */
export const storePositions =
  (store: Store): PositionsFor =>
  async ({ topic, by, actor, bounds, since, until }) => {
    const asked = { ...(since ? { since } : {}), ...(until ? { until } : {}) }
    const span = DEFAULT_WINDOW_DAYS[by]
    const counts = await store.topicField({
      topic,
      limit: bounds.actors,
      offset: bounds.offset,
      ...(actor ? { actor } : {}),
      grain: by,
      ...asked,
      ...(span === null ? {} : { lastDays: span }),
    })
    const days =
      by === 'day'
        ? counts.cells
        : await store.topicCells({
            topic,
            actors: counts.actors.map((a) => a.actor),
            grain: 'day',
            ...flipWindow(counts.cells, asked),
          })
    const field = await fieldPositions(counts, { topic, by, bounds, days }, (wants, each) =>
      store.topicEvidence(topic, wants, each),
    )
    const window = counts.window ?? asked
    return { ...field, window: { since: window.since ?? null, until: window.until ?? null } }
  }
