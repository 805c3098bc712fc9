import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { Writable } from 'node:stream'
import { test } from 'node:test'
import { inOrder, startStubServer } from '../../llm/stub-server.ts'
import { createContext } from '../main.ts'
import { extractCommand } from './extract.ts'

class Collector extends Writable {
  text = ''
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

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
