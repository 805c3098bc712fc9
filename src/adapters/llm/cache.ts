import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  checkStanceAnswer,
  STANCE_PROMPT_VERSION,
  type StanceAnswer,
  type StanceQuestion,
} from './stance-prompt.ts'

/** Answers already received, by stanceCacheKey. A hit makes no call. */
export interface StanceCache {
  get(key: string): StanceAnswer | undefined
  set(key: string, answer: StanceAnswer): void
  /** Persists what was set since the last flush (a no-op for the in-memory cache). */
  flush(): Promise<void>
}

/**
 * sha256 (hex) of the model, the prompt version and everything the model is told: topic id,
 * label, about words, parties and hostility, speaker, title, context and statement text.
 * @example stanceCacheKey('qwen2.5:7b', question) // '3f1c…' (64 hex digits)
 */
export function stanceCacheKey(model: string, q: StanceQuestion): string {
  return createHash('sha256')
    .update(JSON.stringify([STANCE_PROMPT_VERSION, model, q]))
    .digest('hex')
}

/**
 * A cache that lives as long as the process (or the test).
 * @example const cache = createMemoryStanceCache()
 */
export function createMemoryStanceCache(): StanceCache & { readonly size: number } {
  const entries = new Map<string, StanceAnswer>()
  return {
    get: (key) => entries.get(key),
    set: (key, answer) => void entries.set(key, answer),
    flush: async () => {},
    get size() {
      return entries.size
    },
  }
}

interface CacheFile {
  readonly version: 1
  readonly entries: Record<string, unknown>
}

async function loadEntries(path: string): Promise<Map<string, StanceAnswer>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw new Error(`llm cache: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let data: Partial<CacheFile>
  try {
    data = JSON.parse(text)
  } catch {
    throw new Error(`llm cache: expected ${path} to be a JSON cache file, found text that is not JSON`)
  }
  if (data?.version !== 1 || typeof data.entries !== 'object' || data.entries === null)
    throw new Error(`llm cache: expected ${path} to hold {"version":1,"entries":{…}}`)
  const entries = new Map<string, StanceAnswer>()
  // an entry that no longer fits the schema is dropped, and will be asked again
  for (const [key, value] of Object.entries(data.entries)) {
    const checked = checkStanceAnswer(value)
    if ('answer' in checked) entries.set(key, checked.answer)
  }
  return entries
}

/**
 * A cache kept in a JSON file: read once here, written on `flush()` to a temporary file that is
 * then renamed over the old one, so a crash never leaves a half-written cache. A missing file is
 * an empty cache. One process at a time: concurrent writers keep the last flush.
 * @example const cache = await openFileStanceCache('.subtext/llm-cache.json'); …; await cache.flush()
 */
export async function openFileStanceCache(path: string): Promise<StanceCache & { readonly size: number }> {
  const entries = await loadEntries(path)
  let dirty = false
  return {
    get: (key) => entries.get(key),
    set: (key, answer) => {
      entries.set(key, answer)
      dirty = true
    },
    async flush() {
      if (!dirty) return
      const file: CacheFile = { version: 1, entries: Object.fromEntries(entries) }
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
      await mkdir(dirname(path), { recursive: true })
      try {
        await writeFile(tmp, `${JSON.stringify(file)}\n`, 'utf8')
        await rename(tmp, path)
      } catch (error) {
        await unlink(tmp).catch(() => {})
        throw error
      }
      dirty = false
    },
    get size() {
      return entries.size
    },
  }
}
