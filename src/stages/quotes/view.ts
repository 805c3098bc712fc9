import type { Mention, Span, WithActors, Word } from '../../core/index.ts'

/** Indexes over one document that attribution looks things up in. Built once, never changed. */
export interface DocView {
  readonly doc: WithActors
  readonly words: readonly Word[]
  /** Mentions by the offset where they end. */
  readonly mentionEnding: ReadonlyMap<number, Mention>
  /** Mentions by the offset where they start. */
  readonly mentionStarting: ReadonlyMap<number, Mention>
  /** Spans of quoted words: mentions inside them are never speakers. */
  readonly quoted: readonly Span[]
  /** The quoted spans that are mixed quotes, woven into the writer's sentence. */
  readonly mixed: readonly Span[]
}

export function buildView(doc: WithActors, quoted: readonly Span[], mixed: readonly Span[]): DocView {
  const { words } = doc
  const mentionEnding = new Map<number, Mention>()
  const mentionStarting = new Map<number, Mention>()
  for (const m of doc.mentions) {
    if (m.kind === 'place') continue
    mentionEnding.set(m.span.end, m)
    mentionStarting.set(m.span.start, m)
  }
  return { doc, words, mentionEnding, mentionStarting, quoted, mixed }
}

export const isQuoted = (v: DocView, at: number): boolean => v.quoted.some((q) => q.start <= at && at < q.end)

/** Index of the first word starting at or after `offset`. */
export function wordIndexAfter(v: DocView, offset: number): number {
  let lo = 0
  let hi = v.words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (v.words[mid]!.span.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** A mention fit to be a speaker: a person, an institution, a role phrase or a pronoun, not possessive. */
export function speakerLike(m: Mention | undefined): m is Mention {
  return m !== undefined && m.kind !== 'place' && !m.possessive
}
