import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, test } from 'node:test'
import type { RawArticle } from '../../core/index.ts'
import type { InputResult } from './input-result.ts'
import { splitLines } from './jsonl-lines.ts'
import { readJsonlFile, readJsonlRecord } from './jsonl-reader.ts'

const at = { path: 'corpus/news.jsonl', line: 7 }

function okArticle(r: InputResult | null): RawArticle {
  if (r?.status !== 'ok') assert.fail(`expected an article, got ${r === null ? 'null' : r.diagnostic.code}`)
  return r.article
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

/** One line per result: 'ok <id>' or '<CODE> <path>:<line>'. */
const summary = (r: InputResult): string =>
  r.status === 'ok'
    ? `ok ${r.article.id}`
    : `${r.diagnostic.code} ${r.location.path}${r.location.line === undefined ? '' : `:${r.location.line}`}`

describe('readJsonlRecord', () => {
  test('keeps "text" exactly, white space, CRLF and astral characters included', () => {
    const text = '\n  Line one.\r\n“Quoted” 🙂 line two.  \n'
    const article = okArticle(readJsonlRecord(JSON.stringify({ id: 'a1', text }), at))
    assert.equal(article.text, text)
    assert.equal(article.id, 'a1')
    assert.equal(article.format, 'jsonl')
    assert.deepEqual(article.source, { path: 'corpus/news.jsonl', url: null, outlet: null, line: 7 })
    assert.deepEqual(article.diagnostics, [])
  })

  test('reads the optional fields', () => {
    const record = {
      id: 'a',
      text: 'T.',
      title: 'Head',
      url: 'https://x.example/a',
      outlet: 'X',
      published: '28 Jan 2025',
    }
    const article = okArticle(readJsonlRecord(JSON.stringify(record), at))
    assert.equal(article.title, 'Head')
    assert.equal(article.published, '2025-01-28')
    assert.deepEqual(article.source, { path: at.path, url: 'https://x.example/a', outlet: 'X', line: 7 })
  })

  const ids: [string, unknown, string][] = [
    ['a missing id falls back to <file-stem>:<line>', undefined, 'news:7'],
    ['a numeric id is kept as written', 42, '42'],
    ['an empty id falls back', '', 'news:7'],
  ]
  for (const [name, id, expected] of ids) {
    test(name, () =>
      assert.equal(okArticle(readJsonlRecord(JSON.stringify({ id, text: 'x' }), at)).id, expected),
    )
  }

  test('a wrong-typed optional field is ignored with a JSONL_BAD_FIELD warning', () => {
    const article = okArticle(
      readJsonlRecord('{"id":"a","text":"x","title":5,"url":["u"],"published":"soon"}', at),
    )
    assert.equal(article.title, null)
    assert.equal(article.source.url, null)
    assert.equal(article.published, null)
    assert.deepEqual(
      article.diagnostics.map((d) => [d.code, d.severity]),
      [
        ['JSONL_BAD_FIELD', 'warning'],
        ['JSONL_BAD_FIELD', 'warning'],
        ['JSONL_BAD_FIELD', 'warning'],
      ],
    )
    assert.match(article.diagnostics[0]!.message, /"title".*number/)
  })

  test('a blank line gives nothing', () => assert.equal(readJsonlRecord('  \t', at), null))

  const failures: [string, string, string][] = [
    ['not JSON', '{"id": "a", text: }', 'JSONL_INVALID'],
    ['a JSON array', '["a", "b"]', 'JSONL_INVALID'],
    ['a JSON string', '"text"', 'JSONL_INVALID'],
    ['no text and no html', '{"id":"a","title":"t"}', 'JSONL_NO_TEXT'],
    ['text of the wrong type', '{"id":"a","text":12}', 'JSONL_NO_TEXT'],
    ['empty text', '{"id":"a","text":"  "}', 'JSONL_NO_TEXT'],
    ['html with no article', '{"id":"a","html":"<nav>Home</nav>"}', 'HTML_NO_ARTICLE'],
  ]
  for (const [name, line, code] of failures) {
    test(`fails with ${code} on ${name}`, () => {
      const r = readJsonlRecord(line, at)
      assert.equal(r?.status, 'failed')
      if (r?.status === 'failed') {
        assert.equal(r.diagnostic.code, code)
        assert.deepEqual(r.location, at)
      }
    })
  }

  test('reads "html" through the HTML reader; the record title and url win', () => {
    const html =
      '<html><head><title>Page</title><link rel="canonical" href="https://page.example/a"></head>' +
      '<body><p>The council voted on Monday to close the old bridge to lorries from next spring.</p></body></html>'
    const line = JSON.stringify({ id: 'h', html, title: 'Bridge closes', url: 'https://record.example/a' })
    const article = okArticle(readJsonlRecord(line, at))
    assert.equal(article.format, 'html')
    assert.equal(article.title, 'Bridge closes')
    assert.equal(article.source.url, 'https://record.example/a')
    assert.equal(
      article.text,
      'Bridge closes\n\nThe council voted on Monday to close the old bridge to lorries from next spring.',
    )
    assert.deepEqual(
      article.structure?.map((h) => h.kind),
      ['title', 'paragraph'],
    )
  })
})

describe('splitLines', () => {
  const chunks = async function* (...parts: string[]): AsyncGenerator<Uint8Array> {
    for (const p of parts) yield new TextEncoder().encode(p)
  }
  const decode = (b: Uint8Array | null): string | null => (b === null ? null : new TextDecoder().decode(b))

  test('joins lines across chunks and drops CR before LF', async () => {
    const lines = await collect(splitLines(chunks('ab', 'c\r\nd', '\n\nlast'), 100))
    assert.deepEqual(
      lines.map((l) => [l.line, decode(l.bytes)]),
      [
        [1, 'abc'],
        [2, 'd'],
        [3, ''],
        [4, 'last'],
      ],
    )
  })

  test('reports an over-long line as null and goes on', async () => {
    const lines = await collect(splitLines(chunks('short\n', 'x'.repeat(8), 'y'.repeat(8), '\nok'), 10))
    assert.deepEqual(
      lines.map((l) => [l.line, decode(l.bytes)]),
      [
        [1, 'short'],
        [2, null],
        [3, 'ok'],
      ],
    )
  })
})

describe('readJsonlFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'subtext-jsonl-'))
  after(() => rmSync(dir, { recursive: true, force: true }))
  const write = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }

  test('goes on after bad lines, with their line numbers', async () => {
    const path = write(
      'mixed.jsonl',
      [
        '{"id":"a","text":"One."}',
        'not json',
        '',
        '{"id":"b"}',
        `{"id":"c","text":"${'x'.repeat(50)}"}`,
        '{"text":"Two."}',
      ].join('\r\n'),
    )
    const results = await collect(readJsonlFile(path, 40))
    assert.deepEqual(results.map(summary), [
      'ok a',
      `JSONL_INVALID ${path}:2`,
      `JSONL_NO_TEXT ${path}:4`,
      `INPUT_TOO_LARGE ${path}:5`,
      'ok mixed:6',
    ])
  })

  test('a line that is not UTF-8 is read as Windows-1252 with a warning', async () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode('{"id":"w","text":"caf'), 0xe9, 0x22, 0x7d, 0x0a)
    const [r] = await collect(readJsonlFile(write('latin.jsonl', bytes), 1000))
    const article = okArticle(r ?? null)
    assert.equal(article.text, 'café')
    assert.deepEqual(
      article.diagnostics.map((d) => d.code),
      ['ENCODING_FALLBACK'],
    )
  })

  test('a UTF-8 BOM on the first line is dropped', async () => {
    const [r] = await collect(readJsonlFile(write('bom.jsonl', '\ufeff{"id":"b","text":"x"}\n'), 1000))
    assert.equal(okArticle(r ?? null).id, 'b')
  })

  const whole: [string, string | Uint8Array, string][] = [
    ['empty.jsonl', '', 'INPUT_EMPTY'],
    ['blank.jsonl', '\n  \n\n', 'INPUT_EMPTY'],
    ['utf16.jsonl', Uint8Array.of(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00), 'INPUT_UNSUPPORTED'],
    ['binary.jsonl', Uint8Array.of(0x7b, 0x00, 0x01, 0x02, 0x7d), 'INPUT_BINARY'],
  ]
  for (const [name, content, code] of whole) {
    test(`${name} fails as a whole with ${code}`, async () => {
      const path = write(name, content)
      assert.deepEqual((await collect(readJsonlFile(path, 1000))).map(summary), [`${code} ${path}`])
    })
  }

  test('a missing file is INPUT_UNREADABLE with the OS error code', async () => {
    const [r] = await collect(readJsonlFile(join(dir, 'nope.jsonl'), 1000))
    assert.equal(r?.status === 'failed' && r.diagnostic.code, 'INPUT_UNREADABLE')
    assert.match(r?.status === 'failed' ? r.diagnostic.message : '', /ENOENT/)
  })

  test('the shared sample index has ids but no text, so every record is JSONL_NO_TEXT', async () => {
    const path = resolve(import.meta.dirname, '../../../../shared/samples/articles.jsonl')
    const results = await collect(readJsonlFile(path, 1000))
    assert.ok(results.length > 0)
    assert.deepEqual(
      results.map(summary),
      results.map((_, i) => `JSONL_NO_TEXT ${path}:${i + 1}`),
    )
  })
})
