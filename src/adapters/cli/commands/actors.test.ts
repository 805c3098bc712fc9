import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { StageContext } from '../../../core/index.ts'
import type { ActorReport } from '../../corpus/actor-report.ts'
import type { ActorSummary } from '../../corpus/corpus-actors.ts'
import { PASSAGES_JSONL, REGISTRY_YAML } from '../../corpus/testing.ts'
import type { QuoteRow } from '../../storage/store.ts'
import { SAMPLE_FILES } from '../../storage/testing/documents.ts'
import { type CliIo, UsageError } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { actorCommand } from './actor.ts'
import { actorsCommand } from './actors.ts'
import { ingestCommand } from './ingest.ts'
import { quotesCommand } from './quotes.ts'

type Command = (argv: string[], io: CliIo, ctx: StageContext) => Promise<number>
const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-cli-actors-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const DB = join(dir, 'corpus.db')
const TOPICS = resolve(import.meta.dirname, '../../../../examples/topics.yaml')
const PASSAGES = join(dir, 'passages.jsonl')
const REGISTRY = join(dir, 'registry.yaml')

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
  writeFileSync(PASSAGES, PASSAGES_JSONL)
  writeFileSync(REGISTRY, REGISTRY_YAML)
  const r = await cli(ingestCommand, [...SAMPLE_FILES, PASSAGES, '--topics', TOPICS, '--db', DB])
  assert.equal(r.code, 0, r.stderr)
})

describe('subtext actors', () => {
  test('lists Khamenei first, with his statements from both sample articles', async () => {
    const r = await cli(actorsCommand, ['--format', 'jsonl', '--db', DB])
    assert.equal(r.code, 0, r.stderr)
    const actors = jsonl<ActorSummary>(r.stdout)
    const quotes = jsonl<QuoteRow>(
      (await cli(quotesCommand, ['--actor', 'Ali Khamenei', '--format', 'jsonl', '--db', DB])).stdout,
    )
    assert.equal(new Set(quotes.map((q) => q.articleId)).size, 2)
    const khamenei = actors[0]!
    assert.equal(khamenei.name, 'Ali Khamenei')
    assert.deepEqual(
      [khamenei.articles, khamenei.statements, khamenei.first, khamenei.last],
      [2, new Set(quotes.map((q) => `${q.articleId} ${q.statement}`)).size, '2025-01-28', '2025-02-03'],
    )
    assert.deepEqual(
      khamenei.roles.map((x) => [x.title, x.first, x.last]),
      [['Supreme Leader', '2025-01-28', '2025-02-03']],
    )
    const counts = actors.map((a) => a.statements)
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    )
  })

  test('a table by default; --limit and --offset page; csv has a header', async () => {
    const table = await cli(actorsCommand, ['--db', DB])
    const lines = table.stdout.trimEnd().split('\n')
    assert.match(
      lines[0]!,
      /^statements\s+articles\s+first\s+last\s+name\s+kind\s+role\s+camp\s+id\s+aliases$/,
    )
    assert.match(
      lines[1]!,
      /^\d+\s+2\s+2025-01-28\s+2025-02-03\s+Ali Khamenei\s+person\s+Supreme Leader\s+ali-khamenei/,
    )
    const all = jsonl<ActorSummary>((await cli(actorsCommand, ['--format', 'jsonl', '--db', DB])).stdout)
    const page = await cli(actorsCommand, ['--limit', '2', '--offset', '1', '--format', 'jsonl', '--db', DB])
    assert.deepEqual(jsonl<ActorSummary>(page.stdout), all.slice(1, 3))
    const csv = (await cli(actorsCommand, ['--format', 'csv', '--db', DB])).stdout.split('\r\n')
    assert.match(
      csv[0]!,
      /^statements,articles,first,last,name,kind,role,camp,country,affiliation,id,aliases$/,
    )
    assert.equal(csv.filter((l) => l !== '').length, all.length + 1)
  })

  test('--registry forces a merge, forbids one, and labels camps', async () => {
    const plain = jsonl<ActorSummary>((await cli(actorsCommand, ['--format', 'jsonl', '--db', DB])).stdout)
    assert.ok(plain.some((a) => a.name === 'Bob Hale'))
    assert.ok(!plain.some((a) => a.name === 'Reza Karimi'))
    const r = await cli(actorsCommand, ['--registry', REGISTRY, '--db', DB])
    assert.equal(r.code, 0, r.stderr)
    assert.match(
      r.stdout,
      /^4\s+2\s+2025-03-02\s+2025-03-09\s+Robert Hale\s+person\s+Senator\s+hawks\s+robert-hale\s+Bob Hale/m,
    )
    assert.match(
      r.stdout,
      /^1\s+1\s+2025-03-02\s+2025-03-02\s+Mohammad Reza Karimi\s+person\s+Mayor\s+government\s/m,
    )
    assert.match(
      r.stdout,
      /^1\s+1\s+2025-03-09\s+2025-03-09\s+Reza Karimi\s+person\s+Student leader\s+reza-karimi/m,
    )
    assert.doesNotMatch(r.stdout, /^\S+\s+\S+\s+\S+\s+\S+\s+Bob Hale/m)
  })

  test('bad options are usage errors; a bad registry or a missing store is reported', async () => {
    for (const argv of [['--limit=-1'], ['--format', 'xml']])
      await assert.rejects(cli(actorsCommand, [...argv, '--db', DB]), UsageError, argv.join(' '))
    await assert.rejects(
      cli(actorsCommand, ['--registry', join(dir, 'none.yaml'), '--db', DB]),
      /cannot read/,
    )
    const r = await cli(actorsCommand, ['--db', join(dir, 'nowhere.db')])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /No store at/)
  })
})

