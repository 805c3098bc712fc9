import { parseArgs } from 'node:util'
import type { StageContext } from '../../../core/index.ts'
import { displayDbUrl } from '../../storage/open-store.ts'
import type { StoreStats } from '../../storage/store.ts'
import type { CliIo } from '../io.ts'
import { DB_HELP, DB_OPTION, withCommandStore } from './store-options.ts'
import { parseFormat } from './tabular.ts'

export const STATS_USAGE = `Usage: subtext stats [--format table|jsonl] [--db URL]

Counts what the store holds: articles, quotations by kind, actors, outlets, stances, diagnostics,
the span of publication dates, and articles per pipeline version. ${DB_HELP}`

/** The stats as aligned "name  value" lines. */
export function renderStats(url: string, s: StoreStats): string {
  const lines: [string, string | number][] = [
    ['store', displayDbUrl(url)],
    ['articles', s.articles],
    ['quotations', s.quotes],
    ...Object.entries(s.quotesByKind).map(([k, n]): [string, number] => [`  ${k}`, n]),
    ['actors', s.actors],
    ['outlets', s.outlets],
    ['stances', s.stances],
    ['diagnostics', s.diagnostics],
    ['published', s.firstPublished ? `${s.firstPublished} to ${s.lastPublished}` : '-'],
    ...Object.entries(s.pipelineVersions).map(([v, n]): [string, number] => [`pipeline ${v}`, n]),
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  return lines.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join('')
}

/**
 * `subtext stats`: what the store holds.
 * @example await statsCommand(['--db', 'corpus.db'], io, ctx)
 */
export async function statsCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, format: { type: 'string' } } })
  const format = parseFormat('stats', values.format, ['table', 'jsonl'] as const)
  return withCommandStore('stats', values.db, io, { mustExist: true }, async (store, url) => {
    const stats = await store.stats()
    io.stdout.write(format === 'jsonl' ? `${JSON.stringify(stats)}\n` : renderStats(url, stats))
    return 0
  })
}
