import type { Insertable, Kysely, Transaction } from 'kysely'
import type { SaveMeta, SaveStatus } from '../store.ts'
import type { ArticleRows } from './article-rows.ts'
import type { Database } from './schema.ts'

/** Writes one article's rows in one transaction: the part of saving that differs by engine. */
export interface ArticleWriter {
  save(rows: ArticleRows, meta: SaveMeta): Promise<SaveStatus>
}

/** What is stored of an article already: enough to tell whether a save would change anything. */
export interface StoredVersion {
  readonly content_hash: string
  readonly pipeline_version: string
}

/**
 * What a save must do given the stored version: nothing ('unchanged'), or write the article,
 * replacing the old one ('updated') or not ('added').
 */
export function saveDecision(old: StoredVersion | undefined, meta: SaveMeta): SaveStatus {
  if (!old) return 'added'
  const same = old.content_hash === meta.contentHash && old.pipeline_version === meta.pipelineVersion
  return same && !meta.force ? 'unchanged' : 'updated'
}

/** Rows per INSERT: well under both engines' limits on bound parameters (SQLite 32766, pg 65535). */
const CHUNK = 500

async function insertChunked<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely cannot relate a generic table name to its row type; the signature above does.
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute()
  }
}

/**
 * The portable writer: Kysely statements, one multi-row INSERT per table, in a transaction that
 * first locks the stored row. Used on PostgreSQL, whose search columns are generated and need no
 * upkeep; deleting the article cascades to its layers.
 */
export function kyselyWriter(db: Kysely<Database>): ArticleWriter {
  return {
    save: (rows, meta) =>
      db.transaction().execute(async (trx) => {
        const id = rows.article.id
        const old = await trx
          .selectFrom('articles')
          .select(['content_hash', 'pipeline_version'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst()
        const status = saveDecision(old, meta)
        if (status === 'unchanged') return status
        if (old) await trx.deleteFrom('articles').where('id', '=', id).execute()
        await trx.insertInto('articles').values(rows.article).execute()
        await insertChunked(trx, 'regions', rows.regions)
        await insertChunked(trx, 'actors', rows.actors)
        await insertChunked(trx, 'actor_names', rows.actorNames)
        await insertChunked(trx, 'quotes', rows.quotes)
        await insertChunked(trx, 'stances', rows.stances)
        await insertChunked(trx, 'diagnostics', rows.diagnostics)
        return status
      }),
  }
}
