import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { llmConfigFrom } from './config.ts'
import { LlmConfigError } from './errors.ts'

const base = { SUBTEXT_LLM_URL: 'http://127.0.0.1:8080/v1/', SUBTEXT_LLM_MODEL: 'qwen2.5-7b-instruct' }

describe('llmConfigFrom', () => {
  test('null when neither URL nor model is set (blank counts as unset)', () => {
    assert.equal(llmConfigFrom({}), null)
    assert.equal(llmConfigFrom({ SUBTEXT_LLM_URL: '', SUBTEXT_LLM_MODEL: '  ', SUBTEXT_LLM_KEY: 'k' }), null)
  })

  test('defaults, trailing slash dropped, key only when set', () => {
    assert.deepEqual(llmConfigFrom(base), {
      url: 'http://127.0.0.1:8080/v1',
      model: 'qwen2.5-7b-instruct',
      timeoutMs: 20000,
      retries: 2,
    })
    const full = {
      ...base,
      SUBTEXT_LLM_KEY: 'sk-1',
      SUBTEXT_LLM_TIMEOUT_MS: '500',
      SUBTEXT_LLM_RETRIES: '0',
      SUBTEXT_LLM_CACHE: '.subtext/llm.json',
    }
    assert.deepEqual(llmConfigFrom(full), {
      url: 'http://127.0.0.1:8080/v1',
      model: 'qwen2.5-7b-instruct',
      key: 'sk-1',
      timeoutMs: 500,
      retries: 0,
      cache: '.subtext/llm.json',
    })
  })

  test('overrides win over the environment', () => {
    const c = llmConfigFrom(base, { model: 'llama3.1:8b', timeoutMs: 200, url: 'http://localhost:11434/v1' })
    assert.equal(c?.model, 'llama3.1:8b')
    assert.equal(c?.timeoutMs, 200)
    assert.equal(c?.url, 'http://localhost:11434/v1')
  })

  const bad: [Record<string, string>, string][] = [
    [{ SUBTEXT_LLM_URL: 'localhost:8080' }, 'SUBTEXT_LLM_URL'],
    [{ SUBTEXT_LLM_URL: 'ftp://host/v1' }, 'SUBTEXT_LLM_URL'],
    [{ SUBTEXT_LLM_TIMEOUT_MS: 'soon' }, 'SUBTEXT_LLM_TIMEOUT_MS'],
    [{ SUBTEXT_LLM_TIMEOUT_MS: '0' }, 'SUBTEXT_LLM_TIMEOUT_MS'],
    [{ SUBTEXT_LLM_TIMEOUT_MS: '1.5' }, 'SUBTEXT_LLM_TIMEOUT_MS'],
    [{ SUBTEXT_LLM_RETRIES: '-1' }, 'SUBTEXT_LLM_RETRIES'],
    [{ SUBTEXT_LLM_RETRIES: '99' }, 'SUBTEXT_LLM_RETRIES'],
    [{ SUBTEXT_LLM_MODEL: '' }, 'SUBTEXT_LLM_MODEL'],
  ]
  for (const [env, variable] of bad) {
    test(`${JSON.stringify(env)} → error naming ${variable}`, () => {
      assert.throws(
        () => llmConfigFrom({ ...base, ...env }),
        (e) => e instanceof LlmConfigError && e.message.includes(variable),
      )
    })
  }

  test('a URL without a model (or the reverse) is an error, not a silent off', () => {
    assert.throws(() => llmConfigFrom({ SUBTEXT_LLM_URL: base.SUBTEXT_LLM_URL }), /SUBTEXT_LLM_MODEL/)
    assert.throws(() => llmConfigFrom({ SUBTEXT_LLM_MODEL: 'm' }), /SUBTEXT_LLM_URL/)
  })

  test('a bad override names the override', () => {
    assert.throws(() => llmConfigFrom(base, { retries: 'many' }), /expected retries to be an integer/)
  })
})
