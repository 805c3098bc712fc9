import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FramingComparison, OutletFraming } from '../../../analysis/stories/index.ts'
import { SAMPLE_FILES } from '../../storage/testing/documents.ts'
import type { CliIo } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { compareCommand } from './compare.ts'
import { ingestCommand } from './ingest.ts'
import { type StoryRow, storiesCommand } from './stories.ts'

const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-compare-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const DB = join(dir, 'samples.db')
const EXAMPLES = resolve(import.meta.dirname, '../../../../examples')

async function cli(argv: string[], command = compareCommand) {
  const stdout = new Collector()
  const stderr = new Collector()
  const io: CliIo = { stdout, stderr, isTTY: false, env: {} }
  return { code: await command(argv, io, ctx), stdout: stdout.text, stderr: stderr.text }
}

before(async () => {
  // the two sample articles as JSONL, each from its own outlet; built here, never committed
  const file = join(dir, 'samples.jsonl')
  const outlets = ['Outlet A', 'Outlet B']
  const lines = SAMPLE_FILES.map((path, i) =>
    JSON.stringify({ id: basename(path, '.txt'), text: readFileSync(path, 'utf8'), outlet: outlets[i] }),
  )
  writeFileSync(file, lines.join('\n'))
  const stdout = new Collector()
  const stderr = new Collector()
  const io: CliIo = { stdout, stderr, isTTY: false, env: {} }
  const code = await ingestCommand([file, '--topics', join(EXAMPLES, 'topics.yaml'), '--db', DB], io, ctx)
  assert.equal(code, 0, stderr.text)
})

const profile = (c: FramingComparison, outlet: string): OutletFraming =>
  c.profiles.find((p) => p.outlet === outlet)!
const ownTerms = (p: OutletFraming) => p.loaded.terms.filter((t) => t.ownVoice > 0).map((t) => t.term)

