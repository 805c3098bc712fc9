import type { QuoteKind, Span, StanceLabel } from '../../core/index.ts'

/** An actor an article names, as story clustering and framing need it. */
export interface StoryActor {
  /** A stable key across articles (the stored actor id, e.g. 'ali-khamenei'). */
  readonly key: string
  readonly name: string
  readonly kind?: 'person' | 'org'
  /** A camp label from an actor registry, when the caller has one. */
  readonly camp?: string | null
  /** How often the article names the actor, when known: prominent actors weigh more. */
  readonly mentions?: number
}

/** One stance a quotation takes toward a topic. */
export interface StoryStance {
  readonly topic: string
  readonly label: StanceLabel
}

/** One reported statement in an article. */
export interface StoryQuote {
  readonly id: string
  /** The reported words as a span of the article's text. */
  readonly span: Span
  /**
   * Direct quotes hold the speaker's words; indirect (and mixed) ones the writer's paraphrase,
   * so framing counts their terms as the outlet's own (the verbatim parts sit inside quotation marks).
   */
  readonly kind?: QuoteKind
  readonly text: string
  /** The speaker's name, or null when unknown. */
  readonly speaker: string | null
  /** The speaker's actor key, when known. */
  readonly speakerKey: string | null
  /** The cue as written ("said", "told reporters", "according to"), or null. */
  readonly cue: string | null
  /** Parts of one statement ('"A," he said, "B."') share it; counted once for attribution. */
  readonly statement?: string
  readonly stances: readonly StoryStance[]
}

/**
 * An article as the stories module reads it: a small plain record an adapter builds (from the store
 * or a generator), so nothing here depends on storage.
 */
export interface StoryArticle {
  readonly id: string
  readonly outlet: string | null
  /** ISO day (YYYY-MM-DD), or null when unknown. */
  readonly published: string | null
  readonly title: string | null
  readonly text: string
  readonly actors: readonly StoryActor[]
  readonly quotes: readonly StoryQuote[]
  /** Parts of the text framing leaves out (boilerplate, repeated captions). */
  readonly skip?: readonly Span[]
  /** Parts written by others and shown by the outlet (embedded posts): their terms count as quoted. */
  readonly embedded?: readonly Span[]
}

const DAY_MS = 864e5

/**
 * Days since 1970-01-01 of an ISO day, or null for null or a malformed date.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS)
}

/** The ISO day of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)
