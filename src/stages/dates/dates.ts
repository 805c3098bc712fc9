import type { Dated, DateMention, Diagnostic, Span, StageContext, Tagged } from '../../core/index.ts'
import { diagnostic, overlaps } from '../../core/index.ts'
import { addDays, parseDates } from './resolve.ts'

/** Any fixed day works for finding dates that state their year; it is never used as "now". */
const PROBE_REFERENCE = '2000-06-15'
const SAME_DAY = /\b(?:the same day|that day|the same evening|that evening)\b/gi

/**
 * The publication date: stated by metadata, or else inferred as the latest day the text states,
 * where dates without a year take it from the latest date that gives one.
 */
export function inferPublished(text: string): string | null {
  const explicit = parseDates(text, PROBE_REFERENCE).filter((d) => d.explicitYear)
  if (explicit.length === 0) return null
  const anchor = explicit.map((d) => d.value).sort()[explicit.length - 1]!
  const calendar = parseDates(text, anchor).filter((d) => d.calendar)
  return calendar.map((d) => d.value).sort()[calendar.length - 1] ?? anchor
}

/**
 * Finds the dates the text states and resolves relative ones ("on Tuesday", "February 3",
 * "the same day") against the publication date, which it infers when metadata gives none.
 * @example dateDocument(segmented, ctx).dates.map((d) => d.value) // ['2025-01-28', …]
 */
export function dateDocument(doc: Tagged, _ctx: StageContext): Dated {
  const diagnostics: Diagnostic[] = []
  let { published, publishedInferred } = doc.meta
  if (!published) {
    published = inferPublished(doc.text)
    publishedInferred = published !== null
    diagnostics.push(diagnostic(published ? 'DATE_INFERRED' : 'DATE_UNKNOWN', 'dates'))
  }
  const dates: DateMention[] = []
  if (published) {
    for (const d of parseDates(doc.text, published)) {
      // news reports the past: "on Tuesday" is the last Tuesday, not the next one
      const value = d.weekdayOnly && d.value > published ? addDays(d.value, -7) : d.value
      dates.push({ span: d.span, value, kind: d.explicitYear ? 'absolute' : 'relative' })
    }
    dates.push(...resolveSameDay(doc.text, dates))
    dates.sort((a, b) => a.span.start - b.span.start)
  }
  return {
    ...doc,
    meta: { ...doc.meta, published, publishedInferred },
    dates,
    diagnostics: [...doc.diagnostics, ...diagnostics],
  }
}

/** "The same day" takes the day of the closest date stated before it. */
function resolveSameDay(text: string, dates: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = []
  for (const m of text.matchAll(SAME_DAY)) {
    const span: Span = { start: m.index, end: m.index + m[0].length }
    if (dates.some((d) => overlaps(d.span, span))) continue
    const before = dates.filter((d) => d.span.end <= span.start).at(-1)
    if (before) out.push({ span, value: before.value, kind: 'relative' })
  }
  return out
}
