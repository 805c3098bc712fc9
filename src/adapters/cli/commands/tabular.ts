import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'

/** How query commands print rows. */
export type RowFormat = 'table' | 'jsonl' | 'csv'

/** One column of tabular output. */
export interface Column<T> {
  readonly header: string
  readonly value: (row: T) => string | number | null
  /** Widest the column gets in a table, in characters; longer values are cut with '…'. */
  readonly width?: number
}

/**
 * A --format value, checked against the formats a command offers.
 * @example parseFormat('quotes', 'csv', ['table', 'jsonl', 'csv']) // 'csv'
 */
export function parseFormat<F extends string>(
  command: string,
  value: string | undefined,
  allowed: readonly F[],
): F {
  const format = value ?? allowed[0]
  if (!allowed.includes(format as F)) {
    throw new UsageError(`${command}: expected --format to be ${allowed.join(', ')}, found ${format}`)
  }
  return format as F
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces,
 * with quotes doubled; null is empty.
 * @example csvField('He said "no", twice') // '"He said ""no"", twice"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  const s = String(value)
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** Rows as CSV with a header line; lines end in CRLF, as RFC 4180 says. */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const line = (fields: (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`
  return line(columns.map((c) => c.header)) + rows.map((r) => line(columns.map((c) => c.value(r)))).join('')
}

/** A value on one line, cut to `width` code points (never through a surrogate pair). */
function cell(value: string | number | null, width = Number.POSITIVE_INFINITY): string {
  const flat = value === null ? '' : String(value).replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  return chars.length <= width ? flat : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`
}

/** Rows as an aligned plain-text table, two spaces between columns; the last column is not padded. */
export function toTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const cells = rows.map((r) => columns.map((c) => cell(c.value(r), c.width)))
  const widths = columns.map((c, i) =>
    Math.max([...c.header].length, ...cells.map((row) => [...row[i]!].length)),
  )
  const line = (fields: string[]) =>
    fields
      .map((f, i) => (i === fields.length - 1 ? f : f + ' '.repeat(widths[i]! - [...f].length)))
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.header)), ...cells.map(line)].map((l) => `${l}\n`).join('')
}

/** Writes rows in a format: JSONL prints each row object whole; table and CSV print the columns. */
export function writeRows<T>(
  io: CliIo,
  format: RowFormat,
  columns: readonly Column<T>[],
  rows: readonly T[],
  header = true,
): void {
  if (format === 'jsonl') {
    for (const r of rows) io.stdout.write(`${JSON.stringify(r)}\n`)
  } else if (format === 'csv') {
    const csv = toCsv(columns, rows)
    io.stdout.write(header ? csv : csv.slice(csv.indexOf('\r\n') + 2))
  } else {
    io.stdout.write(toTable(columns, rows))
  }
}
