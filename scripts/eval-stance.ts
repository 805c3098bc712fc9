/**
 * Stance accuracy on the project's own stance test set (src/stages/stance/fixtures/stance-set.jsonl):
 * each statement is put in a small article (its context paragraph, then the quotation attributed to
 * a speaker) and run through the whole pipeline with examples/topics.yaml. Prints JSON:
 * accuracy, macro-F1 and per-label precision/recall/F1, overall and per topic.
 *   node --import tsx scripts/eval-stance.ts [--misses]
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createContext } from '../src/adapters/cli/main.ts'
import { parseTopics } from '../src/adapters/config/topics-file.ts'
import { documentId, type StanceLabel } from '../src/core/index.ts'
import { analyze } from '../src/pipeline.ts'

interface Item {
  id: string
  topic: string
  text: string
  context: string | null
  label: StanceLabel
}

const root = resolve(import.meta.dirname, '..')
const items = readFileSync(resolve(root, 'src/stages/stance/fixtures/stance-set.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Item)
const topics = parseTopics(
  readFileSync(resolve(root, 'examples/topics.yaml'), 'utf8'),
  'examples/topics.yaml',
)
const ctx = { ...createContext(), topics }
const LABELS: StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']

/** The label the pipeline gives the statement, read as the scorers do: no entry means neutral. */
export function predict(item: Item): StanceLabel {
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

function score(pairs: [StanceLabel, StanceLabel][]) {
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
  const macroF1 = LABELS.reduce((sum, l) => sum + per[l]!.f1, 0) / LABELS.length
  return { n: pairs.length, accuracy: round(accuracy), macro_f1: round(macroF1), per_label: per }
}

const round = (x: number) => Number(x.toFixed(3))

const results = items.map((item) => ({ item, predicted: predict(item) }))
const byTopic = Object.fromEntries(
  [...new Set(items.map((i) => i.topic))].map((t) => [
    t,
    score(results.filter((r) => r.item.topic === t).map((r) => [r.item.label, r.predicted])),
  ]),
)
process.stdout.write(
  `${JSON.stringify({ overall: score(results.map((r) => [r.item.label, r.predicted])), by_topic: byTopic }, null, 2)}\n`,
)
if (process.argv.includes('--misses')) {
  for (const r of results.filter((x) => x.item.label !== x.predicted)) {
    process.stderr.write(
      `${r.item.id} ${r.item.topic} gold=${r.item.label} got=${r.predicted}: ${r.item.text}\n`,
    )
  }
}