describe('subtext actor', () => {
  test('Rasaee: Hamid Rasaee, alias Rasae, his role with its date and his statements', async () => {
    const r = await cli(actorCommand, ['Rasaee', '--db', DB])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^Hamid Rasaee {2}\(person, id hamid-rasaee\)$/m)
    assert.match(r.stdout, /^Aliases: {2}Rasae$/m)
    assert.match(r.stdout, /^ {2}member of parliament\s+official\s+2025-02-03\s+1$/m)
    const report = jsonl<ActorReport>(
      (await cli(actorCommand, ['rasaee', '--format', 'jsonl', '--db', DB])).stdout,
    )[0]!
    assert.deepEqual([report.name, report.aliases], ['Hamid Rasaee', ['Rasae']])
    assert.ok(report.statements > 0)
    assert.ok(report.quotes.every((q) => q.speaker === 'Hamid Rasaee'))
  })

  test('Khamenei: roles over both dates, stances per topic, newest statements first', async () => {
    const r = await cli(actorCommand, ['Khamenei', '--limit', '100', '--format', 'jsonl', '--db', DB])
    assert.equal(r.code, 0, r.stderr)
    const report = jsonl<ActorReport>(r.stdout)[0]!
    assert.equal(report.name, 'Ali Khamenei')
    assert.equal(new Set(report.quotes.map((q) => q.articleId)).size, 2)
    assert.equal(report.quotes.length, report.quotations)
    const dates = report.quotes.map((q) => q.date ?? q.published ?? '')
    assert.deepEqual(dates, [...dates].sort().reverse())
    assert.ok(report.stances.some((s) => s.topic === 'iran-us-talks' && s.statements > 0))
    const table = await cli(actorCommand, ['Ali', 'Khamenei', '--registry', REGISTRY, '--db', DB])
    assert.match(table.stdout, /^Stances \(statements\)\n {2}iran-us-talks: /m)
    assert.match(table.stdout, /^Newest statements \(10 of \d+ quotations\)$/m)
  })

  test('with --registry the labels show; a forced merge is explained', async () => {
    const r = await cli(actorCommand, ['Bob Hale', '--registry', REGISTRY, '--db', DB])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^Robert Hale {2}\(person, id robert-hale\)$/m)
    assert.match(r.stdout, /^Labels: {3}country Freedonia · camp hawks$/m)
    assert.match(r.stdout, /^ {2}Bob Hale\s+registry\s+1\.00\s+1\s+border-defeat@/m)
    assert.match(r.stdout, /^ {2}Senator\s+official\s+2025-03-02 – 2025-03-09\s+2$/m)
  })

  test('a name that fits several actors lists them; one that fits none says so; both exit 1', async () => {
    const several = await cli(actorCommand, ['Hale', '--db', DB])
    assert.equal(several.code, 1)
    assert.equal(several.stdout, '')
    assert.match(several.stderr, /'Hale' fits 2 actors; name one by its id:/)
    assert.match(several.stderr, /^ {2}bob-hale\s+Bob Hale\s+Senator/m)
    assert.match(several.stderr, /^ {2}robert-hale\s+Robert Hale\s+Senator/m)
    const byId = await cli(actorCommand, ['bob-hale', '--format', 'jsonl', '--db', DB])
    assert.equal(jsonl<ActorReport>(byId.stdout)[0]?.name, 'Bob Hale')
    const none = await cli(actorCommand, ['Nobody Atall', '--db', DB])
    assert.equal(none.code, 1)
    assert.match(none.stderr, /no stored actor answers to 'Nobody Atall'/)
  })

  test('bad options are usage errors', async () => {
    for (const argv of [[], ['X', '--format', 'csv'], ['X', '--limit', 'ten']])
      await assert.rejects(cli(actorCommand, [...argv, '--db', DB]), UsageError, argv.join(' '))
  })
})
