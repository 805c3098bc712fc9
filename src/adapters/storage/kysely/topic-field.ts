import { type Kysely, sql } from 'kysely'
import type { StanceLabel } from '../../../core/index.ts'
import type {
  EvidenceWant,
  TopicCell,
  TopicCellsQuery,
  TopicField,
  TopicFieldQuery,
  TopicStatement,
} from '../store.ts'
import { actorKey } from './article-rows.ts'
import type { Database } from './schema.ts'

/** The actor keys a name answers to: the ids of the article actors listed under it. */
async function keysNamed(db: Kysely<Database>, name: string): Promise<string[]> {
  const rows = await db
    .selectFrom('actor_names')
    .select('actor_id')
    .distinct()
    .where('name_key', '=', actorKey(name))
    .execute()
  return rows.map((r) => r.actor_id)
}

/**
 * A topic's field: a page of its actors from `topic_actors` (most statements first), their cells
 * from the `stances_field` index (one range per actor), and its outlets from `topic_outlets`.
 */
export async function readTopicField(db: Kysely<Database>, q: TopicFieldQuery): Promise<TopicField> {
  const keys = q.actor === undefined ? undefined : await keysNamed(db, q.actor)
  if (keys?.length === 0) return { total: 0, actors: [], cells: [], outlets: [] }
  const ranked = db
    .selectFrom('topic_actors')
    .where('topic', '=', q.topic)
    .where('n', '>', 0)
    .$if(keys !== undefined, (b) => b.where('actor', 'in', keys ?? []))
  const [counted, page, outlets] = await Promise.all([
    ranked.select(({ fn }) => fn.countAll<number | string>().as('total')).executeTakeFirst(),
    ranked
      .select(['actor', 'actor_name', 'n'])
      .orderBy('n', 'desc')
      .orderBy('actor')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    db
      .selectFrom('topic_outlets')
      .select(['outlet', 'n'])
      .where('topic', '=', q.topic)
      .where('n', '>', 0)
      .orderBy('n', 'desc')
      .orderBy('outlet')
      .execute(),
  ])
  const actors = page.map((a) => a.actor)
  const window =
    q.lastDays !== undefined && q.since === undefined && q.until === undefined && actors.length > 0
      ? await lastDaysOf(db, q.topic, actors, q.lastDays)
      : undefined
  const cells = actors.length === 0 ? [] : await readTopicCells(db, { ...q, ...window, actors })
  return {
    total: Number(counted?.total ?? 0),
    actors: page.map((a) => ({
      actor: a.actor,
      actorName: a.actor_name ?? a.actor,
      statements: Number(a.n),
    })),
    cells,
    outlets: outlets.map((o) => ({ outlet: o.outlet, statements: Number(o.n) })),
    ...(window ? { window } : {}),
  }
}

const DAY = 864e5
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The last `days` days up to the end of the newest month in which the actors spoke on the topic. */
async function lastDaysOf(db: Kysely<Database>, topic: string, actors: string[], days: number) {
  const newest = await db
    .selectFrom('topic_months')
    .select(({ fn }) => fn.max('month').as('month'))
    .where('topic', '=', topic)
    .where('actor', 'in', actors)
    .where('n', '>', 0)
    .executeTakeFirst()
  if (!newest?.month) return undefined
  const [y, m] = newest.month.split('-').map(Number) as [number, number]
  const end = Date.UTC(y, m, 0) // the month's last day
  return { since: isoDay(end - (days - 1) * DAY), until: isoDay(end) }
}

