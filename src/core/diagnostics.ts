import type { Span } from './span.ts'

/** Where a diagnostic was raised. */
export type StageName =
  | 'ingest'
  | 'clean'
  | 'segment'
  | 'dates'
  | 'language'
  | 'mentions'
  | 'actors'
  | 'quotes'
  | 'stance'
  | 'pipeline'

export type Severity = 'error' | 'warning' | 'info'

/**
 * The single catalogue of diagnostic codes, with their default severity and message.
 * Codes are stable: tools and tests match on them, never on messages.
 */
export const diagnosticCatalogue = {
  INPUT_UNREADABLE: { severity: 'error', message: 'The input could not be read.' },
  INPUT_EMPTY: { severity: 'error', message: 'The input is empty.' },
  INPUT_BINARY: { severity: 'error', message: 'The input looks like a binary file, not text.' },
  INPUT_TOO_LARGE: { severity: 'error', message: 'The input is larger than the size limit.' },
  INPUT_UNSUPPORTED: { severity: 'error', message: 'This kind of file is not supported.' },
  ENCODING_FALLBACK: {
    severity: 'warning',
    message: 'The input is not valid UTF-8; it was decoded as Windows-1252.',
  },
  HTML_NO_ARTICLE: { severity: 'error', message: 'No article text was found in the HTML.' },
  JSONL_INVALID: { severity: 'error', message: 'The line is not a JSON object.' },
  JSONL_NO_TEXT: { severity: 'error', message: 'The record has neither a "text" nor an "html" string.' },
  JSONL_BAD_FIELD: {
    severity: 'warning',
    message: 'A field of the record has the wrong type and was ignored.',
  },
  LANGUAGE_UNSUPPORTED: {
    severity: 'warning',
    message: 'The article does not look like English; nothing was extracted.',
  },
  DATE_INFERRED: { severity: 'info', message: 'The publication date was inferred from dates in the text.' },
  DATE_UNKNOWN: { severity: 'info', message: 'No publication date was found.' },
  QUOTE_UNCLOSED: { severity: 'warning', message: 'A quotation mark is never closed.' },
  QUOTE_NO_SPEAKER: { severity: 'info', message: 'No speaker was found for a quotation.' },
  SPAN_OUT_OF_RANGE: { severity: 'error', message: 'A span lies outside the text.' },
  PIPELINE_FAILED: { severity: 'error', message: 'Analysis failed on this article.' },
  STORE_FAILED: { severity: 'error', message: 'The article could not be saved; nothing of it was stored.' },
} as const satisfies Record<string, { severity: Severity; message: string }>

export type DiagnosticCode = keyof typeof diagnosticCatalogue

export interface Diagnostic {
  readonly code: DiagnosticCode
  readonly severity: Severity
  readonly stage: StageName
  readonly message: string
  readonly span?: Span
}

/**
 * A diagnostic with the catalogue's severity, and its message unless one is given.
 * @example diagnostic('QUOTE_UNCLOSED', 'quotes', { span: { start: 4, end: 5 } })
 */
export function diagnostic(
  code: DiagnosticCode,
  stage: StageName,
  opts: { message?: string; span?: Span; severity?: Severity } = {},
): Diagnostic {
  const entry = diagnosticCatalogue[code]
  return {
    code,
    severity: opts.severity ?? entry.severity,
    stage,
    message: opts.message ?? entry.message,
    ...(opts.span ? { span: opts.span } : {}),
  }
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error')
