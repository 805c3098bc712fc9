/** One line of a byte stream: its 1-based number and bytes (no line ending), or null when too long. */
export interface ByteLine {
  readonly line: number
  readonly bytes: Uint8Array | null
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Without a trailing carriage return, so CRLF files read like LF files. */
const stripCr = (b: Uint8Array): Uint8Array => (b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b)

/**
 * Splits a stream of bytes at line feeds. A line longer than `maxLineBytes` is not kept in memory:
 * it comes out with `bytes: null` and its number, so the caller can report it and go on. Splitting
 * bytes rather than decoded text is safe for UTF-8, where 0x0A never occurs inside a character.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = []
  let size = 0
  let tooLong = false
  let line = 1
  const append = (part: Uint8Array): void => {
    if (tooLong || part.length === 0) return
    if (size + part.length > maxLineBytes) {
      tooLong = true
      parts = []
      size = 0
      return
    }
    parts.push(part)
    size += part.length
  }
  const take = (): ByteLine => {
    const bytes = tooLong ? null : stripCr(concat(parts, size))
    parts = []
    size = 0
    tooLong = false
    return { line: line++, bytes }
  }
  for await (const chunk of chunks) {
    let start = 0
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      append(chunk.subarray(start, nl))
      yield take()
      start = nl + 1
    }
    append(chunk.subarray(start))
  }
  if (size > 0 || tooLong) yield take()
}
