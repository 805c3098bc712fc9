import type { Diagnostic, Document, Embed, RawArticle, Region, StageContext } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import type { CleanStep } from './clean-step.ts'
import { detectLanguage } from './detect-language.ts'
import { findBoilerplate } from './find-boilerplate.ts'
import { findCaptions } from './find-captions.ts'
import { findDuplicates } from './find-duplicates.ts'
import { findEmbeds } from './find-embeds.ts'
import { findHeadings } from './find-headings.ts'
import { findTitle } from './find-title.ts'
import { checkHints } from './hints.ts'
import { splitLines } from './lines.ts'
import { addRegions } from './regions.ts'

/**
 * The sub-steps, in order. Earlier ones win a line: boilerplate before the title (a reading-time
 * badge above the headline is not the headline), embeds before duplicates and captions, headings last
 * because their test (a short unpunctuated line) is the loosest. Language comes after all regions, so
 * it reads only the article's own prose.
 */
export const cleanSteps: readonly CleanStep[] = [
  findBoilerplate,
  findTitle,
  findEmbeds,
  findDuplicates,
  findCaptions,
  findHeadings,
  detectLanguage,
]

const present = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null)

/** The title as display text: Markdown marks dropped, white space collapsed. */
const titleText = (doc: { text: string }, regions: readonly Region[]): string | null => {
  const title = regions.find((r) => r.kind === 'title')
  return title
    ? present(
        sliceSpan(doc, title.span)
          .replace(/^#+\s*/u, '')
          .replace(/\s+/gu, ' '),
      )
    : null
}

/**
 * The entry stage: turns a raw article into a Document. It never changes the text; it marks what
 * later stages should skip (title, boilerplate, embedded posts, duplicates, captions, headings) as
 * regions, records embedded posts, fills the metadata and detects the language.
 * @example
 * const doc = clean(raw, ctx)
 * doc.text === raw.text // true
 * doc.regions.map((r) => [r.kind, sliceSpan(doc, r.span)]) // [['boilerplate', 'Two-minute read'], …]
 * doc.embeds[0] // { author: 'NCRI-FAC', handle: '@iran_policy', date: '2025-01-29', … }
 */
export const clean = (raw: RawArticle, _ctx: StageContext): Document => {
  const { text } = raw
  const lines = splitLines(text)
  const checked = checkHints(text, raw.structure ?? [])
  const diagnostics: Diagnostic[] = [...raw.diagnostics, ...checked.diagnostics]
  const embeds: Embed[] = []
  let regions: Region[] = []
  let language = 'en'
  for (const step of cleanSteps) {
    const out = step({ text, format: raw.format, lines, hints: checked.hints, regions })
    const merged = addRegions(regions, out.regions ?? [])
    regions = merged.regions
    // An embed whose region lost to an earlier sub-step is dropped with it.
    const kept = (e: Embed) =>
      merged.added.some(
        (r) => r.kind === 'embed' && r.span.start === e.span.start && r.span.end === e.span.end,
      )
    embeds.push(...(out.embeds ?? []).filter(kept))
    diagnostics.push(...(out.diagnostics ?? []))
    language = out.language ?? language
  }
  return {
    id: raw.id,
    source: raw.source,
    text,
    meta: {
      title: present(raw.title) ?? titleText(raw, regions),
      byline: present(raw.byline),
      published: present(raw.published),
      publishedInferred: false,
      language,
    },
    regions,
    embeds,
    diagnostics,
  }
}
