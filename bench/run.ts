/**
 * Throughput of the pipeline on one core, printed as one JSON object: `npm run bench [-- --articles N]
 * [--only tokenize_only|tagger_only|clean_segment|extract_full|extract_stages]`. See bench/README.md for the figures.
 */
import { parseArgs } from 'node:util'
import { createContext } from '../src/adapters/cli/main.ts'
import { analyze } from '../src/pipeline.ts'
import { clean } from '../src/stages/clean/index.ts'
import { segment, tokenize } from '../src/stages/segment/index.ts'
import { benchArticles } from './articles.ts'
import { type Measurement, measure, memory, round } from './measure.ts'
import { timeStages } from './stages.ts'

const SEED = 'bench'
const MODES = ['tokenize_only', 'tagger_only', 'clean_segment', 'extract_full', 'extract_stages'] as const
type Mode = (typeof MODES)[number]

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '2000' }, only: { type: 'string' } },
})
const n = Number(values.articles)
if (!Number.isInteger(n) || n < 1)
  throw new Error(`bench: expected --articles to be a positive integer, found ${values.articles}`)
if (values.only !== undefined && !MODES.includes(values.only as Mode)) {
  throw new Error(`bench: expected --only to be one of ${MODES.join(', ')}, found ${values.only}`)
}
const wanted = (m: Mode): boolean => values.only === undefined || values.only === m

const t0 = performance.now()
const articles = benchArticles(n, SEED)
const generateMs = performance.now() - t0
const ctx = createContext()
const log = (s: string) => process.stderr.write(`bench: ${s}\n`)

const result: Record<string, unknown> = {
  node: process.version,
  articles: articles.length,
  total_chars: articles.reduce((sum, a) => sum + a.text.length, 0),
  corpus: { seed: SEED, generated: n, samples: articles.length - n, generate_ms: Math.round(generateMs) },
  memory_before: memory(),
}

const runs: Partial<Record<Mode, Measurement>> = {}
const strip = ({ checksum: _, ...m }: Measurement & { checksum: number }): Measurement => m

if (wanted('tokenize_only')) {
  log('tokenize_only')
  runs.tokenize_only = strip(measure(articles, (a) => tokenize(a.text).length))
}
if (wanted('tagger_only')) {
  log('tagger_only')
  runs.tagger_only = strip(measure(articles, (a) => ctx.tagger.tag(a.text).tokens.length))
}
if (wanted('clean_segment')) {
  log('clean_segment')
  runs.clean_segment = strip(measure(articles, (a) => segment(clean(a, ctx), ctx).tokens.length))
}
if (wanted('extract_full')) {
  log('extract_full')
  runs.extract_full = strip(measure(articles, (a) => analyze(a, ctx).quotes.length))
}
Object.assign(result, runs)

const { tokenize_only: tok, clean_segment: cs, extract_full: full } = runs
if (tok && (cs || full)) {
  result.time_ratios = {
    ...(full ? { extract_full_over_tokenize_only: round(tok.articles_per_s / full.articles_per_s, 2) } : {}),
    ...(cs ? { clean_segment_over_tokenize_only: round(tok.articles_per_s / cs.articles_per_s, 2) } : {}),
  }
}
if (cs || full) {
  result.targets = {
    ...(cs ? { clean_segment_500_per_s: cs.articles_per_s >= 500 } : {}),
    ...(full ? { extract_full_200_per_s: full.articles_per_s >= 200 } : {}),
  }
}
if (wanted('extract_stages')) {
  log('extract_stages')
  result.extract_stages = { ...timeStages(articles, ctx), ...memory() }
}

process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
