import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test } from 'node:test'
import { inOrder, startStubServer } from '../../llm/stub-server.ts'
import { openStore } from '../../storage/open-store.ts'
import { createContext } from '../main.ts'
import { Collector } from '../testing.ts'
import { extractCommand } from './extract.ts'
import { ingestCommand } from './ingest.ts'

const SAMPLE = resolve(import.meta.dirname, '../../../../../shared/samples/003_146a92e843f25df6.txt')
const TOPICS = resolve(import.meta.dirname, '../../../../examples/topics.yaml')

test('extract asks the configured model for stances, and keeps the rules where it fails', async () => {
  // every other request fails: half the stances come from the model, the rest fall back to the rules
  const stub = await startStubServer((_, i) =>
    i % 2 === 0
      ? { kind: 'answer', content: { about: true, label: 'support', confidence: 0.9, evidence: [] } }
      : { kind: 'content', content: 'not json' },
  )
  try {
    const stdout = new Collector()
    const stderr = new Collector()
    const env = { SUBTEXT_LLM_URL: stub.url, SUBTEXT_LLM_MODEL: 'stub-model', SUBTEXT_LLM_RETRIES: '0' }
    const code = await extractCommand(
      [SAMPLE, '--topics', TOPICS],
      { stdout, stderr, isTTY: false, env },
      createContext(),
    )
    assert.equal(code, 0, stderr.text)
    const record = JSON.parse(stdout.text) as { quotes: { stance: { method: string }[] }[] }
    const methods = record.quotes.flatMap((q) => q.stance.map((s) => s.method))
    assert.ok(stub.requests.length > 0)
    assert.ok(methods.includes('llm:stub-model@1'), JSON.stringify(methods))
    assert.ok(
      methods.some((m) => m.startsWith('lexicon@')),
      'failed pairs keep the rule stance',
    )
    assert.match(stderr.text, /LLM stance fell back to rules/)
  } finally {
    await stub.close()
  }
})

test('without the model settings extract never calls out', async () => {
  const stub = await startStubServer(inOrder({ kind: 'hang' }))
  try {
    const stdout = new Collector()
    const code = await extractCommand(
      [SAMPLE, '--topics', TOPICS],
      { stdout, stderr: new Collector(), isTTY: false, env: {} },
      createContext(),
    )
    assert.equal(code, 0)
    assert.equal(stub.requests.length, 0)
  } finally {
    await stub.close()
  }
})

test('ingest stores the model’s stances under their method, and a later rules-only ingest redoes them', async () => {
  const stub = await startStubServer((_, i) =>
    i % 2 === 0
      ? { kind: 'answer', content: { about: true, label: 'support', confidence: 0.9, evidence: [] } }
      : { kind: 'content', content: 'not json' },
  )
  const dir = await mkdtemp(join(tmpdir(), 'subtext-llm-ingest-'))
  const db = join(dir, 'store.db')
  const methods = async () => {
    const store = await openStore(db)
    try {
      const [summary] = await store.listArticles({ limit: 1 })
      const article = summary ? await store.getArticle(summary.id) : null
      return new Set(article?.stances.map((s) => s.method.replace(/@.*/, '')))
    } finally {
      await store.close()
    }
  }
  try {
    const stderr = new Collector()
    const env = { SUBTEXT_LLM_URL: stub.url, SUBTEXT_LLM_MODEL: 'stub-model', SUBTEXT_LLM_RETRIES: '0' }
    const args = [SAMPLE, '--topics', TOPICS, '--db', db]
    const io = { stdout: new Collector(), stderr, isTTY: false, env }
    assert.equal(await ingestCommand(args, io, createContext()), 0, stderr.text)
    assert.ok(stub.requests.length > 0)
    assert.match(stderr.text, /LLM stance fell back to rules/)
    assert.deepEqual(await methods(), new Set(['llm:stub-model', 'lexicon']))

    const rulesIo = { stdout: new Collector(), stderr: new Collector(), isTTY: false, env: {} }
    assert.equal(await ingestCommand(args, rulesIo, createContext()), 0)
    assert.match(rulesIo.stderr.text, /1 updated/)
    assert.deepEqual(await methods(), new Set(['lexicon']))
  } finally {
    await stub.close()
    await rm(dir, { recursive: true, force: true })
  }
})
