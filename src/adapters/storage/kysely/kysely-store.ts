import { type Kysely, sql } from 'kysely'
import type { Analyzed } from '../../../core/index.ts'
import type {
  ActorFilter,
  ArticleActorKey,
  ArticleActorRow,
  ArticleSummary,
  EvidenceWant,
  Page,
  QuoteFilter,
  QuoteRow,
  SaveMeta,
  SaveStatus,
  SearchHit,
  StatementCount,
  Store,
  StoredArticle,
  StoredStance,
  StoreStats,
  TopicCell,
  TopicCellsQuery,
  TopicField,
  TopicFieldQuery,
  TopicStatement,
} from '../store.ts'
import { articleRows } from './article-rows.ts'
import type { ArticleWriter } from './article-writer.ts'
import { findMemberQuotes, findQuotes } from './quote-query.ts'
import { readArticle } from './read-article.ts'
import { findArticleActors, listArticles } from './read-lists.ts'
import { readStats } from './read-stats.ts'
import type { Database } from './schema.ts'
import { readTopicCells, readTopicEvidence, readTopicField } from './topic-field.ts'

/** The part of reading that differs by engine: full-text search. */
export interface SearchIndex {
  /** Best matches for all the terms (words, already split), at most `limit`. */
  search(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchHit[]>
  /** Compacts the index and refreshes the planner's statistics (see {@link Store.optimize}). */
  optimize(db: Kysely<Database>): Promise<void>
}

/** Quotations per query of {@link KyselyStore.quoteStances}. */
const QUOTES_PER_QUERY = 1000

/** Splits search input into words: FTS query syntax in user input can never reach the engine. */
export const searchTerms = (words: string): string[] => words.match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * A {@link Store} over Kysely: reads are one code path for both engines; full-text search and the
 * writing of an article (SQLite runs prepared statements, see sqlite-writer.ts) differ by engine.
 */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly index: SearchIndex,
    private readonly writer: ArticleWriter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async saveArticle(doc: Analyzed, meta: SaveMeta): Promise<SaveStatus> {
    // Rows are built (and spans checked) before the transaction, so bad input writes nothing.
    return this.writer.save(articleRows(doc, meta, this.now().toISOString()), meta)
  }

  getArticle(id: string): Promise<StoredArticle | undefined> {
    return readArticle(this.db, id)
  }

  quotes(filter: QuoteFilter = {}): Promise<QuoteRow[]> {
    return findQuotes(this.db, filter)
  }

  listArticles(page: Page = {}): Promise<ArticleSummary[]> {
    return listArticles(this.db, page)
  }

  articleActors(filter: ActorFilter = {}): Promise<ArticleActorRow[]> {
    return findArticleActors(this.db, filter)
  }

  memberQuotes(members: readonly ArticleActorKey[]): Promise<QuoteRow[]> {
    return findMemberQuotes(this.db, members)
  }

  async quoteStances(
    quotes: readonly { readonly articleId: string; readonly quoteId: string }[],
  ): Promise<(StoredStance & { readonly articleId: string })[]> {
    const found: (StoredStance & { readonly articleId: string })[] = []
    // a bounded VALUES list per query: SQLite allows at most 32,766 bound values
    for (let i = 0; i < quotes.length; i += QUOTES_PER_QUERY) {
      const keys = sql.join(
        quotes.slice(i, i + QUOTES_PER_QUERY).map((q) => sql`(${q.articleId}, ${q.quoteId})`),
      )
      const rows = await this.db
        .selectFrom('stances')
        .select(['article_id', 'quote_id', 'topic', 'label', 'holder', 'confidence', 'method'])
        .where(sql<boolean>`(article_id, quote_id) IN (VALUES ${keys})`)
        .orderBy('article_id')
        .orderBy('quote_id')
        .orderBy('topic')
        .execute()
      for (const r of rows)
        found.push({
          articleId: r.article_id,
          quoteId: r.quote_id,
          topic: r.topic,
          label: r.label,
          holder: r.holder,
          confidence: Number(r.confidence),
          method: r.method,
        })
    }
    return found
  }

  async statementCounts(): Promise<StatementCount[]> {
    const rows = await this.db
      .selectFrom('quotes')
      .select(({ fn }) => [
        'article_id',
        'speaker_actor_id',
        fn.count<number | string>('statement').distinct().as('n'),
        fn.countAll<number | string>().as('rows'),
      ])
      .where('speaker_actor_id', 'is not', null)
      .groupBy(['article_id', 'speaker_actor_id'])
      .execute()
    return rows.map((r) => ({
      articleId: r.article_id,
      actorId: r.speaker_actor_id ?? '',
      statements: Number(r.n),
      quotations: Number(r.rows),
    }))
  }

  topicField(query: TopicFieldQuery): Promise<TopicField> {
    return readTopicField(this.db, query)
  }

  topicCells(query: TopicCellsQuery): Promise<TopicCell[]> {
    return readTopicCells(this.db, query)
  }

  topicEvidence(topic: string, wants: readonly EvidenceWant[], each: number): Promise<TopicStatement[][]> {
    return readTopicEvidence(this.db, topic, wants, each)
  }

  async search(words: string, opts: { readonly limit?: number } = {}): Promise<SearchHit[]> {
    const limit = opts.limit ?? 20
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new RangeError(`store: expected opts.limit to be a positive integer, found ${opts.limit}`)
    }
    const terms = searchTerms(words)
    return terms.length === 0 ? [] : this.index.search(this.db, terms, limit)
  }

  optimize(): Promise<void> {
    return this.index.optimize(this.db)
  }

  stats(): Promise<StoreStats> {
    return readStats(this.db)
  }

  close(): Promise<void> {
    return this.db.destroy()
  }
}
