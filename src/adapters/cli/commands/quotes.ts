import { parseArgs } from 'node:util'
import type { QuoteKind, SpeechActKind, StageContext, StanceLabel } from '../../../core/index.ts'
import type { QuoteFilter, QuoteRow, Store } from '../../storage/store.ts'
import type { CliIo } from '../io.ts'
import { DB_HELP, DB_OPTION, parseChoice, parseCount, parseDay, withCommandStore } from './store-options.ts'
import { type Column, parseFormat, type RowFormat, writeRows } from './tabular.ts'

export const QUOTES_USAGE = `Usage: subtext quotes [--actor NAME] [--outlet NAME] [--since DATE] [--until DATE]
                     [--kind direct|indirect|mixed] [--topic ID] [--stance LABEL] [--act KIND]
                     [--limit N] [--offset N] [--format table|jsonl|csv] [--db URL]

Lists stored quotations, newest article first. --actor matches an actor's name, alias, surname
or id in any case; dates are YYYY-MM-DD, both ends inclusive, and apply to the article's
publication date. --act keeps statements that perform a speech act (accuse, threaten, warn,
reject, demand, appeal, praise, intend-to-negotiate). A table shows 50 rows unless --limit says
otherwise; jsonl and csv print every match. ${DB_HELP}`

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed']
const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']
const ACTS: readonly SpeechActKind[] = [
  'accuse',
  'threaten',
  'warn',
  'reject',
  'demand',
  'appeal',
  'praise',
  'intend-to-negotiate',
]
const FORMATS: readonly RowFormat[] = ['table', 'jsonl', 'csv']
const TABLE_LIMIT = 50
/** Rows fetched per query when printing every match. */
const PAGE = 1000

/** The columns of the table and of CSV (JSONL prints the whole row). */
export const QUOTE_COLUMNS: readonly Column<QuoteRow>[] = [
  { header: 'published', value: (r) => r.published },
  { header: 'outlet', value: (r) => r.outlet, width: 18 },
  { header: 'speaker', value: (r) => r.speaker, width: 24 },
  { header: 'role', value: (r) => r.role, width: 24 },
  { header: 'kind', value: (r) => r.kind },
  { header: 'cue', value: (r) => r.cue, width: 14 },
  { header: 'date', value: (r) => r.date },
  { header: 'actor_id', value: (r) => r.actorId, width: 24 },
  { header: 'article_id', value: (r) => r.articleId, width: 32 },
  { header: 'start', value: (r) => r.start },
  { header: 'end', value: (r) => r.end },
  { header: 'quote', value: (r) => r.text, width: 80 },
]

/** The table leaves out what only machines need. */
const TABLE_COLUMNS = QUOTE_COLUMNS.filter(
  (c) => !['role', 'cue', 'date', 'actor_id', 'article_id', 'start', 'end'].includes(c.header),
)

interface QuotesOptions {
  readonly filter: QuoteFilter
  readonly limit: number | undefined
  readonly offset: number
  readonly format: RowFormat
  readonly db: string | undefined
}

function parseQuotesArgs(argv: string[]): QuotesOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      actor: { type: 'string' },
      outlet: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      kind: { type: 'string' },
      topic: { type: 'string' },
      stance: { type: 'string' },
      act: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const filter: QuoteFilter = {
    ...(values.actor === undefined ? {} : { actor: values.actor }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
    ...(values.topic === undefined ? {} : { topic: values.topic }),
    since: parseDay('quotes', 'since', values.since),
    until: parseDay('quotes', 'until', values.until),
    kind: parseChoice('quotes', 'kind', values.kind, KINDS),
    stance: parseChoice('quotes', 'stance', values.stance, LABELS),
    act: parseChoice('quotes', 'act', values.act, ACTS),
  }
  const format = parseFormat('quotes', values.format, FORMATS)
  const limit = values.limit === undefined ? undefined : parseCount('quotes', 'limit', values.limit, 0)
  return { filter, limit, offset: parseCount('quotes', 'offset', values.offset, 0), format, db: values.db }
}

/** Prints the matches page by page, so an export of any size holds one page in memory. */
async function printAll(store: Store, opts: QuotesOptions, io: CliIo): Promise<number> {
  let printed = 0
  for (;;) {
    const want = opts.limit === undefined ? PAGE : Math.min(PAGE, opts.limit - printed)
    if (want <= 0) break
    const rows = await store.quotes({ ...opts.filter, limit: want, offset: opts.offset + printed })
    writeRows(io, opts.format, QUOTE_COLUMNS, rows, printed === 0)
    printed += rows.length
    if (rows.length < want) break
  }
  return printed
}

/**
 * `subtext quotes`: list stored quotations by actor, outlet, date, kind or stance.
 * @example await quotesCommand(['--actor', 'Khamenei', '--format', 'csv'], io, ctx)
 */
export async function quotesCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const opts = parseQuotesArgs(argv)
  return withCommandStore('quotes', opts.db, io, { mustExist: true }, async (store) => {
    if (opts.format !== 'table') {
      await printAll(store, opts, io)
      return 0
    }
    const rows = await store.quotes({ ...opts.filter, limit: opts.limit ?? TABLE_LIMIT, offset: opts.offset })
    if (rows.length === 0) io.stderr.write('subtext quotes: no quotation matches\n')
    else writeRows(io, 'table', TABLE_COLUMNS, rows)
    return 0
  })
}
