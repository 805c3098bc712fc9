/**
 * The process durability.test.ts kills: ingests generated articles into a SQLite store, printing
 * `saving INDEX` before each save, `saved INDEX STATUS` after it, and a closing `done` line with
 * the counts.
 * Usage: node --import tsx ingest-child.ts DB_PATH COUNT [SEED]
 * @module
 */

import { createGenerator, type GeneratedArticle } from '../../../../scripts/corpus/article.ts'
import type { RawArticle } from '../../../core/index.ts'
import { documentId } from '../../../core/index.ts'
import { analyze, PIPELINE_VERSION } from '../../../pipeline.ts'
import { createContext } from '../../cli/main.ts'
import { openSqliteStore } from '../kysely/sqlite-store.ts'
import { contentHashOf, type SaveStatus } from '../store.ts'

/** A generated article as the JSONL reader would hand it over. */
export function toRawArticle(a: GeneratedArticle): RawArticle {
  return {
    id: documentId(a.id),
    source: { path: null, url: a.url, outlet: a.outlet },
    format: 'text',
    text: a.text,
    title: a.title,
    published: a.published,
    diagnostics: [],
  }
}

async function main([path, count, seed = 'durability']: string[]): Promise<void> {
  if (!path || !Number.isInteger(Number(count)))
    throw new Error('usage: ingest-child.ts DB_PATH COUNT [SEED]')
  const store = await openSqliteStore(path)
  const ctx = createContext()
  const generator = createGenerator(seed)
  const tally: Record<SaveStatus, number> = { added: 0, updated: 0, unchanged: 0 }
  for (let i = 0; i < Number(count); i++) {
    const doc = analyze(toRawArticle(generator.article(i)), ctx)
    // Announced before the save, so the test can kill the process while the transaction runs.
    process.stdout.write(`saving ${i}\n`)
    const status = await store.saveArticle(doc, {
      contentHash: contentHashOf(doc),
      pipelineVersion: PIPELINE_VERSION,
    })
    tally[status]++
    process.stdout.write(`saved ${i} ${status}\n`)
  }
  await store.close()
  process.stdout.write(`done ${JSON.stringify(tally)}\n`)
}

if (process.argv[1] === import.meta.filename) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`)
    process.exitCode = 1
  })
}
