import type { Kysely } from 'kysely'
import type { QuoteKind } from '../../../core/index.ts'
import type { StoreStats } from '../store.ts'
import type { Database } from './schema.ts'

/** Counts over the store; pg returns count(*) as a string, hence Number(). */
export async function readStats(db: Kysely<Database>): Promise<StoreStats> {
  const total = (table: keyof Database) =>
    db
      .selectFrom(table)
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n))
  const [articles, quotes, stances, diagnostics, actors, outlets, range, kinds, versions] = await Promise.all(
    [
      total('articles'),
      total('quotes'),
      total('stances'),
      total('diagnostics'),
      db
        .selectFrom('actors')
        .select((e) => e.fn.count('actor_id').distinct().as('n'))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('articles')
        .select((e) => e.fn.count('outlet_key').distinct().as('n'))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('articles')
        .select((e) => [e.fn.min('published').as('first'), e.fn.max('published').as('last')])
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('quotes')
        .select((e) => ['kind', e.fn.countAll().as('n')])
        .groupBy('kind')
        .execute(),
      db
        .selectFrom('articles')
        .select((e) => ['pipeline_version', e.fn.countAll().as('n')])
        .groupBy('pipeline_version')
        .orderBy('pipeline_version')
        .execute(),
    ],
  )
  const quotesByKind: Record<QuoteKind, number> = { direct: 0, indirect: 0, mixed: 0 }
  for (const k of kinds) quotesByKind[k.kind] = Number(k.n)
  return {
    articles,
    quotes,
    actors: Number(actors.n),
    outlets: Number(outlets.n),
    stances,
    diagnostics,
    quotesByKind,
    firstPublished: range.first ?? null,
    lastPublished: range.last ?? null,
    pipelineVersions: Object.fromEntries(versions.map((v) => [v.pipeline_version, Number(v.n)])),
  }
}
