import type { PosTag } from './document.ts'
import type { TopicId } from './ids.ts'

/** A tagged token as a tagger returns it: offsets into the text it was given. */
export interface TaggedToken {
  readonly start: number
  readonly end: number
  readonly pos: PosTag
}

/**
 * Tokeniser and part-of-speech tagger. Structural, so the segment stage needs no NLP library:
 * adapters pass one in (src/adapters/nlp/wink-tagger.ts wraps wink-nlp).
 */
export interface Tagger {
  tag(text: string): { readonly tokens: readonly TaggedToken[] }
}

/** An analyst-defined topic (the topic file of ../shared/OUTPUT.md). */
export interface Topic {
  readonly id: TopicId
  readonly label: string
  /** Words a statement must use (or its sentence, or its paragraph) to be about the topic. */
  readonly about: readonly string[]
  /** The other side: hostility toward it counts against the topic. Optional. */
  readonly parties: readonly string[]
  /**
   * What hostility toward the parties argues for: `oppose` (the default) for cooperative topics
   * such as talks or a treaty, `support` for measures against the party (tariffs) or against a
   * government (early elections). Praise of the parties argues the other way.
   */
  readonly hostility?: 'oppose' | 'support'
}

/** Read-only settings and resources every stage receives. Adapters build it; stages never mutate it. */
export interface StageContext {
  readonly tagger: Tagger
  /** Topics to classify stance toward; none means no stance layer. */
  readonly topics?: readonly Topic[]
}
