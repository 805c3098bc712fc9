import type { DateMention, Sentence, Span } from '../../core/index.ts'

/**
 * When a statement was made, as far as the article says: a date in the sentence that reports it,
 * else the latest date stated earlier in its paragraph, else `fallback` (the date of the speaker's
 * previous statement in the same passage).
 */
export function statementDate(
  dates: readonly DateMention[],
  sentence: Sentence,
  paragraph: Span,
  at: number,
  fallback: string | undefined,
): string | undefined {
  const inSentence = dates.filter(
    (d) => d.span.start >= sentence.span.start && d.span.end <= sentence.span.end,
  )
  if (inSentence.length) {
    return inSentence.reduce((best, d) =>
      Math.abs(d.span.start - at) < Math.abs(best.span.start - at) ? d : best,
    ).value
  }
  const earlier = dates.filter((d) => d.span.start >= paragraph.start && d.span.end <= at).at(-1)
  return earlier?.value ?? fallback
}
