import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { after, describe, test } from 'node:test'
import type { ExtractRecord } from '../output/extract-record.ts'
import type { CliIo } from './io.ts'
import { run, USAGE } from './main.ts'
import { Collector } from './testing.ts'

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples')
const SAMPLE_FILES = ['000_17930391241d76a3.txt', '003_146a92e843f25df6.txt'].map((f) => join(SAMPLES, f))

/** A writable that keeps what is written, as a string. */
interface Captured {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI with captured streams and, when given, `stdin` as piped input. */
async function cli(argv: string[], stdin?: string | Uint8Array): Promise<Captured> {
  const stdout = new Collector()
  const stderr = new Collector()
  const io: CliIo = {
    stdout,
    stderr,
    isTTY: false,
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
  }
  const code = await run(argv, io)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const records = (out: string): ExtractRecord[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as ExtractRecord)

/** What must hold for every record of the extract contract. */
function checkRecord(r: ExtractRecord): void {
  const inText = (s: { start: number; end: number }, what: string) =>
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= r.text.length, `${r.id}: ${what} lies in the text`)
  for (const q of r.quotes) {
    const quote = q as { start: number; end: number; text: string; speaker: Record<string, unknown> | null }
    assert.equal(quote.text, r.text.slice(quote.start, quote.end), `${r.id}: quote text is its slice`)
    inText(quote, 'a quote')
    if (quote.speaker) inText(quote.speaker as { start: number; end: number }, 'a speaker')
  }
  for (const a of r.actors) for (const m of a.mentions) inText(m, `a mention of ${a.name}`)
  for (const g of r.regions) inText(g, `a ${g.kind} region`)
}

/** The last non-empty line of a stream. */
const lastLine = (s: string): string => s.trimEnd().split('\n').at(-1) ?? ''
const SUMMARY = /^subtext: (\d+) article\(s\) analysed, (\d+) failed, (\d+) quotation\(s\)$/

describe('help and usage', () => {
  for (const argv of [[], ['help'], ['--help'], ['-h']]) {
    test(`${JSON.stringify(argv)} prints the usage on stdout and exits 0`, async () => {
      const r = await cli(argv)
      assert.equal(r.code, 0)
      assert.equal(r.stdout, `${USAGE}\n`)
      assert.match(r.stdout, /^Usage: subtext <command>/)
      assert.match(r.stdout, /extract PATH\.\.\./)
      assert.equal(r.stderr, '')
    })
  }

  test('an unknown command exits 2 and names it on stderr', async () => {
    const r = await cli(['frobnicate', 'x'])
    assert.equal(r.code, 2)
    assert.equal(r.stdout, '')
    assert.match(r.stderr, /^subtext: unknown command 'frobnicate'/)
    assert.ok(r.stderr.includes(USAGE))
  })

  const usageErrors: [string[], RegExp][] = [
    [['extract'], /expected at least one PATH/],
    [['extract', 'a.txt', '--format', 'xml'], /expected --format to be jsonl or text, found xml/],
    [['extract', 'a.txt', '--max-bytes=-1'], /expected --max-bytes to be a positive integer, found -1/],
    [['extract', 'a.txt', '--max-bytes', '0'], /expected --max-bytes to be a positive integer, found 0/],
    [
      ['extract', 'a.txt', '--max-bytes', 'lots'],
      /expected --max-bytes to be a positive integer, found lots/,
    ],
    [['extract', 'a.txt', '--bogus'], /--bogus/],
  ]
  for (const [argv, message] of usageErrors) {
    test(`${argv.slice(1).join(' ') || '(no arguments)'}: exit 2 with ${message}`, async () => {
      const r = await cli(argv)
      assert.equal(r.code, 2)
      assert.equal(r.stdout, '')
      assert.match(r.stderr, /^subtext: /)
      assert.match(r.stderr, message)
    })
  }
})

describe('extract on the samples', () => {
  test('JSONL: one record per file, in order, with the file’s text unchanged', async () => {
    const r = await cli(['extract', ...SAMPLE_FILES])
    assert.equal(r.code, 0, r.stderr)
    const out = records(r.stdout)
    assert.deepEqual(
      out.map((x) => x.id),
      ['000_17930391241d76a3', '003_146a92e843f25df6'],
    )
    out.forEach((rec, i) => {
      const file = SAMPLE_FILES[i]!
      assert.equal(rec.text, readFileSync(file, 'utf8'))
      assert.equal(rec.source.path, file)
      assert.equal(rec.language, 'en')
      checkRecord(rec)
      assert.ok(rec.quotes.length > 0, `${rec.id} has quotes`)
      assert.ok(rec.actors.length > 0, `${rec.id} has actors`)
    })
    assert.deepEqual(
      out.map((x) => [x.published, x.published_inferred]),
      [
        ['2025-02-03', true],
        ['2025-01-28', true],
      ],
    )
    const [, analysed, failed, quotes] = SUMMARY.exec(lastLine(r.stderr)) ?? []
    assert.deepEqual([analysed, failed], ['2', '0'])
    assert.equal(Number(quotes), out[0]!.quotes.length + out[1]!.quotes.length)
  })

  test('JSONL: the records carry the actors the samples name', async () => {
    const [rec] = records((await cli(['extract', SAMPLE_FILES[0]!])).stdout)
    const khamenei = rec!.actors.find((a) => a.id === 'ali-khamenei')
    assert.equal(khamenei?.name, 'Ali Khamenei')
    assert.equal(khamenei?.role, 'Supreme Leader')
    for (const m of khamenei!.mentions) assert.match(rec!.text.slice(m.start, m.end), /Khamenei/)
  })

  test('--format text: the article for reading, regions in brackets, quotes in ⟦…⟧', async () => {
    const r = await cli(['extract', SAMPLE_FILES[0]!, '--format', 'text'])
    assert.equal(r.code, 0, r.stderr)
    assert.ok(r.stdout.startsWith('== 000_17930391241d76a3 (2025-02-03, inferred)\n'), r.stdout.slice(0, 80))
    assert.ok(r.stdout.includes('[boilerplate: Two-minute read]'))
    assert.ok(r.stdout.includes('⟦'))
    assert.ok(!r.stdout.includes('\u001b['), 'no colours without a terminal')
    assert.throws(() => JSON.parse(r.stdout.split('\n')[0]!))
  })
})

describe('a batch with malformed inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'subtext-cli-'))
  after(() => rmSync(dir, { recursive: true, force: true }))
  const write = (name: string, content: string | Uint8Array): string => {
    const p = join(dir, name)
    writeFileSync(p, content)
    return p
  }
  const good = write('good.txt', readFileSync(SAMPLE_FILES[0]!, 'utf8'))
  const binary = write(
    'binary.txt',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  )
  const empty = write('empty.txt', '')
  const large = write('large.txt', 'The minister spoke at length. '.repeat(300))
  const jsonl = write(
    'records.jsonl',
    ['{not json', '{"id":"no-text","title":"Only a title"}', ''].join('\n'),
  )
  const missing = join(dir, 'missing.txt')
  const MAX = String(readFileSync(good).length + 100)

  // path:line:col[-line:col]  severity message  [CODE]
  const LINE = /^(.+):(\d+):(\d+)(?:-\d+:\d+)? {2}(error|warning|info) (.+) {2}\[([A-Z_]+)\]$/

  test('every bad input gets its coded diagnostic; the good article still comes out; exit 1', async () => {
    const r = await cli(['extract', binary, empty, large, jsonl, missing, good, '--max-bytes', MAX])
    assert.equal(r.code, 1)

    const out = records(r.stdout)
    assert.deepEqual(
      out.map((x) => x.id),
      ['good'],
    )
    assert.equal(out[0]!.text, readFileSync(good, 'utf8'))
    checkRecord(out[0]!)

    const lines = r.stderr.trimEnd().split('\n')
    assert.match(lastLine(r.stderr), SUMMARY, 'a summary line ends stderr')
    const [, analysed, failed] = SUMMARY.exec(lastLine(r.stderr))!
    assert.deepEqual([analysed, failed], ['1', '6'])

    // the good article's own warnings (if any) are not what this test is about
    const problems = lines
      .slice(0, -1)
      .filter((l) => !l.startsWith(`${good}:`))
      .map((l) => LINE.exec(l))
      .filter((m) => m !== null)
      .map(([, path, line, , severity, , code]) => `${basename(path!)}:${line} ${severity} ${code}`)
    assert.deepEqual(problems, [
      'binary.txt:1 error INPUT_BINARY',
      'empty.txt:1 error INPUT_EMPTY',
      'large.txt:1 error INPUT_TOO_LARGE',
      'records.jsonl:1 error JSONL_INVALID',
      'records.jsonl:2 error JSONL_NO_TEXT',
      'missing.txt:1 error INPUT_UNREADABLE',
    ])
    for (const l of lines.slice(0, -1)) {
      if (!l.includes(dir)) continue
      assert.match(l, LINE, `every diagnostic line has the vfile format: ${l}`)
    }
  })

  test('the size limit message gives both numbers', async () => {
    const r = await cli(['extract', large, '--max-bytes', '1000'])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /large\.txt:1:1 {2}error .*\(9000 bytes, limit 1000\).* {2}\[INPUT_TOO_LARGE\]/)
  })

