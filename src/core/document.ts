import type { Diagnostic } from './diagnostics.ts'
import type { ActorId, DocumentId, MentionId, QuoteId, TopicId } from './ids.ts'
import type { Span } from './span.ts'

/** Where an article came from. */
export interface Source {
  readonly path: string | null
  readonly url: string | null
  readonly outlet: string | null
  /** 1-based line of a JSONL record. */
  readonly line?: number
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl'

/** A structural hint a reader found in markup (HTML headings, captions), as a span of `text`. */
export interface StructureHint {
  readonly kind: 'title' | 'heading' | 'caption' | 'paragraph'
  readonly span: Span
}

/** What a reader hands the pipeline: an article's text and its metadata, nothing analysed yet. */
export interface RawArticle {
  readonly id: DocumentId
  readonly source: Source
  readonly format: InputFormat
  /** The text to analyse. For .txt input, the file's content unchanged. */
  readonly text: string
  readonly title?: string | null
  readonly byline?: string | null
  /** ISO date (YYYY-MM-DD) from metadata, when the input states one. */
  readonly published?: string | null
  readonly structure?: readonly StructureHint[]
  readonly diagnostics: readonly Diagnostic[]
}

export type RegionKind = 'boilerplate' | 'duplicate' | 'embed' | 'heading' | 'caption' | 'title'

/** A part of the text that cleaning set aside: later stages skip it; nothing is deleted. */
export interface Region {
  readonly kind: RegionKind
  readonly span: Span
}

/** An embedded social-media post (its text plus its signature line). */
export interface Embed {
  readonly span: Span
  readonly author: string | null
  readonly handle: string | null
  /** ISO date of the post, when its signature gives one. */
  readonly date: string | null
  readonly links: readonly Span[]
}

export interface Metadata {
  readonly title: string | null
  readonly byline: string | null
  /** ISO date (YYYY-MM-DD) or null. */
  readonly published: string | null
  /** True when `published` was inferred from dates in the text rather than stated. */
  readonly publishedInferred: boolean
  /** ISO 639-1 code, or 'und' when undetermined. */
  readonly language: string
}

/** One article: an immutable text with layers of spans over it. */
export interface Document {
  readonly id: DocumentId
  readonly source: Source
  readonly text: string
  readonly meta: Metadata
  readonly regions: readonly Region[]
  readonly embeds: readonly Embed[]
  readonly diagnostics: readonly Diagnostic[]
}

/** Universal POS tags (as wink-nlp and spaCy give them). */
export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE'

export interface Token {
  readonly span: Span
  readonly kind: 'word' | 'number' | 'punct' | 'symbol'
}

export interface Sentence {
  readonly span: Span
  /** Index into `paragraphs`. */
  readonly paragraph: number
  /** Index of its first token and one past its last. */
  readonly tokens: Span
}

export interface Segmented extends Document {
  /** Non-empty lines or blocks of text, in order. */
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Sentence[]
  readonly tokens: readonly Token[]
}

/** A date the text states, resolved to a calendar day. */
export interface DateMention {
  readonly span: Span
  /** ISO date YYYY-MM-DD. */
  readonly value: string
  /** 'absolute' when the text gives the year, else resolved against the publication date. */
  readonly kind: 'absolute' | 'relative'
}

/** Part-of-speech tags: one per token of `tokens`, in order. */
export interface Tagged extends Segmented {
  readonly pos: readonly PosTag[]
}

export interface Dated extends Tagged {
  readonly dates: readonly DateMention[]
}

export type MentionKind = 'person' | 'org' | 'place' | 'other'

/** A stretch of text that refers to someone. */
export interface Mention {
  readonly id: MentionId
  readonly span: Span
  readonly kind: MentionKind
  /** How it refers: a proper name, a title alone ("the foreign minister"), or a pronoun. */
  readonly form: 'name' | 'title' | 'pronoun'
  /** The role the text gives at this mention ("deputy intelligence minister"), as a span. */
  readonly role?: Span
  /** True for a possessive ("Khamenei’s"): the span excludes the "’s". */
  readonly possessive?: boolean
  readonly actor?: ActorId
}

/** A word as names and attributions see it: tokens joined across hyphens ("Mohammad-Hossein"). */
export interface Word {
  readonly span: Span
  readonly text: string
  readonly pos: PosTag
  /** Index of its sentence in `sentences`. */
  readonly sentence: number
  /** First word of its sentence, or first after an opening quotation mark or a colon. */
  readonly initial: boolean
  /** Followed by a possessive "’s", which the word absorbs. */
  readonly possessive: boolean
}

export interface WithMentions extends Dated {
  /** The words of every sentence, in order (regions included). */
  readonly words: readonly Word[]
  readonly mentions: readonly Mention[]
}

export interface Role {
  readonly kind: 'official' | 'spokesperson' | 'expert' | 'witness' | 'other'
  /** The role as the article states it, normalised for display ("Foreign Minister"). */
  readonly title: string
  readonly evidence: Span
}

export interface Actor {
  readonly id: ActorId
  readonly name: string
  readonly kind: 'person' | 'org'
  readonly mentions: readonly MentionId[]
  readonly roles: readonly Role[]
  /** Other forms the article uses for the actor. */
  readonly aliases: readonly string[]
  /** Grammatical gender, when the text gives evidence (an honorific, a gendered role, a given name). */
  readonly gender?: 'female' | 'male'
}

export interface WithActors extends WithMentions {
  readonly actors: readonly Actor[]
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed'

export interface Speaker {
  /** The actor, when the speaker is a person or institution the article identifies. */
  readonly actor?: ActorId
  readonly mention?: MentionId
  /** The words that name the speaker at this quote ("he", "Khamenei", "a senior official"). */
  readonly span: Span
  /** Which rule attributed it, with a version ('cue-adjacent@1'). */
  readonly method: string
  readonly confidence: number
}

export interface Quote {
  readonly id: QuoteId
  readonly kind: QuoteKind
  /**
   * The words reported: for a direct quote the quoted words, quotation marks excluded; for an
   * indirect one the reported clause; for a mixed one the reported clause that holds the quoted words.
   */
  readonly span: Span
  /** For a mixed quote: the words inside quotation marks (marks excluded), verbatim from the speaker. */
  readonly verbatim?: readonly Span[]
  /** The verb or phrase that introduces it ("said", "according to"). */
  readonly cue?: Span
  readonly speaker?: Speaker
  /** ISO date when it was said, when the article says so. */
  readonly date?: string
  /** Parts of one statement share it: '"A," he said, "B."' and paragraphs of one long quotation. */
  readonly statement: QuoteId
  readonly method: string
}

export interface WithQuotes extends WithActors {
  readonly quotes: readonly Quote[]
}

/**
 * What a statement does, in a PLOVER/CAMEO-like set: accuse, threaten, warn, reject, demand, appeal,
 * praise, and express the intent to negotiate.
 */
export type SpeechActKind =
  | 'accuse'
  | 'threaten'
  | 'warn'
  | 'reject'
  | 'demand'
  | 'appeal'
  | 'praise'
  | 'intend-to-negotiate'

export interface SpeechAct {
  readonly quote: QuoteId
  readonly kind: SpeechActKind
  /** Whom the act is aimed at, when the article names them. */
  readonly target?: ActorId
  readonly targetSpan?: Span
  /** The words that show the act (the cue, or a phrase of the statement). */
  readonly evidence: Span
  readonly method: string
}

export interface WithActs extends WithQuotes {
  readonly acts: readonly SpeechAct[]
}

export type StanceLabel = 'support' | 'oppose' | 'conditional' | 'neutral'

export interface Stance {
  readonly quote: QuoteId
  readonly holder?: ActorId
  readonly topic: TopicId
  readonly label: StanceLabel
  readonly confidence: number
  readonly evidence: readonly Span[]
  readonly method: string
}

export interface Analyzed extends WithActs {
  readonly stances: readonly Stance[]
}
