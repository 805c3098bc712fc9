import { parseArgs } from 'node:util'
import type { RawArticle, StageContext } from '../../../core/index.ts'
import { hash32 } from '../../../core/index.ts'
import { analyze, PIPELINE_VERSION } from '../../../pipeline.ts'
import { readTopicsFile } from '../../config/topics-file.ts'
import { DEFAULT_MAX_BYTES, type InputResult, readInputs } from '../../ingest/index.ts'
import { type StanceRefiner, stanceRefinerFrom } from '../../llm/index.ts'
import { displayDbUrl } from '../../storage/open-store.ts'
import { contentHashOf, type SaveStatus, type Store } from '../../storage/store.ts'
import { type CliIo, UsageError } from '../io.ts'
import { formatDiagnostic } from '../report.ts'
import {
  createProgress,
  describeTally,
  INGEST_PROGRESS,
  type IngestTally,
  type Progress,
  seen,
} from './ingest-progress.ts'
import { DB_HELP, DB_OPTION, withCommandStore } from './store-options.ts'

export const INGEST_USAGE = `Usage: subtext ingest PATH... [--db URL] [--topics FILE] [--max-bytes N]

Analyses articles (.txt, .md, .html, .jsonl, folders, or - for stdin) and saves them with their
quotations, actors and stances in the corpus store. An article already stored with the same
content and pipeline version is left as it is; a changed one has its annotations replaced. Each
article is saved in its own transaction, and one that fails never stops the run. Progress and a
summary go to stderr; the exit code is 1 when any article failed. With --topics and
SUBTEXT_LLM_URL / SUBTEXT_LLM_MODEL set, stances come from the language model (see the README),
falling back to the rules statement by statement.
${DB_HELP}`

interface IngestOptions {
  readonly paths: string[]
  readonly db: string | undefined
  readonly topics: string | undefined
  readonly maxBytes: number
}

function parseIngestArgs(argv: string[]): IngestOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB_OPTION, topics: { type: 'string' }, 'max-bytes': { type: 'string' } },
  })
  if (positionals.length === 0) throw new UsageError('ingest: expected at least one PATH (or - for stdin)')
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes'])
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(
      `ingest: expected --max-bytes to be a positive integer, found ${values['max-bytes']}`,
    )
  }
  return { paths: positionals, db: values.db, topics: values.topics, maxBytes }
}

/** What became of one input. */
type Outcome =
  | { readonly status: SaveStatus; readonly quotes: number; readonly warnings: readonly string[] }
  | { readonly status: 'failed'; readonly report: string }

/** How one article is analysed: the pipeline, then the language model's stances when configured. */
interface Analysis {
  readonly ctx: StageContext
  readonly refiner: StanceRefiner | null
  readonly version: string
}

/** The line for an article the store could not take (a code the catalogue does not have yet). */
const storeFailure = (where: string, line: number | undefined, error: unknown): string =>
  `${where}:${line ?? 1}:1  error Could not save the article: ${(error as Error).message}  [STORE_FAILED]`

async function ingestOne(result: InputResult, analysis: Analysis, store: Store): Promise<Outcome> {
  const { ctx, refiner, version } = analysis
  if (result.status === 'failed') {
    const { location, diagnostic } = result
    return { status: 'failed', report: formatDiagnostic(location.path, diagnostic, undefined, location.line) }
  }
  const article: RawArticle = result.article
  const where = article.source.path ?? article.source.url ?? article.id
  let doc: ReturnType<typeof analyze>
  try {
    doc = analyze(article, ctx)
  } catch (error) {
    return {
      status: 'failed',
      report: `${where}:${article.source.line ?? 1}:1  error Analysis failed: ${(error as Error).message}  [PIPELINE_FAILED]`,
    }
  }
  const warnings: string[] = []
  if (refiner) {
    const refined = await refiner.refine(doc, ctx.topics ?? [])
    doc = refined.doc
    for (const e of refined.report.errors)
      warnings.push(`${where}: warning LLM stance fell back to rules: ${e}`)
  }
  try {
    const meta = { contentHash: contentHashOf(doc), pipelineVersion: version, input: article }
    const status = await store.saveArticle(doc, meta)
    return { status, quotes: doc.quotes.length, warnings }
  } catch (error) {
    return { status: 'failed', report: storeFailure(where, article.source.line, error) }
  }
}

