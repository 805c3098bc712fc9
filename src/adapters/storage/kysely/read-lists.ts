import { type Kysely, sql } from 'kysely'
import type { ActorFilter, ArticleActorRow, ArticleSummary, Page } from '../store.ts'
import { actorKey } from './article-rows.ts'
import { count } from './quote-query.ts'
import { toStoredActor } from './read-article.ts'
import type { Database } from './schema.ts'

/** The default page size of `Store.listArticles`. */
export const DEFAULT_ARTICLE_LIMIT = 100

/** Articles by id: the primary key's order, so paging never sorts and never skips or repeats one. */
export async function listArticles(db: Kysely<Database>, page: Page): Promise<ArticleSummary[]> {
  const limit = count(page.limit, 'limit', DEFAULT_ARTICLE_LIMIT)
  const offset = count(page.offset, 'offset', 0)
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'doc_id', 'title', 'published', 'outlet', 'pipeline_version'])
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    docId: r.doc_id,
    title: r.title,
    published: r.published,
    outlet: r.outlet,
    pipelineVersion: r.pipeline_version,
  }))
}

/**
 * Per-article actors with their article's date and outlet, by article then actor id. A name is
 * looked up through `actor_names` (folded name, alias, surname or id), as the quotes filter does.
 */
export async function findArticleActors(
  db: Kysely<Database>,
  filter: ActorFilter,
): Promise<ArticleActorRow[]> {
  const offset = count(filter.offset, 'offset', 0)
  const limit = filter.limit === undefined ? undefined : count(filter.limit, 'limit', 0)
  let query = db
    .selectFrom('actors as ac')
    .innerJoin('articles as a', 'a.id', 'ac.article_id')
    .selectAll('ac')
    .select(['a.published', 'a.outlet'])
  if (filter.name !== undefined) {
    const key = actorKey(filter.name)
    // One row per actor: (article, actor, key) is actor_names' primary key.
    query = query
      .innerJoin('actor_names as n', (j) =>
        j.onRef('n.article_id', '=', 'ac.article_id').onRef('n.actor_id', '=', 'ac.actor_id'),
      )
      .where('n.name_key', '=', key)
  }
  if (filter.after !== undefined) {
    const { articleId, actorId } = filter.after
    query = query.where(sql<boolean>`(ac.article_id, ac.actor_id) > (${articleId}, ${actorId})`)
  }
  query = query.orderBy('ac.article_id').orderBy('ac.actor_id')
  // SQLite takes an OFFSET only after a LIMIT: "no limit" with an offset is the largest one.
  if (limit !== undefined || offset > 0) query = query.limit(limit ?? Number.MAX_SAFE_INTEGER)
  if (offset > 0) query = query.offset(offset)
  const rows = await query.execute()
  return rows.map((r) => ({
    articleId: r.article_id,
    published: r.published,
    outlet: r.outlet,
    actor: toStoredActor(r),
  }))
}
