import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { decodeBytes, decodeText, decodeWindows1252, looksBinary, type TextEncodingName } from './decode.ts'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** UTF-16 bytes of a string with its byte-order mark, in either byte order. */
function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2)
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i)
    const [lo, hi] = [u & 0xff, u >> 8]
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2)
  }
  return out
}

describe('decodeText', () => {
  const cases: [string, Uint8Array, string, TextEncodingName][] = [
    ['plain UTF-8', utf8('Hello, “world” — 🙂'), 'Hello, “world” — 🙂', 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Hi')), 'Hi', 'utf-8'],
    ['UTF-16LE with BOM', utf16('Café “ok” 🙂', 'le'), 'Café “ok” 🙂', 'utf-16le'],
    ['UTF-16BE with BOM', utf16('Café “ok” 🙂', 'be'), 'Café “ok” 🙂', 'utf-16be'],
    ['invalid UTF-8: Latin-1 é', Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'café', 'windows-1252'],
    ['invalid UTF-8: Word quotes', Uint8Array.of(0x93, 0x4e, 0x6f, 0x94), '“No”', 'windows-1252'],
    ['Windows-1252 euro and dashes', Uint8Array.of(0x80, 0x20, 0x96, 0x20, 0x97), '€ – —', 'windows-1252'],
    ['unassigned 0x81 stays a C1 control', Uint8Array.of(0x61, 0x81), 'a\u0081', 'windows-1252'],
  ]
  for (const [name, bytes, text, encoding] of cases) {
    test(name, () => assert.deepEqual(decodeText(bytes), { text, encoding }))
  }
})

describe('decodeWindows1252', () => {
  test('decodes inputs longer than one chunk', () => {
    const bytes = new Uint8Array(10_000).fill(0xe9)
    assert.equal(decodeWindows1252(bytes), 'é'.repeat(10_000))
  })
})

describe('looksBinary', () => {
  const cases: [string, ArrayLike<number>, boolean][] = [
    ['ordinary text with tabs and CRLF', utf8('a\tb\r\nc\fd'), false],
    ['a NUL byte', Uint8Array.of(0x61, 0x00, 0x62), true],
    ['mostly control characters', Uint8Array.of(0x01, 0x02, 0x03, 0x61), true],
    ['one escape in long text', utf8(`\u001b[1m${'x'.repeat(100)}`), false],
    ['empty', new Uint8Array(0), false],
  ]
  for (const [name, units, expected] of cases) test(name, () => assert.equal(looksBinary(units), expected))
})

describe('decodeBytes', () => {
  const failures: [string, Uint8Array, string][] = [
    ['empty input', new Uint8Array(0), 'INPUT_EMPTY'],
    ['white space only', utf8(' \n\t\r\n '), 'INPUT_EMPTY'],
    ['a BOM and nothing else', Uint8Array.of(0xef, 0xbb, 0xbf), 'INPUT_EMPTY'],
    [
      'a PNG header',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
      'INPUT_BINARY',
    ],
    ['UTF-16 whose content is binary', utf16('\u0001\u0002\u0003\u0000', 'le'), 'INPUT_BINARY'],
  ]
  for (const [name, bytes, code] of failures) {
    test(`fails on ${name}`, () => {
      const r = decodeBytes(bytes)
      assert.equal(r.status, 'failed')
      if (r.status === 'failed') {
        assert.equal(r.diagnostic.code, code)
        assert.equal(r.diagnostic.severity, 'error')
        assert.equal(r.diagnostic.stage, 'ingest')
      }
    })
  }

  test('UTF-16 with a BOM is not taken for binary despite its NUL bytes', () => {
    const r = decodeBytes(utf16('Plain words.', 'le'))
    assert.equal(r.status === 'ok' && r.text, 'Plain words.')
  })

  test('warns with ENCODING_FALLBACK when it falls back to Windows-1252', () => {
    const r = decodeBytes(Uint8Array.of(0x93, 0x63, 0x61, 0x66, 0xe9, 0x94))
    assert.equal(r.status, 'ok')
    if (r.status === 'ok') {
      assert.equal(r.text, '“café”')
      assert.deepEqual(
        r.diagnostics.map((d) => [d.code, d.severity]),
        [['ENCODING_FALLBACK', 'warning']],
      )
    }
  })

  test('valid UTF-8 has no diagnostics', () => {
    const r = decodeBytes(utf8('Fine.'))
    assert.deepEqual(r, { status: 'ok', text: 'Fine.', encoding: 'utf-8', diagnostics: [] })
  })
})
