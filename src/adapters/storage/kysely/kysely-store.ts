import type { Insertable, Kysely, Transaction } from 'kysely'
import type { Analyzed } from '../../../core/index.ts'
import type {
  QuoteFilter,
  QuoteRow,
  SaveMeta,
  SaveStatus,
  SearchHit,
  Store,
  StoredArticle,
  StoreStats,
} from '../store.ts'
import { type ArticleRows, articleRows } from './article-rows.ts'
import { findQuotes } from './quote-query.ts'
import { readArticle } from './read-article.ts'
import { readStats } from './read-stats.ts'
import type { Database } from './schema.ts'

/** The part of the store that differs by engine: full-text search. */
export interface SearchIndex {
  /** Indexes a saved article's texts, inside the transaction that saved it. */
  add(trx: Transaction<Database>, rows: ArticleRows): Promise<void>
  /** Drops an article's entries, inside the transaction that replaces or deletes it. */
  remove(trx: Transaction<Database>, articleId: string): Promise<void>
  /** Best matches for all the terms (words, already split), at most `limit`. */
  search(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchHit[]>
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

async function insertArticle(trx: Transaction<Database>, rows: ArticleRows): Promise<void> {
  await trx.insertInto('articles').values(rows.article).execute()
  await insertChunked(trx, 'regions', rows.regions)
  await insertChunked(trx, 'actors', rows.actors)
  await insertChunked(trx, 'actor_names', rows.actorNames)
  await insertChunked(trx, 'quotes', rows.quotes)
  await insertChunked(trx, 'stances', rows.stances)
  await insertChunked(trx, 'diagnostics', rows.diagnostics)
}

/** Splits search input into words: FTS query syntax in user input can never reach the engine. */
export const searchTerms = (words: string): string[] => words.match(/[\p{L}\p{N}]+/gu) ?? []

/** A {@link Store} over Kysely: everything but search is one code path for both engines. */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly index: SearchIndex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async saveArticle(doc: Analyzed, meta: SaveMeta): Promise<SaveStatus> {
    // Rows are built (and spans checked) before the transaction, so bad input writes nothing.
    const rows = articleRows(doc, meta, this.now().toISOString())
    const id = rows.article.id
    return this.db.transaction().execute(async (trx) => {
      const old = await trx
        .selectFrom('articles')
        .select(['content_hash', 'pipeline_version'])
        .where('id', '=', id)
        .executeTakeFirst()
      if (old?.content_hash === meta.contentHash && old.pipeline_version === meta.pipelineVersion) {
        return 'unchanged'
      }
      if (old) {
        await this.index.remove(trx, id)
        await trx.deleteFrom('articles').where('id', '=', id).execute()
      }
      await insertArticle(trx, rows)
      await this.index.add(trx, rows)
      return old ? 'updated' : 'added'
    })
  }

  getArticle(id: string): Promise<StoredArticle | undefined> {
    return readArticle(this.db, id)
  }

  quotes(filter: QuoteFilter = {}): Promise<QuoteRow[]> {
    return findQuotes(this.db, filter)
  }

  async search(words: string, opts: { readonly limit?: number } = {}): Promise<SearchHit[]> {
    const limit = opts.limit ?? 20
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new RangeError(`store: expected opts.limit to be a positive integer, found ${opts.limit}`)
    }
    const terms = searchTerms(words)
    return terms.length === 0 ? [] : this.index.search(this.db, terms, limit)
  }

  stats(): Promise<StoreStats> {
    return readStats(this.db)
  }

  close(): Promise<void> {
    return this.db.destroy()
  }
}
