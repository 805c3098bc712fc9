import { createHash } from 'node:crypto'
import type { Statement } from '../../analysis/positions.ts'
import type {
  Analyzed,
  InputFormat,
  QuoteKind,
  RawArticle,
  SpeechActKind,
  StanceLabel,
  StructureHint,
} from '../../core/index.ts'
import { hash32 } from '../../core/index.ts'

/** What saving one article did: nothing when its content and pipeline version are already stored. */
export type SaveStatus = 'added' | 'updated' | 'unchanged'

/** How an article was produced: compared on re-save to decide whether anything changed. */
export interface SaveMeta {
  /** From {@link contentHashOf}: the article's text and source. */
  readonly contentHash: string
  /** The pipeline (and its configuration) that produced the annotations, e.g. PIPELINE_VERSION. */
  readonly pipelineVersion: string
  /**
   * What the reader handed the pipeline beyond the text (format, stated title, HTML structure
   * hints), kept so `reanalyze` can rebuild the same input. Without it they are stored as unknown.
   */
  readonly input?: Pick<RawArticle, 'format' | 'title' | 'structure'>
  /** Replace the annotations even when the content hash and pipeline version are already stored. */
  readonly force?: boolean
}

/** The reader's side of a stored article, as {@link SaveMeta.input} gave it; null when unknown. */
export interface StoredInput {
  readonly format: InputFormat | null
  /** The title the input stated (null when none, or unknown). */
  readonly title: string | null
  readonly structure: readonly StructureHint[]
}

/** A page of the articles list: `limit` rows (default 100) after skipping `offset`. */
export interface Page {
  readonly limit?: number
  readonly offset?: number
}

/** One row of {@link Store.listArticles}. */
export interface ArticleSummary {
  readonly id: string
  readonly docId: string
  readonly title: string | null
  readonly published: string | null
  readonly outlet: string | null
  readonly pipelineVersion: string
}

/** Which per-article actors to list; without `limit`, all of them. */
export interface ActorFilter {
  /** An actor's name, alias, surname or id, case- and accent-insensitive (as {@link QuoteFilter.actor}). */
  readonly name?: string
  /**
   * Rows after this one in (article, actor) order: pages through every actor of a large store
   * at the same cost per page, where an offset reads all the rows it skips.
   */
  readonly after?: { readonly articleId: string; readonly actorId: string }
  readonly limit?: number
  readonly offset?: number
}

/** The statements one actor of one article made. */
export interface StatementCount {
  readonly articleId: string
  readonly actorId: string
  readonly statements: number
  /** Quotation rows: the parts of a split statement count apart. */
  readonly quotations: number
}

/** One actor of one article, with the article's date and outlet: material for corpus-level identities. */
export interface ArticleActorRow {
  readonly articleId: string
  readonly published: string | null
  readonly outlet: string | null
  readonly actor: StoredActor
}

/** Which quotations to list. Every field narrows the result; dates are ISO days, both ends inclusive. */
/** Which cells of a topic {@link Store.topicCells} reads. */
export interface TopicCellsQuery {
  readonly topic: string
  /** The actor keys whose cells to read. */
  readonly actors: readonly string[]
  /**
   * Cells per day (`day` an ISO day), per ISO week (`day` its Monday, `last` its Sunday; whole
   * weeks that overlap the days asked) or per month (`day` an ISO month, '2025-01').
   */
  readonly grain: 'day' | 'week' | 'month'
  /** Only cells from this ISO day on (by its month, for months). */
  readonly since?: string
  /** Only cells up to this ISO day (by its month, for months). */
  readonly until?: string
}

/** What {@link Store.topicField} reads. */
export interface TopicFieldQuery extends Omit<TopicCellsQuery, 'actors'> {
  readonly limit: number
  readonly offset: number
  /** Only the actors answering to this name, matched as `QuoteFilter.actor` is. */
  readonly actor?: string
  /**
   * With neither `since` nor `until`: only the last `lastDays` days up to the end of the newest
   * month in which the page's actors spoke on the topic (the answer's `window` says which).
   */
  readonly lastDays?: number
}

/** Statements of one actor on one day (or in one month) with one label. */
export interface TopicCell {
  /** The speaker's actor id, else their name: the key positions group by. */
  readonly actor: string
  /** An ISO day, or an ISO month when the field was read by month. */
  readonly day: string
  /** By week: the week's Sunday (`day` is its Monday). */
  readonly last?: string
  readonly label: StanceLabel
  readonly n: number
}

