/**
 * The tables, as Kysely sees them: the one statement of the schema both engines share. Offsets
 * (`*_start`, `*_end`) are UTF-16 code units into `articles.text`; text columns beside them were
 * sliced in JavaScript at save time. Booleans are 0/1 integers and times ISO strings, so rows read
 * the same from SQLite and PostgreSQL. Engine-specific search structures (FTS5 tables, tsvector
 * columns) are left out: only raw SQL in the search modules touches them.
 * @module
 */
import type { InputFormat, QuoteKind, RegionKind, SpeechActKind, StanceLabel } from '../../../core/index.ts'

export interface ArticleTable {
  /** `storedArticleId(doc)`. */
  id: string
  doc_id: string
  source_path: string | null
  source_url: string | null
  outlet: string | null
  /** `nameKey(outlet)`, for case-insensitive filtering by an index. */
  outlet_key: string | null
  title: string | null
  byline: string | null
  /** ISO day. */
  published: string | null
  published_inferred: 0 | 1
  language: string
  text: string
  content_hash: string
  pipeline_version: string
  /** ISO timestamp of the save. */
  ingested_at: string
  /** How many quotes the article has: a consistency check after a crash. */
  quote_count: number
  /** The reader's format ('text', 'html', …); null for rows saved without it (before 0003). */
  input_format: InputFormat | null
  /** The title the input stated, as given; null when none or unknown. */
  input_title: string | null
  /** JSON array of the reader's structure hints ({kind, start, end}); null when none or unknown. */
  input_structure: string | null
}

export interface RegionTable {
  article_id: string
  seq: number
  kind: RegionKind
  span_start: number
  span_end: number
}

export interface ActorTable {
  article_id: string
  actor_id: string
  name: string
  kind: 'person' | 'org'
  /** The first role the article gives, for display. */
  role: string | null
  /** JSON array of role titles. */
  roles: string
  /** JSON array of other names the article uses. */
  aliases: string
  gender: 'female' | 'male' | null
}

/**
 * Every name an actor answers to (name, aliases, surname, id), folded by `actorKey`, with the
 * article's date beside it: indexed by (name_key, published desc), so the newest quotes of an
 * actor are found without sorting all of them.
 */
export interface ActorNameTable {
  article_id: string
  actor_id: string
  name_key: string
  /** The article's publication date (ISO day), copied so the name index is in date order. */
  published: string | null
}

export interface QuoteTable {
  article_id: string
  quote_id: string
  /** Order in the article. */
  seq: number
  kind: QuoteKind
  span_start: number
  span_end: number
  text: string
  /** JSON array of [start, end] objects: a mixed quote's verbatim words, or null. */
  verbatim: string | null
  cue_start: number | null
  cue_end: number | null
  cue: string | null
  speaker_actor_id: string | null
  speaker_name: string | null
  speaker_role: string | null
  speaker_start: number | null
  speaker_end: number | null
  speaker_method: string | null
  speaker_confidence: number | null
  date: string | null
  statement: string
  method: string
}

export interface StanceTable {
  article_id: string
  quote_id: string
  topic: string
  label: StanceLabel
  holder: string | null
  confidence: number
  /** JSON array of {start, end}. */
  evidence: string
  method: string
  /** Copied from the quotation and article (0008), for the topic field: the speaker's actor id, else name. */
  actor: string | null
  actor_name: string | null
  /** The day the statement was said: the quotation's date, else the article's. */
  day: string | null
  outlet: string | null
}

/** Statements per topic and actor, kept by triggers on `stances` (0008). */
export interface TopicActorTable {
  topic: string
  actor: string
  actor_name: string | null
  n: number
}

/** Statements per topic, actor, month ('2025-01') and label, kept by triggers on `stances` (0009). */
export interface TopicMonthTable {
  topic: string
  actor: string
  month: string
  label: StanceLabel
  n: number
}

/** Statements per topic, actor, day and label, kept by triggers on `stances` (0010). */
export interface TopicDayTable {
  topic: string
  actor: string
  day: string
  label: StanceLabel
  n: number
}

/** Statements per topic, actor, ISO week (its Monday, an ISO day) and label, kept by triggers on `stances` (0011). */
export interface TopicWeekTable {
  topic: string
  actor: string
  week: string
  label: StanceLabel
  n: number
}

/** Statements per topic and outlet, kept by triggers on `stances` (0008). */
export interface TopicOutletTable {
  topic: string
  outlet: string
  n: number
}

/** A speech act of a quotation (accuse, threaten, …), with its target when the article names one. */
export interface ActTable {
  article_id: string
  quote_id: string
  seq: number
  kind: SpeechActKind
  target_actor_id: string | null
  /** The target's name as the actors stage gives it, for display. */
  target_name: string | null
  evidence_start: number
  evidence_end: number
  /** The words that show the act, sliced at save time. */
  evidence: string
  method: string
}

export interface DiagnosticTable {
  article_id: string
  seq: number
  code: string
  severity: 'error' | 'warning' | 'info'
  stage: string
  message: string
  span_start: number | null
  span_end: number | null
}

/** The database as Kysely types it. */
export interface Database {
  articles: ArticleTable
  regions: RegionTable
  actors: ActorTable
  actor_names: ActorNameTable
  quotes: QuoteTable
  stances: StanceTable
  acts: ActTable
  diagnostics: DiagnosticTable
  topic_actors: TopicActorTable
  topic_outlets: TopicOutletTable
  topic_months: TopicMonthTable
  topic_days: TopicDayTable
  topic_weeks: TopicWeekTable
}

/** The tables that hang off an article (deleted with it, by cascade). */
export const CHILD_TABLES = [
  'regions',
  'actors',
  'actor_names',
  'quotes',
  'stances',
  'acts',
  'diagnostics',
] as const

/** The engines the schema runs on. */
export type Engine = 'sqlite' | 'postgres'
