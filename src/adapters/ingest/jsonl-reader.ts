import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { Diagnostic, RawArticle } from '../../core/index.ts'
import { diagnostic, documentId } from '../../core/index.ts'
import { decodeText, looksBinary } from './decode.ts'
import { readHtml } from './html-reader.ts'
import { failed, type InputResult, tooLargeMessage, unreadable } from './input-result.ts'
import { type ByteLine, splitLines } from './jsonl-lines.ts'
import { normalisePublished } from './published-date.ts'

/** Where a JSONL record sits: the file's path as given and the 1-based line. */
export interface JsonlLocation {
  readonly path: string
  readonly line: number
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`

/** A string field, or null when absent; a value of another type is dropped with a warning. */
function optionalString(record: Record<string, unknown>, key: string, warnings: Diagnostic[]): string | null {
  const v = record[key]
  if (v === undefined || v === null) return null
  if (typeof v === 'string') return v
  warnings.push(
    diagnostic('JSONL_BAD_FIELD', 'ingest', {
      message: `The field "${key}" should be a string but is ${describe(v)}; it was ignored.`,
    }),
  )
  return null
}

/** The record's id; numbers are accepted as written, anything else falls back to `<file-stem>:<line>`. */
function recordId(record: Record<string, unknown>, at: JsonlLocation, warnings: Diagnostic[]): string {
  const v = record.id
  if (typeof v === 'string' && v.trim() !== '') return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  if (v !== undefined && v !== null) {
    warnings.push(
      diagnostic('JSONL_BAD_FIELD', 'ingest', {
        message: `The field "id" should be a non-empty string but is ${v === '' ? 'empty' : describe(v)}; the line number was used.`,
      }),
    )
  }
  return `${basename(at.path, extname(at.path))}:${at.line}`
}

/** The ISO date of "published", warning when it is a string that is not a date. */
function recordPublished(record: Record<string, unknown>, warnings: Diagnostic[]): string | null {
  const raw = optionalString(record, 'published', warnings)
  if (raw === null) return null
  const date = normalisePublished(raw)
  if (!date) {
    warnings.push(
      diagnostic('JSONL_BAD_FIELD', 'ingest', {
        message: `The field "published" is not a date we can read (${JSON.stringify(raw)}); it was ignored.`,
      }),
    )
  }
  return date
}

/** Builds the article from a parsed record: "text" verbatim, else "html" through the HTML reader. */
function recordArticle(
  record: Record<string, unknown>,
  at: JsonlLocation,
  extra: readonly Diagnostic[],
): InputResult {
  const warnings: Diagnostic[] = [...extra]
  const id = documentId(recordId(record, at, warnings))
  const text = optionalString(record, 'text', warnings)
  const html = optionalString(record, 'html', warnings)
  const title = optionalString(record, 'title', warnings)
  const url = optionalString(record, 'url', warnings)
  const outlet = optionalString(record, 'outlet', warnings)
  const published = recordPublished(record, warnings)
  const source = { path: at.path, url, outlet, line: at.line }
  // "text" is kept byte for byte: gold offsets from scorers index into it.
  if (text !== null && text.trim() !== '') {
    const article: RawArticle = { id, source, format: 'jsonl', text, title, published, diagnostics: warnings }
    return { status: 'ok', article }
  }
  if (html === null) {
    const message = text === null ? undefined : 'The record\'s "text" is empty and it has no "html".'
    return failed(at, 'JSONL_NO_TEXT', message)
  }
  const read = readHtml(html, { title })
  if (read.status === 'failed') return { status: 'failed', location: at, diagnostic: read.diagnostic }
  const page = read.article
  const article: RawArticle = {
    id,
    source: { ...source, url: url ?? page.url, outlet: outlet ?? page.outlet },
    format: 'html',
    text: page.text,
    title: page.title,
    byline: page.byline,
    published: published ?? page.published,
    structure: page.structure,
    diagnostics: warnings,
  }
  return { status: 'ok', article }
}

/**
 * Reads one JSONL line: `{id, text | html, title?, url?, outlet?, published?}`. Returns null for a
 * blank line, JSONL_INVALID when the line is not a JSON object, JSONL_NO_TEXT when there is neither
 * a non-empty "text" nor an "html" string. A field of the wrong type is ignored with a
 * JSONL_BAD_FIELD warning; unknown fields are ignored silently. `extra` diagnostics (an encoding
 * fallback) are added to the article.
 * @example readJsonlRecord('{"id":"a","text":"Hi."}', { path: 'x.jsonl', line: 1 }) // { status: 'ok', article: { id: 'a', text: 'Hi.', … } }
 */
export function readJsonlRecord(
  json: string,
  at: JsonlLocation,
  extra: readonly Diagnostic[] = [],
): InputResult | null {
  if (json.trim() === '') return null
  let record: unknown
  try {
    record = JSON.parse(json)
  } catch (e) {
    return failed(at, 'JSONL_INVALID', `The line is not valid JSON: ${(e as Error).message}`)
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return failed(at, 'JSONL_INVALID', `The line is not a JSON object; it is ${describe(record)}.`)
  }
  return recordArticle(record as Record<string, unknown>, at, extra)
}

/** The first bytes of a file, for sniffing before it is streamed. */
async function readHead(path: string, length: number): Promise<Uint8Array> {
  const file = await open(path)
  try {
    const { buffer, bytesRead } = await file.read(new Uint8Array(length), 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

/** Why a file cannot be JSONL at all, judged from its first bytes; null when it may be. */
function sniffJsonl(path: string, head: Uint8Array): InputResult | null {
  if (head.length === 0) return failed({ path }, 'INPUT_EMPTY')
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return failed({ path }, 'INPUT_UNSUPPORTED', 'JSONL input must be UTF-8; this file is UTF-16.')
  }
  return looksBinary(head) ? failed({ path }, 'INPUT_BINARY') : null
}

/** One line's result: too large, blank (null), or whatever the record gives. */
function lineResult(
  path: string,
  line: number,
  bytes: Uint8Array | null,
  maxBytes: number,
): InputResult | null {
  if (bytes === null)
    return failed({ path, line }, 'INPUT_TOO_LARGE', tooLargeMessage(`more than ${maxBytes}`, maxBytes))
  const { text, encoding } = decodeText(bytes)
  const extra = encoding === 'windows-1252' ? [diagnostic('ENCODING_FALLBACK', 'ingest')] : []
  return readJsonlRecord(text, { path, line }, extra)
}

/**
 * Streams a JSONL file, one result per non-blank line, so files of any size can be read; the size
 * limit applies to each line. Lines that are not valid UTF-8 are read as Windows-1252 with an
 * ENCODING_FALLBACK warning. A bad line is reported with its number and reading goes on.
 */
export async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<InputResult> {
  let early: InputResult | null
  try {
    early = sniffJsonl(path, await readHead(path, 8192))
  } catch (e) {
    early = unreadable({ path }, e)
  }
  if (early) {
    yield early
    return
  }
  const lines = splitLines(createReadStream(path), maxBytes)
  let records = 0
  try {
    while (true) {
      // Only the read is guarded: an error here is I/O, not a bad record.
      let next: IteratorResult<ByteLine>
      try {
        next = await lines.next()
      } catch (e) {
        yield unreadable({ path }, e)
        return
      }
      if (next.done) break
      const result = lineResult(path, next.value.line, next.value.bytes, maxBytes)
      if (result) {
        records++
        yield result
      }
    }
  } finally {
    // Closes the file when the caller stops early.
    await lines.return(undefined)
  }
  if (records === 0)
    yield failed({ path }, 'INPUT_EMPTY', 'The input has no JSONL records, only blank lines.')
}
