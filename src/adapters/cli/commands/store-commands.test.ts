import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, test } from 'node:test'
import type { StageContext } from '../../../core/index.ts'
import type { QuoteRow, SearchHit, StoreStats } from '../../storage/store.ts'
import { PASSAGES, SAMPLE_FILES } from '../../storage/testing/documents.ts'
import { type CliIo, UsageError } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { ingestCommand } from './ingest.ts'
import { quotesCommand } from './quotes.ts'
import { searchCommand } from './search.ts'
import { statsCommand } from './stats.ts'
import { csvField } from './tabular.ts'

type Command = (argv: string[], io: CliIo, ctx: StageContext) => Promise<number>
const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-cli-store-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const DB = join(dir, 'corpus.db')
const TOPICS = resolve(import.meta.dirname, '../../../../examples/topics.yaml')

/** The passages as one JSONL file, with outlets and dates. */
const JSONL = join(dir, 'passages.jsonl')
writeFileSync(
  JSONL,
  Object.entries(PASSAGES)
    .map(([id, p]) => JSON.stringify({ id, text: p.text, outlet: p.outlet, published: p.published }))
    .join('\n'),
)

async function cli(
  command: Command,
  argv: string[],
  opts: { env?: Record<string, string>; isTTY?: boolean } = {},
) {
  const stdout = new Collector()
  const stderr = new Collector()
  const code = await command(argv, { stdout, stderr, isTTY: opts.isTTY ?? false, env: opts.env ?? {} }, ctx)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const jsonl = <T>(out: string): T[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T)

/** A small RFC 4180 reader, enough to check what the csv format writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

const SUMMARY =
  /^subtext: (\d+) article\(s\) into .*: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) failed/m

describe('subtext ingest', () => {
  test('stores articles, and a second run adds nothing', async () => {
    const first = await cli(ingestCommand, [...SAMPLE_FILES, JSONL, '--db', DB, '--topics', TOPICS])
    assert.equal(first.code, 0, first.stderr)
    assert.deepEqual(SUMMARY.exec(first.stderr)?.slice(1), ['6', '6', '0', '0', '0'])
    const stats = jsonl<StoreStats>((await cli(statsCommand, ['--db', DB, '--format', 'jsonl'])).stdout)[0]
    const again = await cli(ingestCommand, [...SAMPLE_FILES, JSONL, '--db', DB, '--topics', TOPICS])
    assert.deepEqual(SUMMARY.exec(again.stderr)?.slice(1), ['6', '0', '0', '6', '0'])
    assert.deepEqual(
      jsonl<StoreStats>((await cli(statsCommand, ['--db', DB, '--format', 'jsonl'])).stdout)[0],
      stats,
    )
  })

  test('one bad input is reported and counted, the rest are saved, and the exit code is 1', async () => {
    const db = join(dir, 'bad.db')
    const r = await cli(ingestCommand, [join(dir, 'missing.txt'), SAMPLE_FILES[0]!, '--db', db])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /missing\.txt:1:1 {2}error .*\[INPUT_UNREADABLE\]/)
    assert.deepEqual(SUMMARY.exec(r.stderr)?.slice(1), ['2', '1', '0', '0', '1'])
  })

  test('the store comes from --db, else SUBTEXT_DB', async () => {
    const envDb = join(dir, 'env.db')
    const r = await cli(ingestCommand, [SAMPLE_FILES[1]!], { env: { SUBTEXT_DB: envDb } })
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, new RegExp(`into ${envDb.replaceAll('.', '\\.')}`))
    const s = await cli(statsCommand, ['--format', 'jsonl'], { env: { SUBTEXT_DB: envDb } })
    assert.equal(jsonl<StoreStats>(s.stdout)[0]?.articles, 1)
  })
})

describe('subtext quotes', () => {
  test('--actor finds Khamenei in both samples; texts are slices of the articles', async () => {
    const r = await cli(quotesCommand, ['--actor', 'khamenei', '--format', 'jsonl', '--db', DB])
    assert.equal(r.code, 0, r.stderr)
    const rows = jsonl<QuoteRow>(r.stdout)
    assert.equal(new Set(rows.map((q) => q.articleId)).size, 2)
    const texts = SAMPLE_FILES.map((f) => readFileSync(f, 'utf8'))
    for (const q of rows) {
      assert.equal(q.speaker, 'Ali Khamenei')
      assert.ok(texts.some((t) => t.slice(q.start, q.end) === q.text))
    }
  })

  test('--outlet, --since and --until narrow by article', async () => {
    const r = await cli(quotesCommand, [
      '--outlet',
      'example times',
      '--since',
      '2025-04-01',
      '--format',
      'jsonl',
      '--db',
      DB,
    ])
    const rows = jsonl<QuoteRow>(r.stdout)
    assert.ok(rows.length > 0)
    assert.ok(rows.every((q) => q.outlet === 'Example Times' && (q.published ?? '') >= '2025-04-01'))
    const none = await cli(quotesCommand, ['--until', '2000-01-01', '--db', DB])
    assert.equal(none.stdout, '')
    assert.match(none.stderr, /no quotation matches/)
  })

  test('csv is RFC 4180: commas, quotes and line breaks survive a round trip', async () => {
    const csv = (await cli(quotesCommand, ['--format', 'csv', '--db', DB])).stdout
    const all = jsonl<QuoteRow>((await cli(quotesCommand, ['--format', 'jsonl', '--db', DB])).stdout)
    const [header, ...rows] = parseCsv(csv)
    assert.equal(rows.length, all.length)
    const quote = header!.indexOf('quote')
    assert.deepEqual(
      rows.map((r) => r[quote]),
      all.map((q) => q.text),
    )
    for (const [input, expected] of [
      ['plain', 'plain'],
      ['a, b', '"a, b"'],
      ['say "no"', '"say ""no"""'],
      ['two\nlines', '"two\nlines"'],
      [' edge', '" edge"'],
      [null, ''],
      [42, '42'],
    ] as const)
      assert.equal(csvField(input), expected)
  })

  test('a table by default, at most 50 rows; --limit and --offset page', async () => {
    const table = await cli(quotesCommand, ['--db', DB])
    const lines = table.stdout.trimEnd().split('\n')
    assert.match(lines[0]!, /^published\s+outlet\s+speaker\s+kind\s+quote$/)
    assert.ok(lines.length - 1 <= 50)
    const page = jsonl<QuoteRow>(
      (await cli(quotesCommand, ['--limit', '3', '--offset', '2', '--format', 'jsonl', '--db', DB])).stdout,
    )
    const all = jsonl<QuoteRow>((await cli(quotesCommand, ['--format', 'jsonl', '--db', DB])).stdout)
    assert.deepEqual(page, all.slice(2, 5))
  })

  test('bad options are usage errors; a missing store is an error', async () => {
    for (const argv of [['--since', '2025-02-30'], ['--kind', 'quoted'], ['--limit=-1'], ['--format', 'xml']])
      await assert.rejects(cli(quotesCommand, [...argv, '--db', DB]), UsageError, argv.join(' '))
    const r = await cli(quotesCommand, ['--db', join(dir, 'nowhere.db')])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /No store at/)
  })
})

describe('subtext search and stats', () => {
  test('search prints ranked hits with highlighted snippets', async () => {
    const hits = jsonl<SearchHit>(
      (await cli(searchCommand, ['Zanzibar', '--format', 'jsonl', '--db', DB])).stdout,
    )
    assert.ok(hits.length >= 2)
    assert.ok(hits.every((h) => h.snippet.includes('⟪Zanzibar⟫')))
    const tty = await cli(searchCommand, ['Zanzibar', '--db', DB], { isTTY: true })
    assert.match(tty.stdout, /\x1b\[1mZanzibar\x1b\[22m/)
    await assert.rejects(cli(searchCommand, ['--db', DB]), UsageError)
  })

  test('stats prints counts', async () => {
    const r = await cli(statsCommand, ['--db', DB])
    assert.equal(r.code, 0)
    assert.match(r.stdout, /^articles\s+6$/m)
    assert.match(r.stdout, /^pipeline subtext-pipeline@[^+]+\+topics@\w+\s+6$/m)
  })
})
