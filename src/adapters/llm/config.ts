import { LlmConfigError } from './errors.ts'

/** Where and how to reach an OpenAI-compatible chat API. */
export interface LlmConfig {
  /** Base URL, without a trailing slash: `http://127.0.0.1:8080/v1` (llama.cpp), `…:11434/v1` (Ollama). */
  readonly url: string
  readonly model: string
  /** Sent as `Authorization: Bearer <key>` when set. */
  readonly key?: string
  /** Per attempt, in milliseconds. */
  readonly timeoutMs: number
  /** Retries after the first attempt, on network errors, timeouts, 429 and 5xx. */
  readonly retries: number
  /** Path of a JSON file caching answers across runs; without it, answers are cached in memory only. */
  readonly cache?: string
}

/** Settings that take precedence over the environment (from a config file or CLI flags). */
export type LlmOverrides = Partial<Record<'url' | 'model' | 'key' | 'cache', string>> &
  Partial<Record<'timeoutMs' | 'retries', number | string>>

/** Per attempt: long enough for a 7B model on a CPU to answer one short question. */
export const DEFAULT_TIMEOUT_MS = 20_000
/** Retries after the first attempt, so three attempts in all. */
export const DEFAULT_RETRIES = 2
const MAX_RETRIES = 10

type Env = Readonly<Record<string, string | undefined>>

/** An unset or blank value is absent: shells often export `VAR=` to mean "off". */
const present = (v: string | number | undefined): string | undefined => {
  const s = v === undefined ? undefined : String(v).trim()
  return s ? s : undefined
}

function baseUrl(value: string, name: string): string {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new LlmConfigError(`llm: expected ${name} to be an http(s) URL, found ${JSON.stringify(value)}`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new LlmConfigError(`llm: expected ${name} to be an http(s) URL, found ${JSON.stringify(value)}`)
  return value.replace(/\/+$/, '')
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback
  const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new LlmConfigError(
      `llm: expected ${name} to be an integer from ${min} to ${max}, found ${JSON.stringify(value)}`,
    )
  }
  return n
}

/**
 * The LLM backend's settings from the environment (SUBTEXT_LLM_URL, SUBTEXT_LLM_MODEL, SUBTEXT_LLM_KEY,
 * SUBTEXT_LLM_TIMEOUT_MS, SUBTEXT_LLM_RETRIES, SUBTEXT_LLM_CACHE), with `overrides` taking precedence. Returns null when
 * neither a URL nor a model is set: the backend is optional. Throws LlmConfigError, naming the
 * variable, for a bad value or for a URL without a model (or the reverse).
 * @example const config = llmConfigFrom(process.env) // null unless SUBTEXT_LLM_URL and _MODEL are set
 */
export function llmConfigFrom(env: Env, overrides: LlmOverrides = {}): LlmConfig | null {
  const pick = (key: keyof LlmOverrides, variable: string) => {
    const o = present(overrides[key])
    return o !== undefined ? { value: o, name: key } : { value: present(env[variable]), name: variable }
  }
  const url = pick('url', 'SUBTEXT_LLM_URL')
  const model = pick('model', 'SUBTEXT_LLM_MODEL')
  if (url.value === undefined && model.value === undefined) return null
  if (url.value === undefined)
    throw new LlmConfigError(`llm: expected SUBTEXT_LLM_URL to be set since ${model.name} is, found nothing`)
  if (model.value === undefined)
    throw new LlmConfigError(`llm: expected SUBTEXT_LLM_MODEL to be set since ${url.name} is, found nothing`)
  const timeout = pick('timeoutMs', 'SUBTEXT_LLM_TIMEOUT_MS')
  const retries = pick('retries', 'SUBTEXT_LLM_RETRIES')
  const key = pick('key', 'SUBTEXT_LLM_KEY').value
  const cache = pick('cache', 'SUBTEXT_LLM_CACHE').value
  return {
    url: baseUrl(url.value, url.name),
    model: model.value,
    ...(key !== undefined ? { key } : {}),
    timeoutMs: integer(timeout.value, timeout.name, DEFAULT_TIMEOUT_MS, 1, 600_000),
    retries: integer(retries.value, retries.name, DEFAULT_RETRIES, 0, MAX_RETRIES),
    ...(cache !== undefined ? { cache } : {}),
  }
}
