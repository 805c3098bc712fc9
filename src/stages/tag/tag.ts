import type { PosTag, Segmented, StageContext, Tagged } from '../../core/index.ts'

/**
 * Part-of-speech tags for the document's tokens, from the context's tagger (wink-nlp in the CLI).
 * The tagger tokenises in its own way, so each token takes the tag of the tagger token that starts
 * where it starts, or else of the one that covers its start.
 * @example tag(segmented, ctx).pos // ['PROPN', 'VERB', …], one per token
 */
export function tag(doc: Segmented, ctx: StageContext): Tagged {
  const tagged = ctx.tagger.tag(doc.text).tokens
  const pos: PosTag[] = []
  let j = 0
  for (const t of doc.tokens) {
    while (j + 1 < tagged.length && tagged[j + 1]!.start <= t.span.start) j++
    const guess = tagged[j]
    pos.push(
      guess && guess.start <= t.span.start && t.span.start < Math.max(guess.end, guess.start + 1)
        ? guess.pos
        : fallback(doc, t.kind),
    )
  }
  return { ...doc, pos }
}

const fallback = (_doc: Segmented, kind: string): PosTag =>
  kind === 'punct' ? 'PUNCT' : kind === 'number' ? 'NUM' : kind === 'symbol' ? 'SYM' : 'X'
