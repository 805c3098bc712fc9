import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import type { FramingLexicon } from '../../analysis/stories/index.ts'
import { compileLexicon } from '../../analysis/stories/index.ts'

/** A framing lexicon file that is not what examples/framing.yaml shows: the message says where and what. */
export class FramingFileError extends Error {
  override readonly name = 'FramingFileError'
}

/** The lexicon `subtext compare` uses when no --lexicon is given. */
export const DEFAULT_FRAMING_FILE = resolve(import.meta.dirname, '../../../examples/framing.yaml')

const isWords = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '')

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A mapping of name → list of words, as `attribution.classes` and `loaded` are written. */
function groups(value: unknown, where: string): { name: string; words: string[] }[] {
  if (value === undefined || value === null) return []
  if (!isMapping(value))
    throw new FramingFileError(
      `${where}: expected a mapping of names to lists, found ${JSON.stringify(value)}`,
    )
  return Object.entries(value).map(([name, words]) => {
    if (!isWords(words))
      throw new FramingFileError(`${where}.${name}: expected a list of words, found ${JSON.stringify(words)}`)
    return { name, words: words.map((w) => w.trim()) }
  })
}

/**
 * Parses a framing lexicon (YAML): `attribution.neutral` (list), `attribution.classes` and `loaded`
 * (mappings of name → list). Throws FramingFileError naming the entry at fault.
 */
export function parseFramingLexicon(text: string, path = 'lexicon'): FramingLexicon {
  let data: unknown
  try {
    data = parse(text) ?? {}
  } catch (error) {
    throw new FramingFileError(`${path}: not valid YAML: ${(error as Error).message}`)
  }
  if (!isMapping(data))
    throw new FramingFileError(
      `${path}: expected a mapping with attribution and loaded, found ${typeof data}`,
    )
  const attribution = data.attribution ?? {}
  if (!isMapping(attribution))
    throw new FramingFileError(
      `${path}: attribution: expected a mapping, found ${JSON.stringify(attribution)}`,
    )
  const neutral = attribution.neutral ?? []
  if (!isWords(neutral))
    throw new FramingFileError(
      `${path}: attribution.neutral: expected a list of verbs, found ${JSON.stringify(neutral)}`,
    )
  const lexicon: FramingLexicon = {
    neutralVerbs: neutral.map((v) => v.trim()),
    verbClasses: groups(attribution.classes, `${path}: attribution.classes`).map((g) => ({
      name: g.name,
      verbs: g.words,
    })),
    loaded: groups(data.loaded, `${path}: loaded`).map((g) => ({ category: g.name, terms: g.words })),
  }
  try {
    compileLexicon(lexicon)
  } catch (error) {
    throw new FramingFileError(`${path}: ${(error as Error).message}`)
  }
  return lexicon
}

/** Reads and parses a framing lexicon file. */
export async function readFramingFile(path: string = DEFAULT_FRAMING_FILE): Promise<FramingLexicon> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new FramingFileError(
      `${path}: cannot read the framing lexicon (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  return parseFramingLexicon(text, path)
}
