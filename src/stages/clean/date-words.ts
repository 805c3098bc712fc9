const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (m: number, y: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31

/** A regular-expression fragment matching an English month name or its abbreviation (no flags). */
export const MONTH_PATTERN = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`

/**
 * An ISO date from an English month name, a day and a year, or null when the day does not exist.
 * @example isoDate('January', '29', '2025') // '2025-01-29'
 */
export function isoDate(month: string, day: string, year: string): string | null {
  const m = MONTHS[month.toLowerCase().replace(/\.$/, '')]
  const d = Number(day)
  const y = Number(year)
  if (m === undefined || !Number.isInteger(d) || !Number.isInteger(y) || d < 1 || d > daysIn(m, y))
    return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** An English date at the end of a line: 'January 28, 2025', 'Jan. 28 2025' or '28 January 2025'. */
export const ENDS_WITH_DATE = new RegExp(
  `\\b(?:${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN}\\.?,?\\s+\\d{4})$`,
  'iu',
)

const DATE_WORDS = new Set([
  ...Object.keys(MONTHS),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ...['updated', 'published', 'posted', 'last', 'on', 'at', 'am', 'pm', 'a', 'p', 'm'],
  ...['gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'bst', 'cet', 'irst', 'st', 'nd', 'rd', 'th'],
])

/**
 * True when a line is only a date or a time stamp ('Updated: Jan. 28, 2025 10:32 AM GMT'). Such lines
 * are left to the dates stage, never taken for a title or a heading.
 */
export function isDateOnly(s: string): boolean {
  if (!/\d/.test(s)) return false
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? []
  return words.every((w) => DATE_WORDS.has(w))
}
