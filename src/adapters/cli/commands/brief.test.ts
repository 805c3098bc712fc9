import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { parseHTML } from 'linkedom'
import { SAMPLE_FILES } from '../../storage/testing/documents.ts'
import type { CliIo } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { briefCommand } from './brief.ts'
import { ingestCommand } from './ingest.ts'

const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-brief-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const EXAMPLES = resolve(import.meta.dirname, '../../../../examples')
const TOPICS = join(EXAMPLES, 'topics.yaml')
const SAMPLES_DB = join(dir, 'samples.db')

async function cli(command: typeof briefCommand, argv: string[]) {
  const stdout = new Collector()
  const stderr = new Collector()
  const io: CliIo = { stdout, stderr, isTTY: false, env: {} }
  return { code: await command(argv, io, ctx), stdout: stdout.text, stderr: stderr.text }
}

/** The part of a Markdown brief from a heading to the next heading of the same level. */
const section = (md: string, heading: string): string => {
  const start = md.indexOf(`\n${heading}\n`)
  assert.ok(start >= 0, `no section ${heading}`)
  const level = heading.replace(/ .*/, '')
  const next = md.indexOf(`\n${level} `, start + heading.length + 1)
  return md.slice(start, next < 0 ? undefined : next)
}

before(async () => {
  const ingested = await cli(ingestCommand, [...SAMPLE_FILES, '--topics', TOPICS, '--db', SAMPLES_DB])
  assert.equal(ingested.code, 0, ingested.stderr)
})

