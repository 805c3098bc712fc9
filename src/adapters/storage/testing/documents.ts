/**
 * Real analysed documents for the store's tests: the two sample articles and short passages
 * written for the cases the samples lack (outlets, dates, emoji, search ranking). Each is run
 * through the real pipeline, once per process.
 * @module
 */
import { resolve } from 'node:path'
import type { Analyzed, RawArticle, StageContext } from '../../../core/index.ts'
import { documentId } from '../../../core/index.ts'
import { analyze, PIPELINE_VERSION } from '../../../pipeline.ts'
import { createContext } from '../../cli/main.ts'
import { readTopicsFile } from '../../config/topics-file.ts'
import { readInputs } from '../../ingest/index.ts'
import { contentHashOf, type SaveMeta } from '../store.ts'

export const SAMPLES_DIR = resolve(import.meta.dirname, '../../../../../shared/samples')
export const SAMPLE_FILES = ['000_17930391241d76a3.txt', '003_146a92e843f25df6.txt'].map((f) =>
  resolve(SAMPLES_DIR, f),
)
const TOPICS_FILE = resolve(import.meta.dirname, '../../../../examples/topics.yaml')

/** The passages, by name: each names its outlet, date and URL as a JSONL record would. */
export const PASSAGES = {
  lagos: {
    outlet: 'Lagos Ledger',
    published: '2025-03-01',
    text: `Lagos talks stall over fuel subsidy

Nigeria's finance minister Wale Edun said on Tuesday that the fuel subsidy would not return. "We cannot go back to a subsidy that bankrupted the treasury," Edun told reporters in Abuja.

Labour leader Joe Ajaero rejected the plan. "Workers will strike if prices rise again," Ajaero said.`,
  },
  tehran: {
    outlet: 'Example Times',
    published: '2025-03-05',
    text: `🇮🇷 Tehran rally 🔥

Foreign Minister Abbas Araghchi said: “We will not negotiate under pressure 😠, and the world knows it.”

Protesters 🙌 chanted outside the ministry. “Talks are a trap 🪤,” said Hamid Rasaee, a member of parliament.`,
  },
  ferry: {
    outlet: 'Example Times',
    published: '2025-04-10',
    text: `Zanzibar ferry inquiry opens

The Zanzibar ferry inquiry opened on Monday in Stone Town. Transport minister Khamis Mussa said the inquiry would report by June.

"Every family deserves answers about the Zanzibar crossing," Mussa told reporters.`,
  },
  port: {
    outlet: 'Coast Herald',
    published: '2024-12-20',
    text: `Port strike ends in Mombasa

Dock workers returned on Friday after a week-long strike over pay.

"We have a deal, and we want safer boats on the crossing to Zanzibar," said union leader Mary Wanjiru.`,
  },
} as const

export type PassageName = keyof typeof PASSAGES

/** Everything the tests need, analysed. */
export interface Fixtures {
  readonly ctx: StageContext
  readonly samples: readonly Analyzed[]
  readonly passages: Readonly<Record<PassageName, Analyzed>>
}

/** A passage as a reader would hand it over (a JSONL record with a URL and outlet). */
export function passageArticle(name: string, text: string, outlet: string, published: string): RawArticle {
  return {
    id: documentId(name),
    source: { path: null, url: `https://news.example.org/${name}`, outlet },
    format: 'text',
    text,
    published,
    diagnostics: [],
  }
}

async function load(): Promise<Fixtures> {
  const ctx: StageContext = { ...createContext(), topics: await readTopicsFile(TOPICS_FILE) }
  const samples: Analyzed[] = []
  for await (const r of readInputs(SAMPLE_FILES)) {
    if (r.status !== 'ok')
      throw new Error(`fixtures: cannot read ${r.location.path}: ${r.diagnostic.message}`)
    samples.push(analyze(r.article, ctx))
  }
  const passages = Object.fromEntries(
    Object.entries(PASSAGES).map(([name, p]) => [
      name,
      analyze(passageArticle(name, p.text, p.outlet, p.published), ctx),
    ]),
  ) as Record<PassageName, Analyzed>
  return { ctx, samples, passages }
}

let cached: Promise<Fixtures> | undefined

/** The analysed fixtures, computed on first use. */
export const fixtures = (): Promise<Fixtures> => {
  cached ??= load()
  return cached
}

/** The save metadata for a document, as `subtext ingest` computes it. */
export const metaOf = (doc: Analyzed, pipelineVersion: string = PIPELINE_VERSION): SaveMeta => ({
  contentHash: contentHashOf(doc),
  pipelineVersion,
})

/** Analyses a text as a passage with the given name and metadata. */
export async function analyzePassage(
  name: string,
  text: string,
  outlet = 'Example Times',
  published = '2025-05-01',
): Promise<Analyzed> {
  const { ctx } = await fixtures()
  return analyze(passageArticle(name, text, outlet, published), ctx)
}
