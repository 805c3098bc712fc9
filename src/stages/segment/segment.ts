import type { Document, Segmented, StageContext } from '../../core/index.ts'
import { findParagraphs } from './paragraphs.ts'
import { findSentences } from './sentences.ts'
import { tokenize } from './tokenize.ts'

/**
 * Splits a document into paragraphs, sentences and tokens, by rule and without a model: sentences
 * survive abbreviations (U.S., Feb., Dr.), initials, URLs and hashtags, and never cross a line break.
 * @example
 * const doc = segment(cleaned, ctx)
 * doc.sentences.map((s) => sliceSpan(doc, s.span)) // ['"Why?" he asked.', …]
 */
export function segment(doc: Document, _ctx: StageContext): Segmented {
  const tokens = tokenize(doc.text)
  const paragraphs = findParagraphs(doc.text)
  const sentences = findSentences(doc.text, tokens, paragraphs)
  return { ...doc, paragraphs, sentences, tokens }
}
