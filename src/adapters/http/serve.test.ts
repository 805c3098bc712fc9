import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { UsageError } from '../cli/io.ts'
import { Collector } from '../cli/testing.ts'
import { openStore } from '../storage/open-store.ts'
import { isLoopback, serveUntil } from './serve.ts'

const io = (env: Record<string, string> = {}) => ({
  stdout: new Collector(),
  stderr: new Collector(),
  isTTY: false,
  env,
})
const dir = mkdtempSync(join(tmpdir(), 'subtext-serve-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe('subtext serve', () => {
  test('loopback hosts are told apart from the rest', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) assert.ok(isLoopback(h), h)
    for (const h of ['0.0.0.0', '::', '192.168.1.2', 'example.org']) assert.ok(!isLoopback(h), h)
  })

  test('refuses a non-loopback host without SUBTEXT_TOKEN', async () => {
    await assert.rejects(serveUntil(['--host', '0.0.0.0'], io(), AbortSignal.abort()), (e: Error) => {
      assert.ok(e instanceof UsageError)
      assert.match(e.message, /refusing to listen on 0\.0\.0\.0 without a token: set SUBTEXT_TOKEN/)
      return true
    })
    await assert.rejects(serveUntil(['--port', 'x'], io(), AbortSignal.abort()), /--port/)
  })

  test('serves on loopback, prints the URL, and requires the token when one is set', async () => {
    const db = join(dir, 'serve.db')
    await (await openStore(db)).close()
    const stop = new AbortController()
    const out = io({ SUBTEXT_TOKEN: 'tok' })
    const running = serveUntil(['--db', db, '--port', '0'], out, stop.signal)
    for (let i = 0; i < 100 && !out.stdout.text.includes('http://'); i++)
      await new Promise((r) => setTimeout(r, 20))
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out.stdout.text)?.[0]
    assert.ok(url, out.stdout.text + out.stderr.text)
    assert.equal((await fetch(`${url}/api/stats`)).status, 401)
    const ok = await fetch(`${url}/api/stats`, { headers: { authorization: 'Bearer tok' } })
    assert.equal(ok.status, 200)
    assert.equal(((await ok.json()) as { articles: number }).articles, 0)
    stop.abort()
    assert.equal(await running, 0)
  })

  test('reports a missing database instead of creating one', async () => {
    const out = io()
    assert.equal(await serveUntil(['--db', join(dir, 'missing.db')], out, AbortSignal.abort()), 1)
    assert.match(out.stderr.text, /cannot open/)
  })
})
