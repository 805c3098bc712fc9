const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'

/** Year, month, day from a string, for each format we accept; the first that matches wins. */
const PATTERNS: readonly { readonly re: RegExp; readonly order: 'ymd' | 'dmy' | 'mdy' }[] = [
  // ISO 8601 and its common variants: 2025-01-28, 2025-01-28T10:00:00+03:30, 2025/01/28.
  { re: /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/, order: 'ymd' },
  // ISO 8601 basic format: 20250128, 20250128T100000Z.
  { re: /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s*$)/, order: 'ymd' },
  // 28 January 2025, Tue, 28 Jan 2025 10:00:00 GMT (RFC 2822).
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i'),
    order: 'dmy',
  },
  // January 28, 2025; Jan. 28 2025.
  {
    re: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    order: 'mdy',
  },
]

const monthNumber = (s: string): number =>
  MONTHS.indexOf(s.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null
  // Day 0 of the next month is the last day of this one; UTC so the machine's zone cannot matter.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * A publication date as ISO YYYY-MM-DD, or null when the value is not a date we can read.
 * The calendar day is taken as written, never shifted to UTC: "2025-01-28T23:30:00-05:00" was
 * published on the 28th where it was published. Purely numeric day/month orders (01/02/2025) are
 * ambiguous and rejected. Deliberately not `Date.parse`, whose output depends on the machine's
 * time zone.
 * @example normalisePublished('Tue, 28 Jan 2025 10:00:00 GMT') // '2025-01-28'
 */
export function normalisePublished(value: string): string | null {
  for (const { re, order } of PATTERNS) {
    const m = re.exec(value)
    if (!m) continue
    const [a, b, c] = [m[1]!, m[2]!, m[3]!]
    if (order === 'ymd') return toIso(Number(a), Number(b), Number(c))
    if (order === 'dmy') return toIso(Number(c), monthNumber(b), Number(a))
    return toIso(Number(c), monthNumber(a), Number(b))
  }
  return null
}
