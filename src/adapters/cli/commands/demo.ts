import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { StageContext } from '../../../core/index.ts'
import type { CliIo } from '../io.ts'
import { extractCommand } from './extract.ts'
import { ingestCommand } from './ingest.ts'
import { positionsCommand } from './positions.ts'

/** Where the bundled example articles and topic and registry files live. */
export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../../../examples')

/**
 * `npm start` until the dashboard exists: store the bundled examples in the embedded database
 * (./subtext.db unless --db or SUBTEXT_DB say otherwise), print them with their quotations marked,
 * and show the positions on the first example topic.
 */
export async function demoCommand(argv: string[], io: CliIo, ctx: StageContext): Promise<number> {
  const articles = join(EXAMPLES_DIR, 'articles')
  const files = (await readdir(articles)).filter((f) => /\.(txt|html?|jsonl|md)$/.test(f)).sort()
  const paths = files.map((f) => join(articles, f))
  const topics = ['--topics', join(EXAMPLES_DIR, 'topics.yaml')]
  io.stdout.write(`Subtext: who said what, in ${files.length} bundled example article(s)\n\n`)
  const ingested = await ingestCommand([...paths, ...topics, ...argv], io, ctx)
  if (ingested !== 0) return ingested
  io.stdout.write('\n')
  const extracted = await extractCommand([...paths, ...topics, '--format', 'text'], io, ctx)
  const registry = ['--registry', join(EXAMPLES_DIR, 'registry.yaml')]
  const positioned = await positionsCommand(['--topic', 'iran-us-talks', ...registry, ...argv], io, ctx)
  io.stdout.write(
    '\nNext: subtext quotes --actor Khamenei · subtext search "talks" · subtext positions --topic iran-us-talks\n',
  )
  return extracted || positioned
}
