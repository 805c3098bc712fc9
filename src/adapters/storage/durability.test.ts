import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { after, test } from 'node:test'
import SqliteDatabase from 'better-sqlite3'
import { createGenerator } from '../../../scripts/corpus/article.ts'
import { analyze } from '../../pipeline.ts'
import { createContext } from '../cli/main.ts'
import { storedArticleId } from './store.ts'
import { toRawArticle } from './testing/ingest-child.ts'

const ROOT = resolve(import.meta.dirname, '../../..')
const CHILD = resolve(import.meta.dirname, 'testing/ingest-child.ts')
const COUNT = 120
const SEED = 'durability'
const dir = mkdtempSync(join(tmpdir(), 'subtext-durability-'))
const db = join(dir, 'store.db')
after(() => rmSync(dir, { recursive: true, force: true }))

interface ChildRun {
  readonly lines: string[]
  readonly signal: NodeJS.Signals | null
  readonly code: number | null
  readonly stderr: string
}

/**
 * Runs the ingest child; with `killAt`, SIGKILLs it as soon as it announces that many saves, so
 * the signal lands while the save's transaction is running (or just before it).
 */
function ingest(killAt?: number): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, String(COUNT), SEED], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  let saving = 0
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line)
    if (line.startsWith('saving ') && ++saving === killAt) child.kill('SIGKILL')
  })
  return new Promise((done) => child.on('close', (code, signal) => done({ lines, signal, code, stderr })))
}

/** Opens the file as SQLite alone would after a crash, and checks it is whole and consistent. */
function checkConsistent(): Map<string, string[]> {
  const raw = new SqliteDatabase(db)
  try {
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok')
    raw.exec(`INSERT INTO search_fts(search_fts) VALUES ('integrity-check')`)
    const partial = raw
      .prepare(`SELECT a.id FROM articles a WHERE a.quote_count <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
        OR a.quote_count + 1 <> (SELECT count(*) FROM fts_rows f WHERE f.article_id = a.id)`)
      .all()
    assert.deepEqual(partial, [], 'no article is missing quotes or search rows')
    const orphans = raw.prepare(
      'SELECT count(*) AS n FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)',
    )
    assert.equal((orphans.get() as { n: number }).n, 0)
    const quotes = new Map<string, string[]>()
    const rows = raw.prepare('SELECT article_id, quote_id FROM quotes ORDER BY article_id, seq').all() as {
      article_id: string
      quote_id: string
    }[]
    for (const id of (raw.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id))
      quotes.set(id, [])
    for (const r of rows) quotes.get(r.article_id)?.push(r.quote_id)
    return quotes
  } finally {
    raw.close()
  }
}

test('kill -9 mid-ingest leaves a consistent store, and re-running completes it without duplicates', {
  timeout: 240_000,
}, async (t) => {
  let stored = 0
  for (const killAt of [15, 45]) {
    const run = await ingest(killAt)
    assert.equal(run.signal, 'SIGKILL', `the child was killed (stderr: ${run.stderr})`)
    const quotes = checkConsistent()
    const reported = run.lines.filter((l) => l.startsWith('saved ')).length
    assert.ok(quotes.size >= Math.max(stored, reported), 'nothing reported saved is lost')
    assert.ok(quotes.size < COUNT, 'killed before the end')
    stored = quotes.size
    t.diagnostic(`killed during save ${killAt}: ${reported} reported saved, ${stored} stored, all consistent`)
  }

  const final = await ingest()
  assert.equal(final.code, 0, final.stderr)
  const done = JSON.parse(final.lines.at(-1)?.replace(/^done /, '') ?? '{}')
  assert.deepEqual(done, { added: COUNT - stored, updated: 0, unchanged: stored })

  // Every article is there once, with exactly the quotes a fresh analysis finds.
  const quotes = checkConsistent()
  const generator = createGenerator(SEED)
  const ctx = createContext()
  assert.equal(quotes.size, COUNT)
  for (let i = 0; i < COUNT; i++) {
    const doc = analyze(toRawArticle(generator.article(i)), ctx)
    assert.deepEqual(
      quotes.get(storedArticleId(doc)),
      doc.quotes.map((q) => q.id as string),
      doc.id,
    )
  }
})
