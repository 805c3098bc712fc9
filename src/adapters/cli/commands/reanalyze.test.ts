import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import SqliteDatabase from 'better-sqlite3'
import type { StageContext } from '../../../core/index.ts'
import { PIPELINE_VERSION } from '../../../pipeline.ts'
import type { QuoteRow, StoreStats } from '../../storage/store.ts'
import { PASSAGES, SAMPLE_FILES } from '../../storage/testing/documents.ts'
import type { CliIo } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { ingestCommand } from './ingest.ts'
import { quotesCommand } from './quotes.ts'
import { REANALYZE_USAGE, reanalyzeCommand } from './reanalyze.ts'
import { statsCommand } from './stats.ts'

/** A captured stream; `isTTY` makes it pass for a terminal. */
type Command = (argv: string[], io: CliIo, ctx: StageContext) => Promise<number>
const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-cli-reanalyze-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const TOPICS = resolve(import.meta.dirname, '../../../../examples/topics.yaml')
const JSONL = join(dir, 'passages.jsonl')

async function cli(command: Command, argv: string[], isTTY = false) {
  const stdout = new Collector(isTTY)
  const stderr = new Collector(isTTY)
  const code = await command(argv, { stdout, stderr, isTTY, env: {} }, ctx)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const jsonl = <T>(out: string): T[] =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T)

const SUMMARY =
  /^subtext: (\d+) article\(s\) in .*: (\d+) reanalysed, (\d+) skipped \(current\), (\d+) failed; (\d+) quotation/m

/** A fresh store holding the two samples and the four passages, ingested with the example topics. */
async function ingested(name: string): Promise<string> {
  const db = join(dir, `${name}.db`)
  const r = await cli(ingestCommand, [...SAMPLE_FILES, JSONL, '--db', db, '--topics', TOPICS])
  assert.equal(r.code, 0, r.stderr)
  return db
}

const stats = async (db: string) =>
  jsonl<StoreStats>((await cli(statsCommand, ['--db', db, '--format', 'jsonl'])).stdout)[0]!
const quotes = async (db: string) =>
  jsonl<QuoteRow>((await cli(quotesCommand, ['--db', db, '--format', 'jsonl'])).stdout)

before(() => {
  const lines = Object.entries(PASSAGES).map(([id, p]) =>
    JSON.stringify({ id, text: p.text, outlet: p.outlet, published: p.published }),
  )
  writeFileSync(JSONL, lines.join('\n'))
})

describe('subtext reanalyze', () => {
  test('re-runs the pipeline on every stored article and finds what ingest found', async () => {
    const db = await ingested('all')
    const [before, rows] = [await stats(db), await quotes(db)]
    const r = await cli(reanalyzeCommand, ['--db', db, '--topics', TOPICS])
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(SUMMARY.exec(r.stderr)?.slice(1, 5), ['6', '6', '0', '0'])
    assert.equal(SUMMARY.exec(r.stderr)?.[5], String(before.quotes))
    assert.deepEqual(await stats(db), before)
    assert.deepEqual(await quotes(db), rows)
  })

  test('--only-stale skips articles analysed by this pipeline with these topics', async () => {
    const db = await ingested('stale')
    const same = await cli(reanalyzeCommand, ['--db', db, '--topics', TOPICS, '--only-stale'])
    assert.deepEqual(SUMMARY.exec(same.stderr)?.slice(1, 5), ['6', '0', '6', '0'])
    // Without the topics the version differs: every article is stale, and loses its stances.
    const other = await cli(reanalyzeCommand, ['--db', db, '--only-stale'])
    assert.equal(other.code, 0, other.stderr)
    assert.deepEqual(SUMMARY.exec(other.stderr)?.slice(1, 5), ['6', '6', '0', '0'])
    const after = await stats(db)
    assert.deepEqual(after.pipelineVersions, { [PIPELINE_VERSION]: 6 })
    assert.equal(after.stances, 0)
  })

  test('an article that cannot be read is reported, the others are saved, and the exit code is 1', async () => {
    const db = await ingested('broken')
    const raw = new SqliteDatabase(db)
    const [victim] = raw.prepare('SELECT id FROM articles ORDER BY id LIMIT 1').pluck().all() as string[]
    raw.prepare(`UPDATE articles SET input_structure = 'not json' WHERE id = ?`).run(victim)
    raw.close()
    const r = await cli(reanalyzeCommand, ['--db', db, '--topics', TOPICS])
    assert.equal(r.code, 1)
    assert.match(
      r.stderr,
      new RegExp(
        `^${victim?.replace(/[.@]/g, '\\$&')}:1:1 {2}error Could not read.*\\[STORE_FAILED\\]$`,
        'm',
      ),
    )
    assert.deepEqual(SUMMARY.exec(r.stderr)?.slice(1, 5), ['6', '5', '0', '1'])
  })

  test('a progress bar on a terminal, plain lines otherwise', async () => {
    const db = await ingested('progress')
    const tty = await cli(reanalyzeCommand, ['--db', db, '--topics', TOPICS], true)
    assert.match(tty.stderr, /reanalyze \[[^\]]*\] 100% 6\/6 \| 6 reanalysed/)
    assert.equal(tty.stderr.split('\n').filter(Boolean).length, 1, 'the bar is redrawn in place')
    const plain = await cli(reanalyzeCommand, ['--db', db, '--topics', TOPICS])
    assert.ok(!plain.stderr.includes('\x1b'), 'no terminal codes in a log')
  })

  test('a missing store is an error; bad options are usage errors', async () => {
    const r = await cli(reanalyzeCommand, ['--db', join(dir, 'nowhere.db')])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /No store at/)
    await assert.rejects(cli(reanalyzeCommand, ['--stale']), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' })
    await assert.rejects(cli(reanalyzeCommand, ['extra.txt']), {
      code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    })
    assert.match(REANALYZE_USAGE, /^Usage: subtext reanalyze/)
  })
})
