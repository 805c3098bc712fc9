import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import * as passages from '../../../analysis/stories/fixtures/passages.ts'
import type { FramingComparison } from '../../../analysis/stories/index.ts'
import type { StageContext } from '../../../core/index.ts'
import type { CliIo } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { compareCommand } from './compare.ts'
import { ingestCommand } from './ingest.ts'
import { type StoryRow, storiesCommand } from './stories.ts'
import { type StoryReport, storyCommand } from './story.ts'

type Command = (argv: string[], io: CliIo, ctx: StageContext) => Promise<number>
const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-stories-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const DB = join(dir, 'stories.db')

async function cli(command: Command, argv: string[]) {
  const stdout = new Collector()
  const stderr = new Collector()
  const code = await command(argv, { stdout, stderr, isTTY: false, env: {} }, ctx)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const jsonl = <T>(out: string): T[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T)

before(async () => {
  // the passages written for the stories tests, as one JSONL file: a dam dispute reported by a
  // wire, two rewrites and an independent report, then a second event a week later
  const file = join(dir, 'passages.jsonl')
  const articles = [
    passages.wire,
    passages.trimmed,
    passages.reworked,
    passages.independent,
    passages.border,
    passages.borderOther,
  ]
  writeFileSync(
    file,
    articles
      .map((a) => JSON.stringify({ id: a.id, text: a.text, outlet: a.outlet, published: a.published }))
      .join('\n'),
  )
  const ingested = await cli(ingestCommand, [file, '--db', DB])
  assert.equal(ingested.code, 0, ingested.stderr)
})

const idOf = (rows: StoryRow[], article: string) =>
  rows.find((r) => r.articles.some((a) => a.startsWith(`${article}@`)))!.id

describe('subtext stories', () => {
  test('the two events with the same ministers a week apart are two stories, newest first', async () => {
    const out = await cli(storiesCommand, ['--db', DB, '--format', 'jsonl'])
    assert.equal(out.code, 0, out.stderr)
    const rows = jsonl<StoryRow>(out.stdout)
    assert.deepEqual(
      rows.map((r) => [r.first, r.last, r.articles.length, r.distinct]),
      [
        ['2025-03-10', '2025-03-11', 2, 2],
        ['2025-03-03', '2025-03-04', 4, 2],
      ],
    )
    assert.deepEqual(rows[1]!.actors, ['Petra Lind', 'Tomas Garr'])
    assert.equal(rows[1]!.headline, 'Valdoria sets terms for Kessel dam talks')
  })

  test('filters: --since, --outlet, --min; the table names each story', async () => {
    const since = jsonl<StoryRow>(
      (await cli(storiesCommand, ['--db', DB, '--format', 'jsonl', '--since', '2025-03-05'])).stdout,
    )
    assert.deepEqual(
      since.map((r) => r.first),
      ['2025-03-10'],
    )
    const river = jsonl<StoryRow>(
      (await cli(storiesCommand, ['--db', DB, '--format', 'jsonl', '--outlet', 'river post'])).stdout,
    )
    assert.deepEqual(
      river.map((r) => r.first),
      ['2025-03-03'],
    )
    const big = jsonl<StoryRow>(
      (await cli(storiesCommand, ['--db', DB, '--format', 'jsonl', '--min', '3'])).stdout,
    )
    assert.equal(big.length, 1)
    const table = await cli(storiesCommand, ['--db', DB])
    assert.match(table.stdout, /^id +first +last +articles +distinct +outlets +label/)
    assert.match(table.stdout, /Petra Lind, Tomas Garr: /)
  })

  test('bad options are usage errors', async () => {
    await assert.rejects(cli(storiesCommand, ['--db', DB, '--since', '2025-02-30']), /--since to be a date/)
    await assert.rejects(cli(storiesCommand, ['--db', DB, '--format', 'csv']), /--format to be table, jsonl/)
  })
})

describe('subtext story', () => {
  test('a story’s articles mark copies; a statement in three wordings is shared, with who left it out', async () => {
    const rows = jsonl<StoryRow>((await cli(storiesCommand, ['--db', DB, '--format', 'jsonl'])).stdout)
    const out = await cli(storyCommand, [idOf(rows, 'wire'), '--db', DB, '--format', 'jsonl'])
    assert.equal(out.code, 0, out.stderr)
    const report = JSON.parse(out.stdout) as StoryReport
    const copies = report.articles.filter((a) => a.copyOf).map((a) => a.outlet)
    assert.deepEqual(copies.sort(), ['River Post', 'Vessa Courier'])
    const ready = report.shared.find((s) =>
      s.quotes.some((q) => q.text.includes('bulldozers are still working')),
    )
    assert.ok(ready, JSON.stringify(report.shared.map((s) => s.text)))
    assert.deepEqual([...ready.outlets].sort(), ['Northwire', 'Oranth Daily', 'River Post', 'Vessa Courier'])
    const lead = report.shared.find((s) => s.text.startsWith('her government would return to talks'))
    assert.deepEqual(lead?.missing, ['Oranth Daily'])
    assert.ok(report.exclusive.some((s) => s.outlets.join() === 'Oranth Daily'))
    const table = await cli(storyCommand, [idOf(rows, 'wire'), '--db', DB])
    assert.match(table.stdout, /Shared statements \(\d+\)/)
    assert.match(table.stdout, /left out by: Oranth Daily/)
    assert.match(table.stdout, /\[copy of wire@/)
  })

  test('an unknown story is reported; a missing id is a usage error', async () => {
    const out = await cli(storyCommand, ['st-00000000', '--db', DB])
    assert.equal(out.code, 1)
    assert.match(out.stderr, /no story st-00000000/)
    await assert.rejects(cli(storyCommand, ['--db', DB]), /expected one story id/)
  })
})

describe('subtext compare --story', () => {
  test('within one story, the verbs and terms that set two outlets apart, with their sentences', async () => {
    const rows = jsonl<StoryRow>((await cli(storiesCommand, ['--db', DB, '--format', 'jsonl'])).stdout)
    const out = await cli(compareCommand, [
      '--outlets',
      'Northwire,Oranth Daily',
      '--story',
      idOf(rows, 'wire'),
      '--db',
      DB,
      '--format',
      'jsonl',
    ])
    assert.equal(out.code, 0, out.stderr)
    const c = JSON.parse(out.stdout) as FramingComparison
    assert.deepEqual(
      c.profiles.map((p) => p.articles),
      [1, 1],
    )
    const verbs = c.differences.filter((d) => d.dimension === 'attribution').map((d) => d.item)
    assert.ok(verbs.includes('claimed'), verbs.join())
    const terms = c.differences.filter((d) => d.dimension === 'loaded')
    const hardliner = terms.find((d) => d.item === 'hardliner*')
    assert.deepEqual(hardliner?.figures, { Northwire: 0, 'Oranth Daily': 1 })
    assert.match(hardliner?.evidence[0]?.sentence ?? '', /^The hardliner camp/)
  })
})
