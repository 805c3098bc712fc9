import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Collector } from '../testing.ts'
import { createProgress, INGEST_PROGRESS, type IngestTally } from './ingest-progress.ts'

/** A captured stream; `isTTY` makes it pass for a terminal, as cli-progress asks of its stream. */
const tally = (added: number): IngestTally => ({ added, updated: 0, unchanged: 0, failed: 0, quotes: 0 })

test('without a terminal: a plain line every N articles', () => {
  const out = new Collector()
  const p = createProgress({ stdout: out, stderr: out, isTTY: false }, INGEST_PROGRESS, { every: 2 })
  for (let added = 1; added <= 5; added++) p.tick(tally(added))
  p.end()
  assert.deepEqual(out.text.split('\n').filter(Boolean), [
    'subtext ingest: 2 article(s) so far: 2 added, 0 updated, 0 unchanged, 0 failed',
    'subtext ingest: 4 article(s) so far: 4 added, 0 updated, 0 unchanged, 0 failed',
  ])
})

test('on a terminal: a cli-progress line redrawn in place, cleared at the end', () => {
  const tty = new Collector(true)
  const p = createProgress({ stdout: tty, stderr: tty, isTTY: true }, INGEST_PROGRESS)
  for (let added = 1; added <= 5; added++) p.tick(tally(added))
  p.interrupt()
  tty.write('a.txt:1:1  error …\n')
  p.tick(tally(6))
  p.end()
  const lines = tty.text.split('\n')
  assert.equal(lines.length, 2, 'only the interrupting message ends a line')
  assert.match(lines[0]!, /ingest: 0 article\(s\) \| starting/)
  assert.match(lines[1]!, /ingest: 6 article\(s\) \| 6 added, 0 updated, 0 unchanged, 0 failed \| [\d.]+\/s/)
  assert.ok(lines[1]!.endsWith('\x1b[0K') || lines[1]!.endsWith('\x1b[2K'), 'the bar is cleared at the end')
})

test('on a terminal with a known total: a bar with the share done', () => {
  const tty = new Collector(true)
  const spec = { label: 'reanalyze', count: (n: number) => n, describe: (n: number) => `${n} done`, total: 4 }
  const p = createProgress({ stdout: tty, stderr: tty, isTTY: true }, spec)
  for (let n = 1; n <= 2; n++) p.tick(n)
  p.end()
  assert.match(tty.text, /reanalyze \[[^\]]+\] 50% 2\/4 \| 2 done/)
})

test('a terminal that stderr is not: nothing is drawn on it', () => {
  const notTty = new Collector(false)
  const p = createProgress({ stdout: notTty, stderr: notTty, isTTY: true }, INGEST_PROGRESS)
  p.tick(tally(1))
  p.end()
  assert.equal(notTty.text, '')
})
