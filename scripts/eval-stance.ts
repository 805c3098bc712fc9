/**
 * Stance accuracy on the project's own stance test set (src/stages/stance/fixtures/stance-set.jsonl):
 * each statement is put in a small article (its context paragraph, then the quotation attributed to
 * a speaker) and run through the whole pipeline with examples/topics.yaml. Prints JSON:
 * accuracy, macro-F1 and per-label precision/recall/F1, overall and per topic.
 * The set is split by id parity: odd ids (s001, s003, …) are the dev half the rules were tuned on,
 * even ids the held-out test half.
 *   node --import tsx scripts/eval-stance.ts [--split dev|test|all] [--misses]
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createContext } from '../src/adapters/cli/main.ts'
import { parseTopics } from '../src/adapters/config/topics-file.ts'
import { documentId, type StageContext, type StanceLabel } from '../src/core/index.ts'
import { analyze } from '../src/pipeline.ts'

/** One statement of the stance set. */
export interface Item {
  readonly id: string
  readonly topic: string
  readonly text: string
  readonly context: string | null
  readonly label: StanceLabel
}

/** A half of the set: odd ids are dev, even ids test. */
export type Split = 'dev' | 'test' | 'all'

const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']
const root = resolve(import.meta.dirname, '..')

/** Which half an item belongs to: odd ids are dev, even ids test. */
export function splitOf(id: string): Exclude<Split, 'all'> {
  return Number(id.replace(/\D/g, '')) % 2 === 1 ? 'dev' : 'test'
}

/** The set's items in one half (or all of them). */
export function loadItems(split: Split): Item[] {
  return readFileSync(resolve(root, 'src/stages/stance/fixtures/stance-set.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Item)
    .filter((item) => split === 'all' || splitOf(item.id) === split)
}

/** The pipeline's context with examples/topics.yaml loaded. */
export function evalContext(): StageContext {
  const topics = parseTopics(
    readFileSync(resolve(root, 'examples/topics.yaml'), 'utf8'),
    'examples/topics.yaml',
  )
  return { ...createContext(), topics }
}

/** The label the pipeline gives the statement, read as the scorers do: no entry means neutral. */
export function predict(item: Item, ctx: StageContext): StanceLabel {
  const quote = `“${item.text}” the official said.`
  const text = item.context ? `${item.context}\n\n${quote}` : quote
  const doc = analyze(
    {
      id: documentId(item.id),
      source: { path: null, url: null, outlet: null },
      format: 'text',
      text,
      diagnostics: [],
    },
    ctx,
  )
  const q = doc.quotes.find((x) =>
    doc.text.slice(x.span.start, x.span.end).startsWith(item.text.slice(0, 20)),
  )
  return doc.stances.find((s) => s.quote === q?.id && s.topic === item.topic)?.label ?? 'neutral'
}

const round = (x: number) => Number(x.toFixed(3))

/** Accuracy, macro-F1 and per-label precision/recall/F1 of [gold, predicted] pairs. */
export function score(pairs: readonly (readonly [StanceLabel, StanceLabel])[]) {
  const per = Object.fromEntries(
    LABELS.map((label) => {
      const tp = pairs.filter(([g, s]) => g === label && s === label).length
      const fp = pairs.filter(([g, s]) => g !== label && s === label).length
      const fn = pairs.filter(([g, s]) => g === label && s !== label).length
      const p = tp + fp ? tp / (tp + fp) : 0
      const r = tp + fn ? tp / (tp + fn) : 0
      return [
        label,
        { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), n: tp + fn },
      ]
    }),
  )
  const accuracy = pairs.filter(([g, s]) => g === s).length / pairs.length
  const macroF1 = LABELS.reduce((sum, l) => sum + (per[l]?.f1 ?? 0), 0) / LABELS.length
  return { n: pairs.length, accuracy: round(accuracy), macro_f1: round(macroF1), per_label: per }
}

function readSplit(argv: readonly string[]): Split {
  const at = argv.indexOf('--split')
  const value = at >= 0 ? argv[at + 1] : 'all'
  if (value !== 'dev' && value !== 'test' && value !== 'all')
    throw new Error(`eval-stance: expected --split dev|test|all, found ${JSON.stringify(value)}`)
  return value
}

function main(argv: readonly string[]): void {
  const split = readSplit(argv)
  const ctx = evalContext()
  const items = loadItems(split)
  const results = items.map((item) => ({ item, predicted: predict(item, ctx) }))
  const byTopic = Object.fromEntries(
    [...new Set(items.map((i) => i.topic))].map((t) => [
      t,
      score(results.filter((r) => r.item.topic === t).map((r) => [r.item.label, r.predicted] as const)),
    ]),
  )
  const overall = score(results.map((r) => [r.item.label, r.predicted] as const))
  process.stdout.write(`${JSON.stringify({ split, overall, by_topic: byTopic }, null, 2)}\n`)
  if (argv.includes('--misses')) {
    for (const r of results.filter((x) => x.item.label !== x.predicted)) {
      process.stderr.write(
        `${r.item.id} ${r.item.topic} gold=${r.item.label} got=${r.predicted}: ${r.item.text}\n`,
      )
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2))
