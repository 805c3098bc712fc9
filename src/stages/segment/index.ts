export { findParagraphs } from './paragraphs.ts'
export { segment } from './segment.ts'
export { findSentences } from './sentences.ts'
export { ABBREVIATIONS, tokenize } from './tokenize.ts'
