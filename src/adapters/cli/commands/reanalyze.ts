import { parseArgs } from 'node:util'
import type { Analyzed, RawArticle, StageContext } from '../../../core/index.ts'
import { analyze } from '../../../pipeline.ts'
import { readTopicsFile } from '../../config/topics-file.ts'
import { displayDbUrl } from '../../storage/open-store.ts'
import { rawArticleOf } from '../../storage/raw-article.ts'
import { type ArticleSummary, contentHashOf, type Store, storedArticleId } from '../../storage/store.ts'
import type { CliIo } from '../io.ts'
import { optimizeAfter, pipelineVersionFor } from './ingest.ts'
import { createProgress, type Progress, type ProgressSpec } from './ingest-progress.ts'
import { DB_HELP, DB_OPTION, withCommandStore } from './store-options.ts'

export const REANALYZE_USAGE = `Usage: subtext reanalyze [--db URL] [--topics FILE] [--only-stale]

Runs the pipeline again on every stored article, from its stored text and what its reader gave
(format, stated title and date, HTML structure), and saves the new annotations in place of the
old ones, each article in its own transaction; one that fails never stops the run. With
--only-stale, articles already analysed by this pipeline version with these topics are skipped.
Pass the --topics file the corpus was ingested with: without it, stances are dropped. Progress
and a summary go to stderr; the exit code is 1 when any article failed.
${DB_HELP}`

interface ReanalyzeOptions {
  readonly db: string | undefined
  readonly topics: string | undefined
  readonly onlyStale: boolean
}

/** Counts of a reanalyze run. */
export interface ReanalyzeTally {
  reanalysed: number
  skipped: number
  failed: number
  quotes: number
}

const seen = (t: ReanalyzeTally): number => t.reanalysed + t.skipped + t.failed
const describe = (t: ReanalyzeTally): string =>
  `${t.reanalysed} reanalysed, ${t.skipped} skipped (current), ${t.failed} failed`

/** Articles read from the store at a time. */
const PAGE = 200

function parseReanalyzeArgs(argv: string[]): ReanalyzeOptions {
  const { values } = parseArgs({
    args: argv,
    options: { ...DB_OPTION, topics: { type: 'string' }, 'only-stale': { type: 'boolean', default: false } },
  })
  return { db: values.db, topics: values.topics, onlyStale: values['only-stale'] }
}

/** The line reporting an article that failed, in the CLI's diagnostic format (ids stand for paths). */
const failure = (id: string, message: string, code: 'PIPELINE_FAILED' | 'STORE_FAILED'): string =>
  `${id}:1:1  error ${message}  [${code}]`

/** Re-analyses and re-saves one stored article; returns its quote count, or the line reporting a failure. */
async function reanalyzeOne(
  summary: ArticleSummary,
  ctx: StageContext,
  store: Store,
  version: string,
): Promise<number | string> {
  const { id } = summary
  let raw: RawArticle
  try {
    const stored = await store.getArticle(id)
    if (!stored)
      return failure(id, 'Could not read the article: it is no longer in the store', 'STORE_FAILED')
    raw = rawArticleOf(stored)
  } catch (error) {
    return failure(id, `Could not read the article: ${(error as Error).message}`, 'STORE_FAILED')
  }
  let doc: Analyzed
  try {
    doc = analyze(raw, ctx)
  } catch (error) {
    return failure(id, `Analysis failed: ${(error as Error).message}`, 'PIPELINE_FAILED')
  }
  // Cannot happen while ids are derived as now; checked so a change there cannot duplicate articles.
  if (storedArticleId(doc) !== id) {
    return failure(id, `Could not save the article: it reads back as ${storedArticleId(doc)}`, 'STORE_FAILED')
  }
  try {
    await store.saveArticle(doc, {
      contentHash: contentHashOf(doc),
      pipelineVersion: version,
      input: raw,
      force: true,
    })
    return doc.quotes.length
  } catch (error) {
    return failure(id, `Could not save the article: ${(error as Error).message}`, 'STORE_FAILED')
  }
}

async function reanalyzeAll(
  opts: ReanalyzeOptions,
  io: CliIo,
  ctx: StageContext,
  store: Store,
  progress: Progress<ReanalyzeTally>,
): Promise<ReanalyzeTally> {
  const tally: ReanalyzeTally = { reanalysed: 0, skipped: 0, failed: 0, quotes: 0 }
  const version = pipelineVersionFor(ctx)
  // Saving keeps an article's id, so pages by id neither skip nor repeat one.
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset })
    for (const summary of page) {
      if (opts.onlyStale && summary.pipelineVersion === version) tally.skipped++
      else {
        const outcome = await reanalyzeOne(summary, ctx, store, version)
        if (typeof outcome === 'number') {
          tally.reanalysed++
          tally.quotes += outcome
        } else {
          tally.failed++
          progress.interrupt()
          io.stderr.write(`${outcome}\n`)
        }
      }
      progress.tick(tally)
    }
    if (page.length < PAGE) return tally
  }
}

/**
 * `subtext reanalyze`: re-run the pipeline on the stored articles after an upgrade, in place.
 * @example await reanalyzeCommand(['--only-stale', '--topics', 'topics.yaml'], io, ctx)
 */
export async function reanalyzeCommand(argv: string[], io: CliIo, base: StageContext): Promise<number> {
  const opts = parseReanalyzeArgs(argv)
  const ctx: StageContext = opts.topics ? { ...base, topics: await readTopicsFile(opts.topics) } : base
  return withCommandStore('reanalyze', opts.db, io, { mustExist: true }, async (store, url) => {
    const total = (await store.stats()).articles
    const spec: ProgressSpec<ReanalyzeTally> = { label: 'reanalyze', count: seen, describe, total }
    const progress = createProgress(io, spec)
    let tally: ReanalyzeTally
    try {
      tally = await reanalyzeAll(opts, io, ctx, store, progress)
    } finally {
      progress.end()
    }
    await optimizeAfter(tally.reanalysed, store, io)
    io.stderr.write(
      `subtext: ${seen(tally)} article(s) in ${displayDbUrl(url)}: ${describe(tally)}; ${tally.quotes} quotation(s) saved\n`,
    )
    return tally.failed > 0 ? 1 : 0
  })
}