/** A page of a topic's actors with their cells; `total` counts every actor on the topic. */
export interface TopicField {
  readonly total: number
  readonly actors: readonly {
    readonly actor: string
    readonly actorName: string
    readonly statements: number
  }[]
  readonly cells: readonly TopicCell[]
  readonly outlets: readonly { readonly outlet: string; readonly statements: number }[]
  /** The days the cells were read from, when `lastDays` chose them. */
  readonly window?: { readonly since: string; readonly until: string }
}

/** Statements wanted as evidence: an actor's, with one label, said between two days (inclusive). */
export interface EvidenceWant {
  readonly actor: string
  readonly label: StanceLabel
  readonly from: string
  readonly to: string
}

/** A statement on a topic, as positions cite it. */
export type TopicStatement = Statement

export interface QuoteFilter {
  /** An actor's name, alias, surname or id, case- and accent-insensitive. */
  readonly actor?: string
  /** An outlet name, case-insensitive. */
  readonly outlet?: string
  /** Articles published on or after this ISO day. */
  readonly since?: string
  /** Articles published on or before this ISO day. */
  readonly until?: string
  readonly kind?: QuoteKind
  /** Quotes carrying a stance toward this topic id. */
  readonly topic?: string
  /** Quotes carrying a stance with this label (toward `topic`, when given). */
  readonly stance?: StanceLabel
  /** Quotes that perform this speech act (accuse, threaten, …). */
  readonly act?: SpeechActKind
  /** At most this many rows (default 100). */
  readonly limit?: number
  readonly offset?: number
}

/** An actor of one article: the article's stored id and the actor's id in it. */
export interface ArticleActorKey {
  readonly articleId: string
  readonly actor: string
}

/** One stored quotation with what an analyst needs to read it. Offsets are UTF-16 code units. */
export interface QuoteRow {
  readonly articleId: string
  readonly outlet: string | null
  readonly published: string | null
  readonly title: string | null
  readonly quoteId: string
  readonly start: number
  readonly end: number
  /** The article text from `start` to `end`, sliced in JavaScript (SQL would count code points). */
  readonly text: string
  readonly kind: QuoteKind
  /** The speaker's name: the actor's, or the words naming them when no actor is known. */
  readonly speaker: string | null
  readonly role: string | null
  readonly actorId: string | null
  readonly cue: string | null
  /** When it was said, if the article says. */
  readonly date: string | null
  readonly statement: string
}

/** A stored article with its annotation layers, as saved. */
export interface StoredArticle {
  readonly id: string
  readonly docId: string
  readonly source: {
    readonly path: string | null
    readonly url: string | null
    readonly outlet: string | null
  }
  readonly title: string | null
  readonly byline: string | null
  readonly published: string | null
  readonly publishedInferred: boolean
  readonly language: string
  readonly text: string
  readonly contentHash: string
  readonly pipelineVersion: string
  readonly ingestedAt: string
  readonly input: StoredInput
  readonly regions: readonly { readonly kind: string; readonly start: number; readonly end: number }[]
  readonly actors: readonly StoredActor[]
  readonly quotes: readonly QuoteRow[]
  readonly stances: readonly StoredStance[]
  readonly acts: readonly StoredAct[]
  readonly diagnostics: readonly StoredDiagnostic[]
}

/** An actor of one article. */
export interface StoredActor {
  readonly id: string
  readonly name: string
  readonly kind: 'person' | 'org'
  readonly role: string | null
  readonly roles: readonly string[]
  readonly aliases: readonly string[]
}

/** A speech act a quotation performs, with the words that show it and its target, if named. */
export interface StoredAct {
  readonly quoteId: string
  readonly kind: SpeechActKind
  readonly targetActorId: string | null
  readonly targetName: string | null
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string }
  readonly method: string
}

/** A stance a quotation takes toward a topic. */
export interface StoredStance {
  readonly quoteId: string
  readonly topic: string
  readonly label: StanceLabel
  readonly holder: string | null
  readonly confidence: number
  readonly method: string
}

/** A diagnostic the pipeline reported for an article. */
export interface StoredDiagnostic {
  readonly code: string
  readonly severity: 'error' | 'warning' | 'info'
  readonly stage: string
  readonly message: string
  readonly start: number | null
  readonly end: number | null
}

/** One full-text match: a quotation or a whole article. */
export interface SearchHit {
  readonly kind: 'quote' | 'article'
  readonly articleId: string
  readonly quoteId: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  /** A passage with the matched words between {@link HIGHLIGHT} marks. */
  readonly snippet: string
  /** Higher is better; comparable within one result list, not across engines. */
  readonly rank: number
}

/** Counts over the whole store. */
export interface StoreStats {
  readonly articles: number
  readonly quotes: number
  /** Distinct actor ids over all articles. */
  readonly actors: number
  readonly outlets: number
  readonly stances: number
  readonly diagnostics: number
  readonly quotesByKind: Readonly<Record<QuoteKind, number>>
  readonly firstPublished: string | null
  readonly lastPublished: string | null
  /** Articles per pipeline version, so stale analyses can be found. */
  readonly pipelineVersions: Readonly<Record<string, number>>
}