describe('subtext compare on the samples', () => {
  test('the attribution verbs and loaded terms that set the two outlets apart, with the sentences', async () => {
    const out = await cli([
      '--outlets',
      'Outlet A,Outlet B',
      '--topic',
      'iran-us-talks',
      '--db',
      DB,
      '--format',
      'jsonl',
    ])
    assert.equal(out.code, 0, out.stderr)
    const c = JSON.parse(out.stdout) as FramingComparison
    const [a, b] = [profile(c, 'Outlet A'), profile(c, 'Outlet B')]
    assert.deepEqual([a.articles, b.articles], [1, 1])
    // one reports with marked verbs, the other mostly with "said"
    assert.ok(
      a.attribution.neutralShare < 0.3 && b.attribution.neutralShare > 0.7,
      `${a.attribution.neutralShare} ${b.attribution.neutralShare}`,
    )
    const declared = c.differences.find((d) => d.dimension === 'attribution' && d.item === 'declared')
    assert.deepEqual(declared?.figures, { 'Outlet A': 1, 'Outlet B': 0 })
    assert.match(declared?.evidence[0]?.sentence ?? '', /declared Supreme Leader Ali Khamenei/)
    // loaded terms in each outlet's own voice
    for (const term of ['regime', 'dictatorship*', 'desperat*', 'duplicity'])
      assert.ok(ownTerms(a).includes(term), term)
    for (const term of ['cryptic', 'tacit*']) assert.ok(ownTerms(b).includes(term), term)
    assert.ok(!ownTerms(b).includes('regime'), 'B says "regime" only inside quotations')
    const regime = c.differences.find((d) => d.dimension === 'loaded' && d.item === 'regime')
    assert.equal(regime?.figures['Outlet B'], 0)
    assert.match(regime?.evidence[0]?.sentence ?? '', /regime/)
    const cryptic = c.differences.find((d) => d.dimension === 'loaded' && d.item === 'cryptic')
    assert.match(cryptic?.evidence[0]?.sentence ?? '', /in cryptic remarks/)
    assert.ok(a.loaded.perThousandWords > 3 * b.loaded.perThousandWords)
  })

  test('the table puts the figures side by side, then the differences with their sentences', async () => {
    const out = await cli(['--outlets', 'outlet a,outlet b', '--db', DB])
    assert.equal(out.code, 0, out.stderr)
    assert.match(out.stdout, /^Framing: outlet a vs outlet b — all their articles/)
    assert.match(out.stdout, /neutral verbs \("said"\) +\d+% +\d+%/)
    assert.match(out.stdout, /Attribution verbs/)
    assert.match(
      out.stdout,
      /\n {2}declared +outlet a 1 {2}· {2}outlet b 0\n {6}Outlet A: .*declared Supreme Leader/,
    )
    assert.match(out.stdout, /Loaded terms in the outlet’s own voice/)
    assert.match(out.stdout, /\n {2}cryptic +outlet a 0 {2}· {2}outlet b 1\n {6}Outlet B: .*cryptic remarks/)
    assert.match(
      out.stdout,
      /Headlines \(what they name first\)\n {2}outlet b: Khamenei urges diplomatic vigilance/,
    )
    assert.match(out.stdout, /Over time/)
  })

  test('an outlet with no articles is reported; bad options are usage errors', async () => {
    const none = await cli(['--outlets', 'Outlet A,Outlet Z', '--db', DB])
    assert.equal(none.code, 1)
    assert.match(none.stderr, /no articles from Outlet Z/)
    await assert.rejects(cli(['--outlets', 'Outlet A', '--db', DB]), /two or more names/)
    await assert.rejects(
      cli(['--outlets', 'A,B', '--topic', 't', '--story', 's', '--db', DB]),
      /--topic or --story, not both/,
    )
    const lexicon = join(dir, 'bad.yaml')
    writeFileSync(lexicon, 'loaded: [regime]')
    await assert.rejects(
      cli(['--outlets', 'A,B', '--lexicon', lexicon, '--db', DB]),
      /loaded: expected a mapping/,
    )
  })

  test('an edited lexicon changes what is counted', async () => {
    const lexicon = join(dir, 'mine.yaml')
    writeFileSync(lexicon, 'attribution:\n  neutral: [said, declared]\nloaded:\n  mine: [smiles]\n')
    const out = await cli([
      '--outlets',
      'Outlet A,Outlet B',
      '--lexicon',
      lexicon,
      '--db',
      DB,
      '--format',
      'jsonl',
    ])
    const c = JSON.parse(out.stdout) as FramingComparison
    assert.equal(
      profile(c, 'Outlet A').attribution.verbs.find((v) => v.verb === 'declared')?.class,
      'neutral',
    )
    assert.deepEqual(
      profile(c, 'Outlet B').loaded.terms.map((t) => t.term),
      ['smiles'],
    )
  })

  test('with a registry, voices are also shared out by camp', async () => {
    const registry = join(EXAMPLES, 'registry.yaml')
    const out = await cli([
      '--outlets',
      'Outlet A,Outlet B',
      '--registry',
      registry,
      '--db',
      DB,
      '--format',
      'jsonl',
    ])
    const c = JSON.parse(out.stdout) as FramingComparison
    const camps = profile(c, 'Outlet B').camps
    assert.ok(
      camps.some((x) => x.camp !== 'unknown' && x.share > 0.5),
      JSON.stringify(camps),
    )
    assert.ok(c.differences.some((d) => d.dimension === 'camps'))
  })
})

test('stories --topic keeps the stories with a statement on the topic', async () => {
  const on = await cli(['--db', DB, '--format', 'jsonl', '--topic', 'iran-us-talks'], storiesCommand)
  assert.equal(on.stdout.trim().split('\n').length, 2)
  const rows = on.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as StoryRow)
  assert.ok(rows.every((r) => r.topics.includes('iran-us-talks')))
  const off = await cli(['--db', DB, '--format', 'jsonl', '--topic', 'no-such-topic'], storiesCommand)
  assert.equal(off.stdout, '')
})