/** The Monday of an ISO day's ISO week, and the Sunday after a Monday, as ISO days. */
function mondayOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`)
  return isoDay(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY)
}
const sundayAfter = (monday: string): string => isoDay(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY)

/**
 * The actors' cells: statements by day from topic_days, by ISO week from topic_weeks (a week's
 * cell spans Monday to Sunday, whole weeks that overlap the days asked), or by month from topic_months.
 */
export async function readTopicCells(db: Kysely<Database>, q: TopicCellsQuery): Promise<TopicCell[]> {
  const actors = [...q.actors]
  if (actors.length === 0) return []
  if (q.grain === 'month') {
    const rows = await db
      .selectFrom('topic_months')
      .select(['actor', 'month', 'label', 'n'])
      .where('topic', '=', q.topic)
      .where('actor', 'in', actors)
      .where('n', '>', 0)
      .$if(q.since !== undefined, (b) => b.where('month', '>=', q.since?.slice(0, 7) ?? ''))
      .$if(q.until !== undefined, (b) => b.where('month', '<=', q.until?.slice(0, 7) ?? ''))
      .execute()
    return rows.map((r) => ({ actor: r.actor, day: r.month, label: r.label as StanceLabel, n: Number(r.n) }))
  }
  if (q.grain === 'week') {
    const rows = await db
      .selectFrom('topic_weeks')
      .select(['actor', 'week', 'label', 'n'])
      .where('topic', '=', q.topic)
      .where('actor', 'in', actors)
      .where('n', '>', 0)
      .$if(q.since !== undefined, (b) => b.where('week', '>=', mondayOf(q.since ?? '')))
      .$if(q.until !== undefined, (b) => b.where('week', '<=', q.until ?? ''))
      .execute()
    return rows.map((r) => ({
      actor: r.actor,
      day: r.week,
      last: sundayAfter(r.week),
      label: r.label,
      n: Number(r.n),
    }))
  }
  const rows = await db
    .selectFrom('topic_days')
    .select(['actor', 'day', 'label', 'n'])
    .where('topic', '=', q.topic)
    .where('actor', 'in', actors)
    .where('n', '>', 0)
    .$if(q.since !== undefined, (b) => b.where('day', '>=', q.since ?? ''))
    .$if(q.until !== undefined, (b) => b.where('day', '<=', q.until ?? ''))
    .execute()
  return rows.map((r) => ({ actor: r.actor, day: r.day, label: r.label, n: Number(r.n) }))
}

interface EvidenceRow {
  i: number | string
  article_id: string
  quote_id: string
  actor: string
  actor_name: string | null
  day: string
  label: StanceLabel
  confidence: number
  text: string
  outlet: string | null
}

/**
 * Up to `each` statements per wanted range, in one query: the wants are a VALUES list joined to
 * the `stances_field` index, numbered per want, most confident then newest first.
 */
export async function readTopicEvidence(
  db: Kysely<Database>,
  topic: string,
  wants: readonly EvidenceWant[],
  each: number,
): Promise<TopicStatement[][]> {
  const found: TopicStatement[][] = wants.map(() => [])
  if (wants.length === 0 || each === 0) return found
  const values = sql.join(
    wants.map((w, i) => sql`(CAST(${i} AS INTEGER), ${w.actor}, ${w.label}, ${w.from}, ${w.to})`),
  )
  const { rows } = await sql<EvidenceRow>`
    WITH w (i, actor, label, lo, hi) AS (VALUES ${values}),
    ranked AS (
      SELECT w.i AS i, s.article_id, s.quote_id, s.actor, s.actor_name, s.day, s.label, s.confidence,
        s.outlet, ROW_NUMBER() OVER (PARTITION BY w.i
          ORDER BY s.confidence DESC, s.day DESC, s.article_id, s.quote_id) AS rn
      FROM w JOIN stances s ON s.topic = ${topic} AND s.actor = w.actor AND s.label = w.label
        AND s.day >= w.lo AND s.day <= w.hi
    )
    SELECT r.i, r.article_id, r.quote_id, r.actor, r.actor_name, r.day, r.label, r.confidence,
      r.outlet, q.text
    FROM ranked r JOIN quotes q ON q.article_id = r.article_id AND q.quote_id = r.quote_id
    WHERE r.rn <= ${each}
    ORDER BY r.i, r.rn
  `.execute(db)
  for (const r of rows) {
    found[Number(r.i)]?.push({
      actor: r.actor,
      actorName: r.actor_name ?? r.actor,
      topic,
      label: r.label,
      confidence: Number(r.confidence),
      date: r.day,
      quoteId: r.quote_id,
      text: r.text,
      articleId: r.article_id,
      outlet: r.outlet,
    })
  }
  return found
}
