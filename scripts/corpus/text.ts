/** Small text tools for the generator: template slots, capitals, dates, quotation marks. */

/**
 * Fills `{slot}` with values; an unknown slot is an error, so a typo in a template fails loudly.
 * @example fill('{a} said', { a: 'She' }) // 'She said'
 */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => {
    const value = vars[key]
    if (value === undefined) throw new Error(`corpus: template slot {${key}} has no value in "${template}"`)
    return value
  })
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export const countWords = (s: string): number => {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

/** A calendar day, computed from a day number (no clock is read). */
export interface Day {
  readonly year: number
  readonly month: number
  readonly date: number
  readonly weekday: number
}

/** Day 0 is 1 January 2024; the corpus spans two years from there. */
export function dayAt(index: number): Day {
  const d = new Date(Date.UTC(2024, 0, 1 + index))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: d.getUTCDay() }
}

export const isoDay = (d: Day): string =>
  `${d.year}-${String(d.month + 1).padStart(2, '0')}-${String(d.date).padStart(2, '0')}`
export const longDay = (d: Day): string => `${MONTHS[d.month]} ${d.date}, ${d.year}`
export const monthDay = (d: Day): string => `${MONTHS[d.month]} ${d.date}`

/** Quotation marks for one article: curly or straight, outer and inner. */
export interface Marks {
  readonly open: string
  readonly close: string
  readonly innerOpen: string
  readonly innerClose: string
  readonly apostrophe: string
}

export const CURLY: Marks = { open: '“', close: '”', innerOpen: '‘', innerClose: '’', apostrophe: '’' }
export const STRAIGHT: Marks = { open: '"', close: '"', innerOpen: "'", innerClose: "'", apostrophe: "'" }

/** Splits a quotation into its last character and the rest, so punctuation can go inside the marks. */
export const withoutFinalStop = (q: string): string => q.replace(/[.]$/u, '')
