import type { Document, Segmented, Sentence, StageContext, Token } from '../../core/index.ts'
import { findParagraphs } from './paragraphs.ts'
import { findSentences } from './sentences.ts'

const kindOf = (pos: Token['pos']): Token['kind'] =>
  pos === 'PUNCT' ? 'punct' : pos === 'NUM' ? 'number' : pos === 'SYM' ? 'symbol' : 'word'

/**
 * Splits a document into paragraphs, sentences and tokens (with part-of-speech tags).
 * The tagger comes from the context; sentences never cross a line break.
 * @example
 * const doc = segment(cleaned, ctx)
 * doc.sentences.map((s) => sliceSpan(doc, s.span)) // ['"Why?" he asked.', …]
 */
export function segment(doc: Document, ctx: StageContext): Segmented {
  const { text } = doc
  const tagged = ctx.tagger.tag(text)
  const tokens: Token[] = []
  for (const t of tagged.tokens) {
    if (t.pos === 'SPACE' || t.end <= t.start) continue
    tokens.push({ span: { start: t.start, end: t.end }, kind: kindOf(t.pos), pos: t.pos })
  }
  const paragraphs = findParagraphs(text)
  const sentences: Sentence[] = []
  let ti = 0
  for (const { span, paragraph } of findSentences(text, tagged.sentences, paragraphs)) {
    while (ti < tokens.length && tokens[ti]!.span.end <= span.start) ti++
    let tj = ti
    while (tj < tokens.length && tokens[tj]!.span.start < span.end) tj++
    sentences.push({ span, paragraph, tokens: { start: ti, end: tj } })
    ti = tj
  }
  return { ...doc, paragraphs, sentences, tokens }
}
