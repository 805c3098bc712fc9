import type { Diagnostic, DiagnosticCode, RawArticle } from '../../core/index.ts'
import { diagnostic } from '../../core/index.ts'

/** Default size limit for one input (a file, stdin, or one JSONL record): 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** How inputs are read. */
export interface ReadOptions {
  /**
   * Largest input accepted, in bytes; larger ones fail with INPUT_TOO_LARGE. For a JSONL file the
   * limit applies to each record (line), so a corpus of any size can be streamed.
   * Defaults to {@link DEFAULT_MAX_BYTES}.
   */
  readonly maxBytes?: number
}

/** Where a failed input sits: the path as given ('-' for stdin) and, for JSONL, the 1-based line. */
export interface InputLocation {
  readonly path: string
  readonly line?: number
}

/**
 * One result per article read, or per input that could not be read.
 * An ok article may still carry warnings (ENCODING_FALLBACK, JSONL_BAD_FIELD) in `article.diagnostics`.
 */
export type InputResult =
  | { readonly status: 'ok'; readonly article: RawArticle }
  | { readonly status: 'failed'; readonly location: InputLocation; readonly diagnostic: Diagnostic }

/** A failed result with an ingest diagnostic from the catalogue. */
export function failed(location: InputLocation, code: DiagnosticCode, message?: string): InputResult {
  return {
    status: 'failed',
    location,
    diagnostic: diagnostic(code, 'ingest', message === undefined ? {} : { message }),
  }
}

/** The resolved byte limit; a bad option is a bad call, so it throws. */
export function resolveMaxBytes(opts: ReadOptions): number {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isSafeInteger(max) || max <= 0) {
    throw new TypeError(`ingest: expected options.maxBytes to be a positive integer, found ${String(max)}`)
  }
  return max
}

/** The message for INPUT_TOO_LARGE, with both numbers so the user can pick a new limit. */
export const tooLargeMessage = (size: number | string, max: number): string =>
  `The input is larger than the size limit (${size} bytes, limit ${max}).`

/** INPUT_UNREADABLE with the OS error (ENOENT, EACCES, …), which tells the user what to fix. */
export const unreadable = (location: InputLocation, error: unknown): InputResult =>
  failed(location, 'INPUT_UNREADABLE', `The input could not be read: ${(error as Error).message}`)
