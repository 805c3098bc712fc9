import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Diagnostic, InputFormat, RawArticle, Source } from '../../core/index.ts'
import { documentId } from '../../core/index.ts'
import { decodeBytes } from './decode.ts'
import { readHtml } from './html-reader.ts'
import {
  failed,
  type InputLocation,
  type InputResult,
  type ReadOptions,
  resolveMaxBytes,
  tooLargeMessage,
  unreadable,
} from './input-result.ts'
import { readJsonlFile } from './jsonl-reader.ts'

export { DEFAULT_MAX_BYTES, type InputLocation, type InputResult, type ReadOptions } from './input-result.ts'

/** Streams the reader can take stdin from; only async iteration is used. */
export interface ReadIo {
  readonly stdin?: NodeJS.ReadableStream
}

const FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
}

/**
 * The input format a file name implies, or null when it is not one we read.
 * @example formatOf('news/a.HTM') // 'html'
 */
export const formatOf = (path: string): InputFormat | null => FORMATS[extname(path).toLowerCase()] ?? null

/** What a whole-file input needs besides its bytes. */
interface FileInput {
  readonly id: string
  readonly path: string | null
  readonly format: Exclude<InputFormat, 'jsonl'>
  readonly location: InputLocation
}

/** The article for decoded text: verbatim for text and Markdown, through the HTML reader for HTML. */
function articleFromText(input: FileInput, text: string, diagnostics: readonly Diagnostic[]): InputResult {
  const id = documentId(input.id)
  if (input.format !== 'html') {
    const source: Source = { path: input.path, url: null, outlet: null }
    const article: RawArticle = { id, source, format: input.format, text, diagnostics }
    return { status: 'ok', article }
  }
  const read = readHtml(text)
  if (read.status === 'failed')
    return { status: 'failed', location: input.location, diagnostic: read.diagnostic }
  const page = read.article
  const article: RawArticle = {
    id,
    source: { path: input.path, url: page.url, outlet: page.outlet },
    format: 'html',
    text: page.text,
    title: page.title,
    byline: page.byline,
    published: page.published,
    structure: page.structure,
    diagnostics,
  }
  return { status: 'ok', article }
}

function articleFromBytes(input: FileInput, bytes: Uint8Array): InputResult {
  const decoded = decodeBytes(bytes)
  if (decoded.status === 'failed') {
    return { status: 'failed', location: input.location, diagnostic: decoded.diagnostic }
  }
  return articleFromText(input, decoded.text, decoded.diagnostics)
}

/** Reads one regular file whose format is known; `size` comes from the stat already done. */
async function* readOneFile(
  path: string,
  format: InputFormat,
  size: number,
  maxBytes: number,
): AsyncGenerator<InputResult> {
  if (format === 'jsonl') {
    yield* readJsonlFile(path, maxBytes)
    return
  }
  // Checked before reading, so an oversized file is never loaded into memory.
  if (size > maxBytes) {
    yield failed({ path }, 'INPUT_TOO_LARGE', tooLargeMessage(size, maxBytes))
    return
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (e) {
    yield unreadable({ path }, e)
    return
  }
  yield articleFromBytes({ id: basename(path, extname(path)), path, format, location: { path } }, bytes)
}

/**
 * Reads a directory tree in sorted order (by UTF-16 code units, so the same on every machine),
 * skipping hidden entries and files of unsupported kinds. `seen` holds real paths already walked,
 * so a symbolic link pointing back up the tree cannot loop.
 */
async function* readDirectory(dir: string, maxBytes: number, seen: Set<string>): AsyncGenerator<InputResult> {
  let names: string[]
  try {
    const real = await realpath(dir)
    if (seen.has(real)) return
    seen.add(real)
    names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort()
  } catch (e) {
    yield unreadable({ path: dir }, e)
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    const format = formatOf(name)
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(path)
    } catch (e) {
      // A broken link is only worth reporting when it names a file we would have read.
      if (format) yield unreadable({ path }, e)
      continue
    }
    if (info.isDirectory()) yield* readDirectory(path, maxBytes, seen)
    else if (info.isFile() && format) yield* readOneFile(path, format, info.size, maxBytes)
  }
}

/** Reads all of stdin, giving up as soon as it passes the size limit. */
async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<InputResult> {
  const location = { path: '-' }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.length
      if (size > maxBytes)
        return failed(location, 'INPUT_TOO_LARGE', tooLargeMessage(`more than ${maxBytes}`, maxBytes))
      chunks.push(bytes)
    }
  } catch (e) {
    return unreadable(location, e)
  }
  const decoded = decodeBytes(Buffer.concat(chunks))
  if (decoded.status === 'failed') return { status: 'failed', location, diagnostic: decoded.diagnostic }
  // Piped input has no file name to go by; markup is recognised by its first character.
  const format = /^\s*</.test(decoded.text) ? 'html' : 'text'
  return articleFromText({ id: 'stdin', path: null, format, location }, decoded.text, decoded.diagnostics)
}

/** Reads one path as named on the command line. */
async function* readPath(path: string, maxBytes: number, io: ReadIo): AsyncGenerator<InputResult> {
  if (path === '-') {
    yield await readStdin(io.stdin ?? process.stdin, maxBytes)
    return
  }
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (e) {
    yield unreadable({ path }, e)
    return
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, maxBytes, new Set())
    return
  }
  const format = formatOf(path)
  if (!info.isFile() || !format) {
    const found = info.isFile() ? `"${extname(path) || 'no extension'}"` : 'not a regular file'
    const message = `This kind of file is not supported (${found}); expected .txt, .md, .html, .htm or .jsonl.`
    yield failed({ path }, 'INPUT_UNSUPPORTED', message)
    return
  }
  yield* readOneFile(path, format, info.size, maxBytes)
}

/**
 * Turns paths into articles, one result per article (or per input that failed), in input order.
 * Files are read by extension: .txt and .md verbatim (a byte-order mark is dropped), .html/.htm
 * through Readability, .jsonl one article per line. Directories are walked recursively in sorted
 * order, skipping hidden entries and unsupported files; '-' reads stdin as text, or as HTML when
 * it starts with '<'. Bad input never throws: it comes out as a failed result with a coded
 * diagnostic, and reading goes on with the next input. A bad `opts.maxBytes` throws on first use.
 * @example
 * for await (const r of readInputs(['news/', 'extra.html'], { maxBytes: 1_000_000 })) {
 *   if (r.status === 'ok') analyze(r.article, ctx)
 *   else report(r.location, r.diagnostic)
 * }
 */
export async function* readInputs(
  paths: readonly string[],
  opts: ReadOptions = {},
  io: ReadIo = {},
): AsyncGenerator<InputResult> {
  const maxBytes = resolveMaxBytes(opts)
  for (const path of paths) yield* readPath(path, maxBytes, io)
}
