import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { StageContext } from '../../../core/index.ts'
import type { CliIo } from '../io.ts'
import { extractCommand } from './extract.ts'

/** Where the bundled example articles live. */
export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../../../examples/articles')

/**
 * `npm start` until the dashboard exists: extract the bundled examples and print them for a person.
 */
export async function demoCommand(_argv: string[], io: CliIo, ctx: StageContext): Promise<number> {
  const files = (await readdir(EXAMPLES_DIR)).filter((f) => /\.(txt|html?|jsonl|md)$/.test(f)).sort()
  io.stdout.write(
    `Subtext: who said what, in ${files.length} bundled example article(s) (${EXAMPLES_DIR})\n\n`,
  )
  return extractCommand([...files.map((f) => join(EXAMPLES_DIR, f)), '--format', 'text'], io, ctx)
}
