import type { PosTag } from './document.ts'

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

/** Read-only settings and resources every stage receives. Adapters build it; stages never mutate it. */
export interface StageContext {
  readonly tagger: Tagger
}
