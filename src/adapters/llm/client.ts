import type { LlmConfig } from './config.ts'
import { LlmError, LlmHttpError, LlmNetworkError, LlmResponseError, LlmTimeoutError } from './errors.ts'
import type { JsonSchema } from './json-schema.ts'

/** One message of a chat completion request. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant'
  readonly content: string
}

/** The structured output asked for: `response_format.json_schema` of the OpenAI protocol. */
export interface JsonSchemaFormat {
  /** Letters, digits, `_` and `-` (the protocol's rule). */
  readonly name: string
  readonly schema: JsonSchema
}

/** A chat API that answers with JSON of a given schema. Structural, so tests may pass their own. */
export interface ChatClient {
  /** The parsed JSON of the first choice's content; not yet checked against the schema. */
  complete(messages: readonly ChatMessage[], format: JsonSchemaFormat): Promise<unknown>
}

/** The part of `fetch` the client uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

/** Knobs for tests: a fake `sleep` keeps retries instant, and records the backoff. */
export interface ChatClientOptions {
  readonly sleep?: (ms: number) => Promise<void>
  /** Backoff before retry n (0-based) is `backoffMs × 2^n`; no jitter, so runs are reproducible. */
  readonly backoffMs?: number
}

const DEFAULT_BACKOFF_MS = 250
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Worth another attempt: the server may recover (overload, restart) or the network may. */
const isTransient = (error: unknown): boolean =>
  error instanceof LlmTimeoutError ||
  error instanceof LlmNetworkError ||
  (error instanceof LlmHttpError && (error.status === 429 || error.status >= 500))

function requestBody(model: string, messages: readonly ChatMessage[], format: JsonSchemaFormat) {
  return JSON.stringify({
    model,
    messages,
    temperature: 0,
    stream: false,
    response_format: {
      type: 'json_schema',
      json_schema: { name: format.name, strict: true, schema: format.schema },
    },
  })
}

/** The JSON inside `choices[0].message.content` of a chat completion body. */
export function parseCompletion(body: string): unknown {
  let envelope: unknown
  try {
    envelope = JSON.parse(body)
  } catch {
    throw new LlmResponseError(`llm: the response body is not JSON: ${snippet(body)}`)
  }
  const choice = (envelope as { choices?: unknown } | null)?.choices
  const content = Array.isArray(choice)
    ? (choice[0] as { message?: { content?: unknown } } | undefined)?.message?.content
    : undefined
  if (typeof content !== 'string')
    throw new LlmResponseError(`llm: expected choices[0].message.content to be a string: ${snippet(body)}`)
  try {
    return JSON.parse(content)
  } catch {
    throw new LlmResponseError(`llm: the message content is not JSON: ${snippet(content)}`)
  }
}

const snippet = (s: string) => JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s)

/** One attempt: POST, with the whole exchange (headers and body) under the timeout. */
async function attempt(config: LlmConfig, fetchImpl: FetchLike, body: string): Promise<unknown> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), config.timeoutMs)
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (config.key) headers.authorization = `Bearer ${config.key}`
  try {
    const response = await fetchImpl(`${config.url}/chat/completions`, {
      method: 'POST',
      headers,
      body,
      signal: controller.signal,
    })
    const text = await response.text()
    if (!response.ok)
      throw new LlmHttpError(
        response.status,
        `llm: HTTP ${response.status} from ${config.url}: ${snippet(text)}`,
      )
    return parseCompletion(text)
  } catch (error) {
    if (error instanceof LlmError) throw error
    if (controller.signal.aborted)
      throw new LlmTimeoutError(`llm: no answer from ${config.url} within ${config.timeoutMs} ms`)
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
    throw new LlmNetworkError(`llm: cannot reach ${config.url} (${cause})`, { cause: error })
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A client for `POST {url}/chat/completions` of an OpenAI-compatible API (OpenAI, llama.cpp's
 * server, Ollama, vLLM), asking for strict JSON-schema output at temperature 0. Each attempt has
 * `config.timeoutMs`; network errors, timeouts, 429 and 5xx are retried `config.retries` times with
 * backoff 250 ms × 2^n; other 4xx and malformed answers are not. Throws LlmTimeoutError,
 * LlmNetworkError, LlmHttpError or LlmResponseError.
 * @example await createChatClient(config).complete([{ role: 'user', content: 'Hi' }], { name: 'x', schema })
 */
export function createChatClient(
  config: LlmConfig,
  fetchImpl: FetchLike = fetch,
  options: ChatClientOptions = {},
): ChatClient {
  const sleep = options.sleep ?? delay
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS
  return {
    async complete(messages, format) {
      const body = requestBody(config.model, messages, format)
      for (let n = 0; ; n++) {
        try {
          return await attempt(config, fetchImpl, body)
        } catch (error) {
          if (n >= config.retries || !isTransient(error)) throw error
          await sleep(backoff * 2 ** n)
        }
      }
    },
  }
}
