import type { PosTag, Segmented, Span } from '../../core/index.ts'

/** A word as names see it: tokens joined across hyphens ("Mohammad-Hossein", "al-Assad"). */
export interface Word {
  readonly span: Span
  readonly text: string
  readonly pos: PosTag
  /** Index of its sentence in doc.sentences. */
  readonly sentence: number
  /** True when it is the first word of its sentence (or follows an opening quotation mark there). */
  readonly initial: boolean
  /** True when "’s" or "'s" follows it. */
  readonly possessive: boolean
}

const HYPHENS = new Set(['-', '‐', '‑'])
const POSSESSIVE = /^['’]s$/i

/**
 * Joins each sentence's tokens into words: hyphenated parts with no space between become one word,
 * and a following "’s" marks the word possessive instead of standing alone.
 */
export function toWords(doc: Segmented): Word[] {
  const { text, tokens } = doc
  const out: Word[] = []
  doc.sentences.forEach((sentence, si) => {
    let first = true
    for (let i = sentence.tokens.start; i < sentence.tokens.end; i++) {
      const t = tokens[i]!
      let end = t.span.end
      let j = i
      while (
        j + 2 < sentence.tokens.end &&
        HYPHENS.has(text.slice(tokens[j + 1]!.span.start, tokens[j + 1]!.span.end)) &&
        tokens[j + 1]!.span.start === end &&
        tokens[j + 2]!.span.start === tokens[j + 1]!.span.end &&
        tokens[j + 2]!.kind === 'word'
      ) {
        j += 2
        end = tokens[j]!.span.end
      }
      const next = tokens[j + 1]
      // "’s" is possessive when tagged a particle; as a verb it is "is" or "has" ("he’s not happy")
      const possessive =
        next !== undefined &&
        j + 1 < sentence.tokens.end &&
        next.pos !== 'AUX' &&
        next.pos !== 'VERB' &&
        POSSESSIVE.test(text.slice(next.span.start, next.span.end))
      const span = { start: t.span.start, end }
      const word = text.slice(span.start, span.end)
      out.push({ span, text: word, pos: t.pos, sentence: si, initial: first, possessive })
      // after an opening quotation mark or a colon, a capital starts a new sentence of sorts
      first = t.kind === 'punct' && /^[“"‘'«„(:]$/.test(word)
      if (possessive) j++
      i = j
    }
  })
  return out
}
