import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { createChatClient } from './client.ts'
import type { LlmConfig } from './config.ts'
import { LlmHttpError, LlmNetworkError, LlmResponseError, LlmTimeoutError } from './errors.ts'
import type { JsonSchema } from './json-schema.ts'
import { inOrder, type StubReply, type StubServer, startStubServer } from './stub-server.ts'

const schema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['ok'],
  properties: { ok: { type: 'boolean' } },
}
const format = { name: 'probe', schema }
const messages = [{ role: 'user', content: 'Are you there?' }] as const
const ok: StubReply = { kind: 'answer', content: { ok: true } }

const servers: StubServer[] = []
after(() => Promise.all(servers.map((s) => s.close())))

/** A stub with the given replies, and a client for it whose sleeps are recorded, not waited. */
async function setup(replies: StubReply[], config: Partial<LlmConfig> = {}) {
  const stub = await startStubServer(inOrder(...replies))
  servers.push(stub)
  const sleeps: number[] = []
  const client = createChatClient(
    { url: stub.url, model: 'stub-model', timeoutMs: 2000, retries: 2, ...config },
    fetch,
    {
      sleep: async (ms) => void sleeps.push(ms),
    },
  )
  return { stub, client, sleeps }
}

describe('createChatClient', () => {
  test('posts a strict json_schema request at temperature 0 and returns the parsed content', async () => {
    const { stub, client } = await setup([ok])
    assert.deepEqual(await client.complete(messages, format), { ok: true })
    const [req] = stub.requests
    assert.equal(req?.path, '/v1/chat/completions')
    assert.deepEqual(req?.body, {
      model: 'stub-model',
      messages,
      temperature: 0,
      stream: false,
      response_format: { type: 'json_schema', json_schema: { name: 'probe', strict: true, schema } },
    })
    assert.equal(req?.headers.authorization, undefined, 'no key, no Authorization header')
  })

  test('sends Authorization: Bearer when a key is set', async () => {
    const { stub, client } = await setup([ok], { key: 'sk-local-123' })
    await client.complete(messages, format)
    assert.equal(stub.requests[0]?.headers.authorization, 'Bearer sk-local-123')
  })

  test('500 then 200: succeeds on the retry after 250 ms of backoff', async () => {
    const { stub, client, sleeps } = await setup([{ kind: 'status', status: 500 }, ok])
    assert.deepEqual(await client.complete(messages, format), { ok: true })
    assert.equal(stub.requests.length, 2)
    assert.deepEqual(sleeps, [250])
  })

  test('429 twice then 200: backoff doubles', async () => {
    const busy: StubReply = { kind: 'status', status: 429 }
    const { stub, client, sleeps } = await setup([busy, busy, ok])
    assert.deepEqual(await client.complete(messages, format), { ok: true })
    assert.equal(stub.requests.length, 3)
    assert.deepEqual(sleeps, [250, 500])
  })

  test('5xx on every attempt: 1 + retries requests, then LlmHttpError with the status', async () => {
    const { stub, client } = await setup([{ kind: 'status', status: 503 }])
    await assert.rejects(
      client.complete(messages, format),
      (e) => e instanceof LlmHttpError && e.status === 503,
    )
    assert.equal(stub.requests.length, 3)
  })

  test('4xx is not retried', async () => {
    const { stub, client, sleeps } = await setup([
      { kind: 'status', status: 400, body: '{"error":"bad"}' },
      ok,
    ])
    await assert.rejects(
      client.complete(messages, format),
      (e) => e instanceof LlmHttpError && e.status === 400,
    )
    assert.equal(stub.requests.length, 1)
    assert.deepEqual(sleeps, [])
  })

  test('a hanging server times out, is retried, then gives LlmTimeoutError', async () => {
    const { stub, client, sleeps } = await setup([{ kind: 'hang' }], { timeoutMs: 200, retries: 1 })
    const started = Date.now()
    await assert.rejects(client.complete(messages, format), LlmTimeoutError)
    assert.equal(stub.requests.length, 2)
    assert.deepEqual(sleeps, [250])
    assert.ok(Date.now() - started < 2000, 'gave up after about two timeouts')
  })

  test('content that is not JSON, or a body with no choices: LlmResponseError, no retry', async () => {
    for (const reply of [
      { kind: 'content', content: 'Sure! Here is the JSON: {ok: yes}' },
      { kind: 'status', status: 200, body: '{"object":"chat.completion","choices":[]}' },
      { kind: 'status', status: 200, body: '<html>proxy error</html>' },
    ] satisfies StubReply[]) {
      const { stub, client } = await setup([reply, ok])
      await assert.rejects(client.complete(messages, format), LlmResponseError)
      assert.equal(stub.requests.length, 1, reply.kind)
    }
  })

  test('nobody listening: retried, then LlmNetworkError', async () => {
    const { stub } = await setup([ok])
    await stub.close()
    const sleeps: number[] = []
    const client = createChatClient({ url: stub.url, model: 'm', timeoutMs: 2000, retries: 2 }, fetch, {
      sleep: async (ms) => void sleeps.push(ms),
    })
    await assert.rejects(client.complete(messages, format), LlmNetworkError)
    assert.deepEqual(sleeps, [250, 500])
  })
})
