import type { Tagged, Word } from '../../core/index.ts'

const HYPHENS = new Set(['-', '‐', '‑'])
const POSSESSIVE = /^['’]s$/i

/**
 * Joins each sentence's tokens into words: hyphenated parts with no space between become one word,
 * and a following "’s" marks the word possessive instead of standing alone.
 */
export function toWords(doc: Tagged): Word[] {
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
        tokens[j + 1]!.span.start === end &&
        HYPHENS.has(text.slice(tokens[j + 1]!.span.start, tokens[j + 1]!.span.end)) &&
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
        next.span.end - next.span.start === 2 &&
        doc.pos[j + 1] !== 'AUX' &&
        doc.pos[j + 1] !== 'VERB' &&
        POSSESSIVE.test(text.slice(next.span.start, next.span.end))
      const span = { start: t.span.start, end }
      const word = text.slice(span.start, span.end)
      out.push({ span, text: word, pos: doc.pos[i] ?? 'X', sentence: si, initial: first, possessive })
      // after an opening quotation mark or a colon, a capital starts a new sentence of sorts
      first = t.kind === 'punct' && /^[“"‘'«„(:]$/.test(word)
      if (possessive) j++
      i = j
    }
  })
  return out
}
