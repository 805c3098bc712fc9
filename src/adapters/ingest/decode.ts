import type { Diagnostic } from '../../core/index.ts'
import { diagnostic } from '../../core/index.ts'

/** The encodings the reader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Text decoded from bytes, and the encoding that was used. */
export interface DecodedText {
  readonly text: string
  readonly encoding: TextEncodingName
}

/** Result of {@link decodeBytes}: text plus warnings, or the reason the bytes are not a text input. */
export type DecodeResult =
  | {
      readonly status: 'ok'
      readonly text: string
      readonly encoding: TextEncodingName
      readonly diagnostics: readonly Diagnostic[]
    }
  | { readonly status: 'failed'; readonly diagnostic: Diagnostic }

/** How much of the input the binary sniffing looks at (as `file(1)` and git do, only the start). */
const SNIFF_LENGTH = 8192
/** Share of control characters above which an input counts as binary. */
const MAX_CONTROL_SHARE = 0.1

/**
 * Windows-1252 code points for bytes 0x80–0x9F (the rest of the code page equals Latin-1).
 * Written out because Node's TextDecoder('windows-1252') decodes this range as C1 controls, so
 * the curly quotes of Word documents would be lost. Unassigned bytes map to the C1 control of the
 * same value, as the WHATWG Encoding Standard does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
] as const

/**
 * Decodes Windows-1252 bytes.
 * @example decodeWindows1252(Uint8Array.of(0x93, 0x68, 0x69, 0x94)) // '“hi”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b
  }
  // Chunked so that fromCharCode never gets more arguments than the engine allows.
  let out = ''
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode(...units.subarray(i, i + 4096))
  }
  return out
}

/**
 * True when a sample of bytes (or UTF-16 code units) looks binary: it holds a NUL, or more than a
 * tenth of it is control characters other than tab, line feed, form feed and carriage return.
 */
export function looksBinary(units: ArrayLike<number>): boolean {
  const n = Math.min(units.length, SNIFF_LENGTH)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const u = units[i]!
    if (u === 0) return true
    if ((u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0c && u !== 0x0d) || u === 0x7f) controls++
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le')

/** Bytes with each pair swapped, so UTF-16BE can go through the UTF-16LE decoder Node always has. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2))
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!
    out[i + 1] = bytes[i]!
  }
  return out
}

/**
 * Decodes bytes without judging them: a UTF-16 byte-order mark selects UTF-16; otherwise UTF-8 is
 * tried, and bytes that are not valid UTF-8 are read as Windows-1252 (which accepts any byte).
 * Byte-order marks are dropped: they mark the encoding, they are not part of the text.
 * @example decodeText(Uint8Array.of(0x63, 0x61, 0x66, 0xe9)) // { text: 'café', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: utf16le.decode(swapPairs(bytes.subarray(2))), encoding: 'utf-16be' }
  }
  try {
    // The UTF-8 decoder strips a leading BOM itself (ignoreBOM is false by default).
    return { text: utf8.decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

const hasUtf16Bom = (b: Uint8Array): boolean =>
  (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)

/** The first code units of a string, for sniffing decoded UTF-16 the same way as bytes. */
const codeUnits = (s: string): Uint16Array =>
  Uint16Array.from(s.slice(0, SNIFF_LENGTH), (c) => c.charCodeAt(0))

/**
 * Decodes a whole input and checks that it is usable text: INPUT_EMPTY for nothing or only white
 * space, INPUT_BINARY for binary content, and an ENCODING_FALLBACK warning when the bytes were not
 * valid UTF-8 and were read as Windows-1252.
 * @example decodeBytes(new TextEncoder().encode('Hello')) // { status: 'ok', text: 'Hello', encoding: 'utf-8', diagnostics: [] }
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { status: 'failed', diagnostic: diagnostic('INPUT_EMPTY', 'ingest') }
  // UTF-16 is full of NUL bytes, so it is sniffed after decoding rather than before.
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) {
    return { status: 'failed', diagnostic: diagnostic('INPUT_BINARY', 'ingest') }
  }
  const { text, encoding } = decodeText(bytes)
  if (encoding.startsWith('utf-16') && looksBinary(codeUnits(text))) {
    return { status: 'failed', diagnostic: diagnostic('INPUT_BINARY', 'ingest') }
  }
  if (text.trim() === '') return { status: 'failed', diagnostic: diagnostic('INPUT_EMPTY', 'ingest') }
  const diagnostics = encoding === 'windows-1252' ? [diagnostic('ENCODING_FALLBACK', 'ingest')] : []
  return { status: 'ok', text, encoding, diagnostics }
}
