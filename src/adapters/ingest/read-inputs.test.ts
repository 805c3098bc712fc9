import assert from 'node:assert/strict'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { after, describe, test } from 'node:test'
import type { RawArticle } from '../../core/index.ts'
import { type InputResult, readInputs } from './read-inputs.ts'

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples')

async function collect(it: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = []
  for await (const r of it) out.push(r)
  return out
}

/** One line per result: 'ok <id>' or '<CODE> <path>[:<line>]'. */
const summary = (r: InputResult): string =>
  r.status === 'ok'
    ? `ok ${r.article.id}`
    : `${r.diagnostic.code} ${r.location.path}${r.location.line === undefined ? '' : `:${r.location.line}`}`

function okArticle(r: InputResult | undefined): RawArticle {
  if (r?.status !== 'ok') assert.fail(`expected an article, got ${r === undefined ? 'nothing' : summary(r)}`)
  return r.article
}

const dir = mkdtempSync(join(tmpdir(), 'subtext-ingest-'))
after(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

const stdin = (content: string | Uint8Array): { stdin: NodeJS.ReadableStream } => ({
  stdin: Readable.from([typeof content === 'string' ? Buffer.from(content) : content]),
})

const ARTICLE_HTML =
  '<html><head><title>Port reopens</title></head><body><nav>Home</nav><article>' +
  '<p>The harbour authority said the port would reopen to ferries on Friday after a week of storms.</p>' +
  '</article></body></html>'

describe('readInputs on the shared samples', () => {
  const samples = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt'))

  test('there are sample .txt files to read', () => assert.ok(samples.length >= 2))

  for (const name of samples) {
    test(`${name}: the text equals the file's content exactly`, async () => {
      const path = join(SAMPLES, name)
      const [r, ...rest] = await collect(readInputs([path]))
      const article = okArticle(r)
      assert.equal(rest.length, 0)
      assert.equal(article.text, readFileSync(path, 'utf8'))
      assert.equal(article.id, name.replace(/\.txt$/, ''))
      assert.equal(article.format, 'text')
      assert.deepEqual(article.source, { path, url: null, outlet: null })
      assert.deepEqual(article.diagnostics, [])
    })
  }
})

describe('readInputs on malformed input', () => {
  const good = (n: number): string => write(`good-${n}.txt`, `Good article number ${n}.\n`)
  const inputs: [string, string, string[]][] = [
    [
      'a binary file',
      write('image.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d)),
      ['INPUT_BINARY'],
    ],
    ['an empty file', write('empty.txt', ''), ['INPUT_EMPTY']],
    ['a file of white space', write('blank.md', ' \n\n\t\n'), ['INPUT_EMPTY']],
    ['a file over the size limit', write('big.txt', 'x'.repeat(300)), ['INPUT_TOO_LARGE']],
    [
      'HTML with no article',
      write('menu.html', '<html><body><nav>Home | World</nav></body></html>'),
      ['HTML_NO_ARTICLE'],
    ],
    ['a missing path', join(dir, 'missing.txt'), ['INPUT_UNREADABLE']],
    ['an unsupported extension named explicitly', write('notes.pdf', '%PDF-1.4'), ['INPUT_UNSUPPORTED']],
    [
      'a JSONL file with bad lines',
      write(
        'batch.jsonl',
        '{"id":"j1","text":"First."}\n{not json}\n{"id":"j3"}\n{"id":"j4","text":"Fourth."}\n',
      ),
      ['ok j1', 'JSONL_INVALID :2', 'JSONL_NO_TEXT :3', 'ok j4'],
    ],
  ]
  for (const [name, path, expected] of inputs) {
    test(`${name} is reported with its code and path, and the next input is still read`, async () => {
      const next = good(1)
      const results = await collect(readInputs([path, next], { maxBytes: 200 }))
      const want = expected.map((e) =>
        e.startsWith('ok') ? e : e.includes(' :') ? e.replace(' :', ` ${path}:`) : `${e} ${path}`,
      )
      assert.deepEqual(results.map(summary), [...want, 'ok good-1'])
      for (const r of results) if (r.status === 'failed') assert.equal(r.diagnostic.severity, 'error')
    })
  }

  test('a missing path names the OS error', async () => {
    const [r] = await collect(readInputs([join(dir, 'missing.txt')]))
    assert.match(r?.status === 'failed' ? r.diagnostic.message : '', /ENOENT/)
  })

  test('invalid UTF-8 is decoded as Windows-1252 with a warning', async () => {
    const bytes = Uint8Array.of(
      0x93,
      ...Buffer.from('Le caf'),
      0xe9,
      0x94,
      0x20,
      0x96,
      0x20,
      ...Buffer.from('ok'),
    )
    const article = okArticle((await collect(readInputs([write('latin.txt', bytes)])))[0])
    assert.equal(article.text, '“Le café” – ok')
    assert.deepEqual(
      article.diagnostics.map((d) => [d.code, d.severity]),
      [['ENCODING_FALLBACK', 'warning']],
    )
  })

  const boms: [string, Uint8Array][] = [
    ['UTF-8 BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...Buffer.from('Déjà vu “here”', 'utf8'))],
    ['UTF-16LE BOM', Uint8Array.of(0xff, 0xfe, ...Buffer.from('Déjà vu “here”', 'utf16le'))],
    ['UTF-16BE BOM', Uint8Array.of(0xfe, 0xff, ...Buffer.from('Déjà vu “here”', 'utf16le').swap16())],
  ]
  for (const [name, bytes] of boms) {
    test(`a file with a ${name} is decoded and the BOM dropped`, async () => {
      const article = okArticle(
        (await collect(readInputs([write(`${name.replace(/ /g, '-')}.txt`, bytes)])))[0],
      )
      assert.equal(article.text, 'Déjà vu “here”')
      assert.deepEqual(article.diagnostics, [])
    })
  }

  test('a bad maxBytes option throws, naming what it found', async () => {
    await assert.rejects(collect(readInputs([], { maxBytes: -1 })), /expected options\.maxBytes .* found -1/)
  })
})

describe('readInputs on directories', () => {
  const root = join(dir, 'corpus')
  write('corpus/b.txt', 'Bee.')
  write('corpus/a.md', '# Title\n\nAy.')
  write('corpus/sub/c.html', ARTICLE_HTML)
  write('corpus/sub/d.jsonl', '{"id":"d1","text":"Dee one."}\n{"text":"Dee two."}\n')
  write('corpus/.hidden.txt', 'Hidden.')
  write('corpus/.git/e.txt', 'Hidden directory.')
  write('corpus/notes.pdf', '%PDF')
  write('corpus/UPPER.TXT', 'Upper.')
  symlinkSync(root, join(root, 'sub', 'loop'))

  test('walks recursively in sorted order, skipping hidden and unsupported files silently', async () => {
    const results = await collect(readInputs([root]))
    assert.deepEqual(results.map(summary), ['ok UPPER', 'ok a', 'ok b', 'ok c', 'ok d1', 'ok d:2'])
  })

  test('sets the format and source of each article', async () => {
    const results = await collect(readInputs([root]))
    const byId = new Map(results.map((r) => [okArticle(r).id as string, okArticle(r)]))
    assert.equal(byId.get('a')?.format, 'markdown')
    assert.equal(byId.get('a')?.text, '# Title\n\nAy.')
    assert.equal(byId.get('c')?.format, 'html')
    assert.equal(byId.get('c')?.title, 'Port reopens')
    assert.deepEqual(byId.get('d:2')?.source, {
      path: join(root, 'sub', 'd.jsonl'),
      url: null,
      outlet: null,
      line: 2,
    })
  })

  test('results keep the order of the paths given', async () => {
    const results = await collect(readInputs([join(root, 'b.txt'), root, join(root, 'a.md')]))
    assert.deepEqual(results.map(summary), [
      'ok b',
      'ok UPPER',
      'ok a',
      'ok b',
      'ok c',
      'ok d1',
      'ok d:2',
      'ok a',
    ])
  })
})

describe('readInputs on stdin', () => {
  test("'-' reads stdin as text, unchanged", async () => {
    const [r] = await collect(readInputs(['-'], {}, stdin('  Piped text.\n')))
    const article = okArticle(r)
    assert.equal(article.text, '  Piped text.\n')
    assert.equal(article.format, 'text')
    assert.equal(article.id, 'stdin')
    assert.equal(article.source.path, null)
  })

  test("stdin starting with '<' is read as HTML", async () => {
    const article = okArticle((await collect(readInputs(['-'], {}, stdin(`\n  ${ARTICLE_HTML}`))))[0])
    assert.equal(article.format, 'html')
    assert.ok(article.text.startsWith('Port reopens\n\nThe harbour authority said'))
    assert.ok(!article.text.includes('Home'))
  })

  const failures: [string, string, string][] = [
    ['empty stdin', '', 'INPUT_EMPTY'],
    ['stdin over the size limit', 'y'.repeat(50), 'INPUT_TOO_LARGE'],
  ]
  for (const [name, content, code] of failures) {
    test(`${name} fails with ${code} at '-', and the next input is still read`, async () => {
      const next = write('after-stdin.txt', 'Short.')
      const results = await collect(readInputs(['-', next], { maxBytes: 40 }, stdin(content)))
      assert.deepEqual(results.map(summary), [`${code} -`, 'ok after-stdin'])
    })
  }
})
