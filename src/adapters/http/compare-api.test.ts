import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { after, before, test } from 'node:test'
import type { Hono } from 'hono'
import type { FramingComparison } from '../../analysis/stories/index.ts'
import { ingestCommand } from '../cli/commands/ingest.ts'
import { createContext } from '../cli/main.ts'
import { Collector } from '../cli/testing.ts'
import { openStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { SAMPLE_FILES } from '../storage/testing/documents.ts'
import { createApp } from './app.ts'

const dir = mkdtempSync(join(tmpdir(), 'subtext-compare-api-'))
let store: Store
let app: Hono
before(async () => {
  // the two sample articles as JSONL, each from its own outlet; built here, never committed
  const file = join(dir, 'samples.jsonl')
  const lines = SAMPLE_FILES.map((path, i) =>
    JSON.stringify({
      id: basename(path, '.txt'),
      text: readFileSync(path, 'utf8'),
      outlet: ['Outlet A', 'Outlet B'][i],
    }),
  )
  writeFileSync(file, lines.join('\n'))
  const db = join(dir, 'store.db')
  const topics = resolve(import.meta.dirname, '../../../examples/topics.yaml')
  const stderr = new Collector()
  const io = { stdout: new Collector(), stderr, isTTY: false, env: {} }
  assert.equal(
    await ingestCommand([file, '--topics', topics, '--db', db], io, createContext()),
    0,
    stderr.text,
  )
  store = await openStore(db)
  app = createApp({ store, onServerError: () => {} })
})
after(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

test('GET /api/compare sets the outlets apart by attribution verbs and loaded terms, with sentences', async () => {
  const res = await app.request('/api/compare?outlets=Outlet%20A,Outlet%20B&topic=iran-us-talks')
  assert.equal(res.status, 200)
  const c = (await res.json()) as FramingComparison
  assert.deepEqual(c.outlets, ['Outlet A', 'Outlet B'])
  const [a, b] = c.profiles
  assert.ok(a && b)
  assert.ok(a.attribution.neutralShare < b.attribution.neutralShare, 'A uses fewer neutral verbs')
  assert.ok(a.loaded.perThousandWords > b.loaded.perThousandWords, 'A writes more loaded terms')
  const loaded = c.differences.filter((d) => d.dimension === 'loaded')
  assert.ok(loaded.length > 0)
  assert.ok(loaded.every((d) => d.evidence.every((e) => e.sentence.length > 0)))
})

test('GET /api/compare answers bad queries with problem details', async () => {
  for (const [path, status] of [
    ['/api/compare?outlets=Outlet%20A', 400],
    ['/api/compare', 400],
    ['/api/compare?outlets=A,B&topic=x&story=y', 400],
    ['/api/compare?outlets=Outlet%20A,Nowhere%20Gazette', 404],
    ['/api/compare?outlets=Outlet%20A,Outlet%20B&story=st-none', 404],
  ] as const) {
    const res = await app.request(path)
    assert.equal(res.status, status, path)
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/)
  }
})
