import * as chrono from 'chrono-node'
import type { Span } from '../../core/index.ts'

/** A date expression chrono found, resolved against a reference day. */
export interface FoundDate {
  readonly span: Span
  readonly value: string
  readonly explicitYear: boolean
  readonly weekdayOnly: boolean
  /** Names a month and a day ("February 3"), as opposed to "today" or "on Tuesday". */
  readonly calendar: boolean
}

const YEAR = /\b(1[89]|20)\d\d\b/
const RELATIVE_DAY = /\b(today|yesterday|tomorrow|tonight)\b/i
const pad = (n: number): string => String(n).padStart(2, '0')

/** 'YYYY-MM-DD' → a Date at noon UTC, so that no time zone moves it to another day. */
export const noonOf = (iso: string): Date => new Date(`${iso}T12:00:00Z`)

export const isoOf = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

export const addDays = (iso: string, days: number): string =>
  isoOf(new Date(noonOf(iso).getTime() + days * 864e5))

/**
 * Every day-level date expression in the text, resolved against `reference` (ISO date).
 * Month-only and time-only expressions are left out: a statement's date needs a day.
 */
export function parseDates(text: string, reference: string): FoundDate[] {
  const out: FoundDate[] = []
  const instant = noonOf(reference)
  // chrono reads only the lines that could hold a day: most lines of an article hold none
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (DAY_HINT.test(line)) out.push(...parseLine(line, lineStart, instant))
    lineStart = lineEnd + 1
  }
  return out
}

/** Words without which a line names no day: months, weekdays, "today", numeric dates, "ago". */
const DAY_HINT = new RegExp(
  [
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow|ago)\b`,
    String.raw`\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`,
  ].join('|'),
  'i',
)

function parseLine(line: string, offset: number, instant: Date): FoundDate[] {
  const out: FoundDate[] = []
  for (const r of chrono.parse(line, { instant, timezone: 0 })) {
    const c = r.start
    const words = r.text
    const hasDay = c.isCertain('day') || c.isCertain('weekday') || RELATIVE_DAY.test(words)
    if (!hasDay) continue
    const value = `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`
    out.push({
      span: { start: offset + r.index, end: offset + r.index + words.length },
      value,
      explicitYear: YEAR.test(words),
      weekdayOnly: c.isCertain('weekday') && !c.isCertain('day'),
      calendar: c.isCertain('month') && c.isCertain('day') && !RELATIVE_DAY.test(words),
    })
  }
  return out
}