  test('a good file alone exits 0, with no error on stderr', async () => {
    const r = await cli(['extract', good])
    assert.equal(r.code, 0)
    assert.doesNotMatch(r.stderr, / {2}error /)
    assert.match(lastLine(r.stderr), /^subtext: 1 article\(s\) analysed, 0 failed/)
  })
})

describe('stdin', () => {
  test('"-" reads an article from stdin', async () => {
    const text = readFileSync(SAMPLE_FILES[1]!, 'utf8')
    const r = await cli(['extract', '-'], text)
    assert.equal(r.code, 0, r.stderr)
    const [rec] = records(r.stdout)
    assert.equal(rec?.id, 'stdin')
    assert.equal(rec?.text, text)
    assert.equal(rec?.published, '2025-01-28')
    checkRecord(rec!)
    assert.match(lastLine(r.stderr), /^subtext: 1 article\(s\) analysed, 0 failed/)
  })

  test('empty stdin is an INPUT_EMPTY error at "-"', async () => {
    const r = await cli(['extract', '-'], '')
    assert.equal(r.code, 1)
    assert.equal(r.stdout, '')
    assert.match(r.stderr, /^-:1:1 {2}error .* {2}\[INPUT_EMPTY\]$/m)
  })

  test('stdin over --max-bytes is INPUT_TOO_LARGE', async () => {
    const r = await cli(['extract', '-', '--max-bytes', '10'], 'The minister spoke at length.')
    assert.equal(r.code, 1)
    assert.match(r.stderr, /^-:1:1 {2}error .* {2}\[INPUT_TOO_LARGE\]$/m)
  })
})