/**
 * The version stored with each article: the pipeline's, plus a hash of the topics when a file
 * gives them, so re-analysing with other topics counts as a new version.
 * @example pipelineVersionFor({ ...ctx, topics }) // 'subtext-pipeline@0.1.0+topics@5d1c2f0a'
 */
export function pipelineVersionFor(ctx: StageContext): string {
  return ctx.topics ? `${PIPELINE_VERSION}+topics@${hash32(JSON.stringify(ctx.topics))}` : PIPELINE_VERSION
}

async function ingestAll(
  opts: IngestOptions,
  io: CliIo,
  analysis: Analysis,
  store: Store,
  progress: Progress,
): Promise<IngestTally> {
  const tally: IngestTally = { added: 0, updated: 0, unchanged: 0, failed: 0, quotes: 0 }
  const inputs = readInputs(opts.paths, { maxBytes: opts.maxBytes }, io.stdin ? { stdin: io.stdin } : {})
  for await (const result of inputs) {
    const outcome = await ingestOne(result, analysis, store)
    if (outcome.status === 'failed') {
      tally.failed++
      progress.interrupt()
      io.stderr.write(`${outcome.report}\n`)
    } else {
      if (outcome.warnings.length > 0) progress.interrupt()
      for (const w of outcome.warnings) io.stderr.write(`${w}\n`)
      tally[outcome.status]++
      if (outcome.status !== 'unchanged') tally.quotes += outcome.quotes
    }
    progress.tick(tally)
  }
  return tally
}

/**
 * After this many articles are written in one run, the store compacts its search index
 * ({@link Store.optimize}): seconds at 100,000 articles, and searches take half as long after.
 */
export const OPTIMIZE_AFTER = 1000

/** Compacts the store after a large batch, saying so on stderr. */
export async function optimizeAfter(written: number, store: Store, io: CliIo): Promise<void> {
  if (written < OPTIMIZE_AFTER) return
  io.stderr.write(`subtext: ${written} article(s) written; compacting the search index…\n`)
  await store.optimize()
}

/**
 * `subtext ingest`: analyse inputs and save them in the store, idempotently.
 * @example await ingestCommand(['news/', '--db', 'corpus.db'], io, ctx)
 */
export async function ingestCommand(argv: string[], io: CliIo, base: StageContext): Promise<number> {
  const opts = parseIngestArgs(argv)
  const ctx: StageContext = opts.topics ? { ...base, topics: await readTopicsFile(opts.topics) } : base
  const refiner = ctx.topics?.length ? await stanceRefinerFrom(io.env ?? {}) : null
  // stances from a model are another analysis than the rules': a new version, so re-ingest redoes them
  const version = pipelineVersionFor(ctx) + (refiner ? `+llm:${refiner.model}` : '')
  const analysis: Analysis = { ctx, refiner, version }
  return withCommandStore('ingest', opts.db, io, { mustExist: false }, async (store, url) => {
    const progress = createProgress(io, INGEST_PROGRESS)
    let tally: IngestTally
    try {
      tally = await ingestAll(opts, io, analysis, store, progress)
    } finally {
      progress.end()
      await refiner?.flush()
    }
    await optimizeAfter(tally.added + tally.updated, store, io)
    io.stderr.write(
      `subtext: ${seen(tally)} article(s) into ${displayDbUrl(url)}: ${describeTally(tally)}; ${tally.quotes} quotation(s) saved\n`,
    )
    return tally.failed > 0 ? 1 : 0
  })
}
