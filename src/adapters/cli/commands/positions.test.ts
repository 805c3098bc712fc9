import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, test } from 'node:test'
import type { Positions } from '../../../analysis/positions.ts'
import { SAMPLE_FILES } from '../../storage/testing/documents.ts'
import type { CliIo } from '../io.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { ingestCommand } from './ingest.ts'
import { positionsCommand } from './positions.ts'

const ctx = createContext()
const dir = mkdtempSync(join(tmpdir(), 'subtext-positions-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const EXAMPLES = resolve(import.meta.dirname, '../../../../examples')

async function cli(command: typeof positionsCommand, argv: string[]) {
  const stdout = new Collector()
  const stderr = new Collector()
  const io: CliIo = { stdout, stderr, isTTY: false, env: {} }
  return { code: await command(argv, io, ctx), stdout: stdout.text, stderr: stderr.text }
}

test('positions on the samples show the Supreme Leader moving from conditional to oppose, with his quotes', async () => {
  const db = join(dir, 'samples.db')
  const ingested = await cli(ingestCommand, [
    ...SAMPLE_FILES,
    '--topics',
    join(EXAMPLES, 'topics.yaml'),
    '--db',
    db,
  ])
  assert.equal(ingested.code, 0, ingested.stderr)
  const out = await cli(positionsCommand, ['--topic', 'iran-us-talks', '--format', 'jsonl', '--db', db])
  assert.equal(out.code, 0, out.stderr)
  const p = JSON.parse(out.stdout) as Positions
  const shift = p.shifts.find((s) => s.actorName === 'Ali Khamenei')
  assert.ok(shift, `shifts: ${JSON.stringify(p.shifts.map((s) => s.actorName))}`)
  assert.deepEqual(
    [shift.from.label, shift.from.period, shift.to.label, shift.to.period],
    ['conditional', '2025-01-28', 'oppose', '2025-02-02'],
  )
  assert.ok(shift.from.statements.some((s) => s.text.startsWith('When a person knows his opponent')))
  assert.ok(shift.to.statements.some((s) => s.text.startsWith('The difference between the Iranian nation')))
  const table = await cli(positionsCommand, [
    '--topic',
    'iran-us-talks',
    '--db',
    db,
    '--registry',
    join(EXAMPLES, 'registry.yaml'),
  ])
  assert.match(table.stdout, /SHIFT {2}Ali Khamenei: conditional \(2025-01-28\) → oppose \(2025-02-02\)/)
  assert.match(table.stdout, /Ali Khamenei \(principlist\)/)
})

test('positions wants a topic', async () => {
  await assert.rejects(cli(positionsCommand, ['--db', join(dir, 'none.db')]), /expected --topic/)
})