/**
 * Search ranks at most this many matches: when more quotations and articles match, on SQLite the
 * ones stored last, on PostgreSQL the first the index yields of each kind (articles, quotes). Ranking every match of a common word would take hundreds of milliseconds on a
 * large corpus, and rank differences among thousands of such matches mean little.
 */
export const RANK_WINDOW = 1000

/** The marks around matched words in a {@link SearchHit} snippet, the same on every engine. */
export const HIGHLIGHT = { open: '⟪', close: '⟫' } as const

/**
 * The corpus store: analysed articles in, quotations and search out. One implementation per
 * engine (SQLite, PostgreSQL), all held to `runStoreContract` in store.contract.ts.
 */
export interface Store {
  /**
   * Saves one article and its annotations in one transaction. The same content and pipeline
   * version again changes nothing (unless `meta.force`); anything else replaces the article's
   * annotations.
   */
  saveArticle(doc: Analyzed, meta: SaveMeta): Promise<SaveStatus>
  /** The stored article with the given {@link storedArticleId}, or undefined. */
  getArticle(id: string): Promise<StoredArticle | undefined>
  /** Quotations matching the filter, newest article first, in text order within an article. */
  quotes(filter?: QuoteFilter): Promise<QuoteRow[]>
  /** Articles by stored id (a stable order), `limit` at a time (default 100). */
  listArticles(page?: Page): Promise<ArticleSummary[]>
  /**
   * Every article's actors, or those answering to `filter.name`, by article id then actor id.
   * Actors are per article: this is what corpus-level identity resolution reads.
   */
  articleActors(filter?: ActorFilter): Promise<ArticleActorRow[]>
  /**
   * The quotations these article actors made (an article's actor speaking in that article), by
   * article id, then in text order. Pairs not stored are skipped.
   */
  memberQuotes(members: readonly ArticleActorKey[]): Promise<QuoteRow[]>
  /** The stances of these quotations, by article id then quote id. */
  quoteStances(
    quotes: readonly { readonly articleId: string; readonly quoteId: string }[],
  ): Promise<(StoredStance & { readonly articleId: string })[]>
  /** How many statements (quotes sharing a statement id count once) and quotations each article actor made. */
  statementCounts(): Promise<StatementCount[]>
  /**
   * A topic's field, from counts kept as statements are saved: the actors with statements on the
   * topic (most first, a page of them), their statements counted by day and label, and the
   * outlets that carried them.
   */
  topicField(query: TopicFieldQuery): Promise<TopicField>
  /** The cells of given actors on a topic, as {@link topicField} reads them for its page. */
  topicCells(query: TopicCellsQuery): Promise<TopicCell[]>
  /**
   * For each wanted (actor, label, days) range of a topic, up to `each` of its statements, most
   * confident then newest first: the evidence shown beside the counts.
   */
  topicEvidence(topic: string, wants: readonly EvidenceWant[], each: number): Promise<TopicStatement[][]>
  /**
   * Full-text search over quotations and articles, best match first; when more than
   * {@link RANK_WINDOW} rows match, the best of those stored last.
   */
  search(words: string, opts?: { readonly limit?: number }): Promise<SearchHit[]>
  stats(): Promise<StoreStats>
  /**
   * Compacts the search index and refreshes the query planner's statistics: what a large ingest
   * leaves behind (on SQLite, thousands of small FTS5 segments that every search must visit) makes
   * later queries slower. Seconds at 100,000 articles; `subtext ingest` runs it after large batches.
   */
  optimize(): Promise<void>
  close(): Promise<void>
}

/**
 * The id an article is stored under: its document id, plus a hash of its URL (or path) so that
 * two files named alike in different folders stay apart.
 * @example storedArticleId(doc) // '000_17930391241d76a3@5d1c2f0a'
 */
export function storedArticleId(doc: Pick<Analyzed, 'id' | 'source'>): string {
  const where = doc.source.url ?? doc.source.path
  return where ? `${doc.id}@${hash32(where)}` : doc.id
}

/**
 * SHA-256 over an article's text and source (path, URL, outlet) and stated metadata: what
 * decides whether a re-ingested article changed.
 */
export function contentHashOf(doc: Analyzed): string {
  const { path, url, outlet } = doc.source
  const parts = [doc.text, path, url, outlet, doc.meta.title, doc.meta.byline, doc.meta.published]
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

/** Thrown by `openStore` when a store that must exist does not. */
export class StoreNotFoundError extends Error {
  override readonly name = 'StoreNotFoundError'
}
