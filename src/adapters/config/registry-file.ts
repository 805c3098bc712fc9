import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import type { RegistryEntry } from '../../stages/actors/index.ts'

/** A registry file that is not a list of actor entries: the message names the entry at fault. */
export class RegistryFileError extends Error {
  override readonly name = 'RegistryFileError'
}

const LABELS = ['country', 'affiliation', 'camp'] as const
const isNames = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')

function toEntry(entry: unknown, index: number, path: string): RegistryEntry {
  const where = `${path}: entry ${index + 1}`
  if (typeof entry !== 'object' || entry === null)
    throw new RegistryFileError(`${where}: expected a mapping, found ${JSON.stringify(entry)}`)
  const e = entry as Record<string, unknown>
  if (typeof e.name !== 'string' || !e.name.trim())
    throw new RegistryFileError(`${where}: expected "name", found ${JSON.stringify(e.name)}`)
  for (const field of ['aliases', 'never'] as const) {
    if (e[field] !== undefined && !isNames(e[field])) {
      throw new RegistryFileError(
        `${where} (${e.name}): expected "${field}" to be a list of names, found ${JSON.stringify(e[field])}`,
      )
    }
  }
  for (const field of [...LABELS, 'id'] as const) {
    if (e[field] !== undefined && typeof e[field] !== 'string') {
      throw new RegistryFileError(
        `${where} (${e.name}): expected "${field}" to be text, found ${JSON.stringify(e[field])}`,
      )
    }
  }
  const text = (field: (typeof LABELS)[number] | 'id') =>
    typeof e[field] === 'string' ? { [field]: e[field] } : {}
  return {
    name: e.name.trim(),
    ...(isNames(e.aliases) ? { aliases: e.aliases } : {}),
    ...(isNames(e.never) ? { never: e.never } : {}),
    ...text('id'),
    ...text('country'),
    ...text('affiliation'),
    ...text('camp'),
  }
}

/**
 * Parses an actor registry (YAML list): `name`, optional `id`, `aliases` (pinned: always this actor),
 * `never` (names never merged with it), and labels `country`, `affiliation`, `camp`.
 */
export function parseRegistry(text: string, path = 'registry'): RegistryEntry[] {
  let data: unknown
  try {
    data = parse(text) ?? []
  } catch (error) {
    throw new RegistryFileError(`${path}: not valid YAML: ${(error as Error).message}`)
  }
  if (!Array.isArray(data))
    throw new RegistryFileError(`${path}: expected a list of actors, found ${typeof data}`)
  return data.map((e, i) => toEntry(e, i, path))
}

/** Reads a registry file; a missing file is an error only when the analyst named it. */
export async function readRegistryFile(path: string): Promise<RegistryEntry[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new RegistryFileError(
      `${path}: cannot read the registry (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  return parseRegistry(text, path)
}