describe('subtext brief on the samples', () => {
  test("shows the Supreme Leader's shift from conditional to oppose with the quotes, each cited", async () => {
    const out = await cli(briefCommand, [
      '--topic',
      'iran-us-talks',
      '--db',
      SAMPLES_DB,
      '--registry',
      join(EXAMPLES, 'registry.yaml'),
      '--topics',
      TOPICS,
    ])
    assert.equal(out.code, 0, out.stderr)
    const md = out.stdout
    assert.match(md, /^# Brief: Negotiations between Iran and the United States$/m)
    assert.match(md, /^- \*\*2\*\* article\(s\) from \*\*0\*\* named outlet\(s\)$/m)
    assert.match(
      md,
      /^\| Ali Khamenei \(principlist\) \| 5 \| conditional \(2025-01, 4\) → oppose \(2025-02, 1\) \|$/m,
    )
    const shift = section(md, '### Ali Khamenei: conditional → oppose')
    const [before, after] = shift.split('After, oppose (2025-02):')
    assert.match(
      before!,
      /^- \*conditional\*: “When a person knows his opponent, he may make a deal.*” — outlet unknown, 2025-01-28, `[^`]*003_146a92e843f25df6\.txt`$/m,
    )
    assert.match(
      after!,
      /^- \*oppose\* \(said 2025-02-02\): “The difference between the Iranian nation.*Death to America!” — outlet unknown, 2025-02-03, `[^`]*000_17930391241d76a3\.txt`$/m,
    )
    const statements = section(md, '## Statements by actor')
    assert.match(statements, /^### Ali Khamenei \(principlist\)$/m)
    assert.match(statements, /^### Hossein Safdari$/m)
  })

  test('--since leaves out what was said before, and with it the shift', async () => {
    const out = await cli(briefCommand, [
      '--topic',
      'iran-us-talks',
      '--db',
      SAMPLES_DB,
      '--since',
      '2025-02-01',
    ])
    assert.equal(out.code, 0, out.stderr)
    assert.match(out.stdout, /Statements from 2025-02-01 to the end\./)
    assert.doesNotMatch(out.stdout, /## Shifts/)
    assert.doesNotMatch(out.stdout, /2025-01-28/)
  })

  test('--format html --out writes one standalone page', async () => {
    const file = join(dir, 'brief.html')
    const out = await cli(briefCommand, [
      '--topic',
      'iran-us-talks',
      '--db',
      SAMPLES_DB,
      '--format',
      'html',
      '--by',
      'day',
      '--out',
      file,
    ])
    assert.equal(out.code, 0, out.stderr)
    assert.equal(out.stdout, '')
    assert.match(out.stderr, /18 statement\(s\) written to .*brief\.html/)
    const { document } = parseHTML(readFileSync(file, 'utf8'))
    const shift = [...document.querySelectorAll('h3')].find((h) => h.textContent?.startsWith('Ali Khamenei:'))
    assert.equal(shift?.textContent, 'Ali Khamenei: conditional→oppose')
    assert.ok(document.body.textContent?.includes('conditional 2025-01-28, 4→oppose 2025-02-02, 1'))
    assert.equal(document.querySelectorAll('script, link, img').length, 0)
  })
})

describe('subtext brief on a hostile article', () => {
  test('markup in the text, outlet, title and URL reaches the page only as text', async () => {
    // A passage written for this test, not taken from any article.
    const record = {
      id: 'hostile',
      url: 'https://news.example.org/talks?x="><script>alert(3)</script>',
      outlet: 'Evil <script>alert(1)</script> Times',
      title: 'Talks row " onmouseover="alert(1)',
      published: '2025-03-10',
      text: 'Talks row <script>alert(1)</script>\n\nForeign Minister Abbas Araghchi said on Monday that Iran would not negotiate with Washington under pressure. "We reject talks with America <script>alert(1)</script> under threat" onmouseover="alert(1)," Araghchi told reporters in Tehran.',
    }
    const input = join(dir, 'hostile.jsonl')
    writeFileSync(input, `${JSON.stringify(record)}\n`)
    const db = join(dir, 'hostile.db')
    assert.equal((await cli(ingestCommand, [input, '--topics', TOPICS, '--db', db])).code, 0)
    const out = await cli(briefCommand, ['--topic', 'iran-us-talks', '--db', db, '--format', 'html'])
    assert.equal(out.code, 0, out.stderr)
    const { document } = parseHTML(out.stdout)
    assert.equal(document.querySelectorAll('script, img').length, 0)
    for (const el of document.querySelectorAll('*'))
      for (const attr of el.attributes) assert.doesNotMatch(attr.name, /^on/i)
    const links = [...document.querySelectorAll('a')]
    assert.ok(links.length > 0)
    for (const a of links) {
      assert.equal(a.getAttribute('href'), record.url)
      assert.equal(a.textContent, record.title)
    }
    assert.ok(
      document.body.textContent?.includes(
        'We reject talks with America <script>alert(1)</script> under threat',
      ),
    )
    assert.ok(document.body.textContent?.includes(`— ${record.outlet}, 2025-03-10`))
  })
})

describe('subtext brief options', () => {
  test('bad command lines are usage errors; a missing store is reported', async () => {
    await assert.rejects(cli(briefCommand, ['--db', SAMPLES_DB]), /brief: expected --topic ID/)
    await assert.rejects(
      cli(briefCommand, ['--topic', 't', '--db', SAMPLES_DB, '--format', 'pdf']),
      /expected --format to be md, html, found pdf/,
    )
    await assert.rejects(
      cli(briefCommand, [
        '--topic',
        't',
        '--db',
        SAMPLES_DB,
        '--since',
        '2025-03-01',
        '--until',
        '2025-02-01',
      ]),
      /expected --since 2025-03-01 to be on or before --until 2025-02-01/,
    )
    await assert.rejects(cli(briefCommand, ['--topic', 't', '--since', '2025-02-30']), /YYYY-MM-DD/)
    const missing = await cli(briefCommand, ['--topic', 't', '--db', join(dir, 'none.db')])
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /subtext brief: /)
  })

  test('a topic nobody spoke on gives a short brief', async () => {
    const out = await cli(briefCommand, ['--topic', 'no-such-topic', '--db', SAMPLES_DB])
    assert.equal(out.code, 0)
    assert.match(out.stdout, /No statements on this topic\./)
    assert.match(out.stdout, /Said on no known date/)
  })
})
