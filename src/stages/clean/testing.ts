import assert from 'node:assert/strict'
import type { Document, RawArticle, RegionKind, Span, StageContext } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import { rawArticle } from '../../core/testing.ts'
import { clean } from './clean.ts'

/** Cleaning needs no tagger; a stub keeps the tests free of the NLP model. */
export const ctx: StageContext = { tagger: { tag: () => ({ tokens: [] }) } }

export { rawArticle }

export const cleanText = (text: string, extra: Partial<RawArticle> = {}): Document =>
  clean(rawArticle(text, extra), ctx)

/** Asserts a span by the text it covers, never by its numbers. */
export function expectSpan(doc: { text: string }, span: Span | undefined, expected: string): void {
  assert.ok(span, `expected a span covering ${JSON.stringify(expected)}, found none`)
  assert.equal(sliceSpan(doc, span), expected)
}

/** The texts of a document's regions of one kind, in order. */
export const regionTexts = (doc: Document, kind: RegionKind): string[] =>
  doc.regions.filter((r) => r.kind === kind).map((r) => sliceSpan(doc, r.span))

/** Each region as "kind: text", for whole-document comparisons. */
export const describeRegions = (doc: Document): string[] =>
  doc.regions.map((r) => `${r.kind}: ${sliceSpan(doc, r.span)}`)
