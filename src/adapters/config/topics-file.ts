import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import type { Topic } from '../../core/index.ts'
import { topicId } from '../../core/index.ts'

/** A topic file that is not what ../shared/OUTPUT.md describes: the message says where and what. */
export class TopicsFileError extends Error {
  override readonly name = 'TopicsFileError'
}

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')

function toTopic(entry: unknown, index: number, path: string): Topic {
  const where = `${path}: topic ${index + 1}`
  if (typeof entry !== 'object' || entry === null)
    throw new TopicsFileError(`${where}: expected a mapping, found ${JSON.stringify(entry)}`)
  const e = entry as Record<string, unknown>
  if (typeof e.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(e.id)) {
    throw new TopicsFileError(
      `${where}: expected "id" to be a lower-case slug, found ${JSON.stringify(e.id)}`,
    )
  }
  if (!isStrings(e.about) || e.about.length === 0) {
    throw new TopicsFileError(
      `${where} (${e.id}): expected "about" to be a non-empty list of words, found ${JSON.stringify(e.about)}`,
    )
  }
  if (e.parties !== undefined && !isStrings(e.parties)) {
    throw new TopicsFileError(
      `${where} (${e.id}): expected "parties" to be a list of names, found ${JSON.stringify(e.parties)}`,
    )
  }
  if (e.hostility !== undefined && e.hostility !== 'oppose' && e.hostility !== 'support') {
    throw new TopicsFileError(
      `${where} (${e.id}): expected "hostility" to be oppose or support, found ${JSON.stringify(e.hostility)}`,
    )
  }
  return {
    id: topicId(e.id),
    label: typeof e.label === 'string' ? e.label : e.id,
    about: e.about.map((s) => s.trim()),
    parties: (e.parties ?? []).map((s) => s.trim()),
    ...(e.hostility ? { hostility: e.hostility } : {}),
  }
}

/** Parses a topic file's text (YAML list of topics); throws TopicsFileError naming the topic at fault. */
export function parseTopics(text: string, path = 'topics'): Topic[] {
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    throw new TopicsFileError(`${path}: not valid YAML: ${(error as Error).message}`)
  }
  if (!Array.isArray(data))
    throw new TopicsFileError(`${path}: expected a list of topics, found ${typeof data}`)
  const topics = data.map((e, i) => toTopic(e, i, path))
  const seen = new Set<string>()
  for (const t of topics) {
    if (seen.has(t.id)) throw new TopicsFileError(`${path}: topic id "${t.id}" appears twice`)
    seen.add(t.id)
  }
  return topics
}

/** Reads and parses a topic file. */
export async function readTopicsFile(path: string): Promise<Topic[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new TopicsFileError(
      `${path}: cannot read the topic file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  return parseTopics(text, path)
}
