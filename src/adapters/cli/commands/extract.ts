import { parseArgs } from 'node:util'
import type { Analyzed, Diagnostic, StageContext } from '../../../core/index.ts'
import { diagnostic } from '../../../core/index.ts'
import { analyze } from '../../../pipeline.ts'
import { readTopicsFile } from '../../config/topics-file.ts'
import { DEFAULT_MAX_BYTES, readInputs } from '../../ingest/index.ts'
import { stanceRefinerFrom } from '../../llm/index.ts'
import { toExtractRecord } from '../../output/extract-record.ts'
import { type CliIo, UsageError } from '../io.ts'
import { formatDiagnostic } from '../report.ts'
import { renderText } from './render-text.ts'

export const EXTRACT_USAGE = `Usage: subtext extract PATH... [--format jsonl|text] [--max-bytes N] [--topics FILE]

Analyses articles (.txt, .md, .html, .jsonl, folders, or - for stdin) and prints one JSON
object per article (jsonl, the default) or the articles marked up for reading (text).
Diagnostics go to stderr; the exit code is 1 when any input failed.`

interface ExtractOptions {
  readonly paths: string[]
  readonly format: 'jsonl' | 'text'
  readonly maxBytes: number
  readonly topics?: string
}

function parseExtractArgs(argv: string[]): ExtractOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      'max-bytes': { type: 'string' },
      topics: { type: 'string' },
    },
  })
  if (positionals.length === 0) throw new UsageError('extract: expected at least one PATH (or - for stdin)')
  if (values.format !== 'jsonl' && values.format !== 'text') {
    throw new UsageError(`extract: expected --format to be jsonl or text, found ${values.format}`)
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes'])
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(
      `extract: expected --max-bytes to be a positive integer, found ${values['max-bytes']}`,
    )
  }
  return {
    paths: positionals,
    format: values.format,
    maxBytes,
    ...(values.topics ? { topics: values.topics } : {}),
  }
}

/** Counts of one run, for the summary line. */
interface Tally {
  ok: number
  failed: number
  quotes: number
}

function analyzeSafely(article: Parameters<typeof analyze>[0], ctx: StageContext): Analyzed | Diagnostic {
  try {
    return analyze(article, ctx)
  } catch (error) {
    return diagnostic('PIPELINE_FAILED', 'pipeline', {
      message: `Analysis failed: ${(error as Error).message}`,
    })
  }
}

/** `subtext extract`: analyse inputs and print the extract contract (or text for people). */
export async function extractCommand(argv: string[], io: CliIo, base: StageContext): Promise<number> {
  const opts = parseExtractArgs(argv)
  const ctx: StageContext = opts.topics ? { ...base, topics: await readTopicsFile(opts.topics) } : base
  // the optional language-model stance backend, when SUBTEXT_LLM_URL and SUBTEXT_LLM_MODEL say so
  const refiner = ctx.topics?.length ? await stanceRefinerFrom(io.env ?? {}) : null
  const tally: Tally = { ok: 0, failed: 0, quotes: 0 }
  const inputs = readInputs(opts.paths, { maxBytes: opts.maxBytes }, io.stdin ? { stdin: io.stdin } : {})
  for await (const result of inputs) {
    if (result.status === 'failed') {
      tally.failed++
      io.stderr.write(
        `${formatDiagnostic(result.location.path, result.diagnostic, undefined, result.location.line)}\n`,
      )
      continue
    }
    const { article } = result
    const where = article.source.path ?? article.id
    const analysed = analyzeSafely(article, ctx)
    if ('code' in analysed) {
      tally.failed++
      io.stderr.write(`${formatDiagnostic(where, analysed, undefined, article.source.line)}\n`)
      continue
    }
    let doc = analysed
    if (refiner) {
      const refined = await refiner.refine(doc, ctx.topics ?? [])
      doc = refined.doc
      for (const e of refined.report.errors)
        io.stderr.write(`${where}: warning LLM stance fell back to rules: ${e}\n`)
    }
    tally.ok++
    tally.quotes += doc.quotes.length
    for (const d of doc.diagnostics) {
      if (d.severity !== 'info')
        io.stderr.write(`${formatDiagnostic(where, d, doc.text, article.source.line)}\n`)
    }
    io.stdout.write(
      opts.format === 'jsonl' ? `${JSON.stringify(toExtractRecord(doc))}\n` : renderText(doc, io.isTTY),
    )
  }
  await refiner?.flush()
  io.stderr.write(
    `subtext: ${tally.ok} article(s) analysed, ${tally.failed} failed, ${tally.quotes} quotation(s)\n`,
  )
  return tally.failed > 0 ? 1 : 0
}
