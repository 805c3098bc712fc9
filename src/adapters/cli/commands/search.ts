import { parseArgs } from 'node:util'
import type { StageContext } from '../../../core/index.ts'
import { HIGHLIGHT, type SearchHit } from '../../storage/store.ts'
import { type CliIo, UsageError } from '../io.ts'
import { DB_HELP, DB_OPTION, parseCount, withCommandStore } from './store-options.ts'
import { type Column, parseFormat, type RowFormat, writeRows } from './tabular.ts'

export const SEARCH_USAGE = `Usage: subtext search WORDS... [--limit N] [--format table|jsonl|csv] [--db URL]

Full-text search over stored quotations and articles, best match first. Every word must match
(word forms count: "negotiating" finds "negotiations"); the snippet marks them ${HIGHLIGHT.open}like this${HIGHLIGHT.close}.
${DB_HELP}`

const FORMATS: readonly RowFormat[] = ['table', 'jsonl', 'csv']

/** The columns of the table and CSV. */
export const SEARCH_COLUMNS: readonly Column<SearchHit>[] = [
  { header: 'rank', value: (h) => Number(h.rank.toPrecision(3)) },
  { header: 'kind', value: (h) => h.kind },
  { header: 'published', value: (h) => h.published },
  { header: 'outlet', value: (h) => h.outlet, width: 18 },
  { header: 'article_id', value: (h) => h.articleId, width: 32 },
  { header: 'quote_id', value: (h) => h.quoteId },
  { header: 'title', value: (h) => h.title, width: 40 },
  { header: 'snippet', value: (h) => h.snippet, width: 120 },
]

const TABLE_COLUMNS = SEARCH_COLUMNS.filter((c) => !['quote_id', 'title'].includes(c.header))

/** Bold for the matched words, on a terminal only. */
const embolden = (s: string): string =>
  s.replaceAll(HIGHLIGHT.open, '\x1b[1m').replaceAll(HIGHLIGHT.close, '\x1b[22m')

/**
 * `subtext search`: full-text search with ranked, highlighted snippets.
 * @example await searchCommand(['nuclear', 'talks', '--limit', '5'], io, ctx)
 */
export async function searchCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB_OPTION, limit: { type: 'string' }, format: { type: 'string' } },
  })
  const words = positionals.join(' ')
  if (words.trim() === '') throw new UsageError('search: expected WORDS to search for')
  const format = parseFormat('search', values.format, FORMATS)
  const limit = parseCount('search', 'limit', values.limit, 20)
  if (limit === 0) throw new UsageError('search: expected --limit to be at least 1, found 0')
  return withCommandStore('search', values.db, io, { mustExist: true }, async (store) => {
    const hits = await store.search(words, { limit })
    if (hits.length === 0 && format === 'table') {
      io.stderr.write(`subtext search: nothing matches ${JSON.stringify(words)}\n`)
      return 0
    }
    const shown =
      format === 'table' && io.isTTY ? hits.map((h) => ({ ...h, snippet: embolden(h.snippet) })) : hits
    writeRows(io, format, format === 'table' ? TABLE_COLUMNS : SEARCH_COLUMNS, shown)
    return 0
  })
}
