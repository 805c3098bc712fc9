/**
 * A store for the HTTP tests: the two sample articles and a hostile one, analysed by the real
 * pipeline into SQLite in memory.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Analyzed, StageContext } from '../../core/index.ts'
import { documentId } from '../../core/index.ts'
import { analyze, PIPELINE_VERSION } from '../../pipeline.ts'
import { createContext } from '../cli/main.ts'
import { parseTopics } from '../config/topics-file.ts'
import { readInputs } from '../ingest/index.ts'
import { openStore } from '../storage/open-store.ts'
import { contentHashOf, type Store, storedArticleId } from '../storage/store.ts'

/** The two sample articles of ../shared/samples. */
export const SAMPLES_DIR = resolve(import.meta.dirname, '../../../../shared/samples')
const SAMPLES = ['000_17930391241d76a3.txt', '003_146a92e843f25df6.txt'].map((f) => resolve(SAMPLES_DIR, f))
const TOPICS = resolve(import.meta.dirname, '../../../examples/topics.yaml')

/** Markup an attacker might put in an article; it must only ever reach a page as text. */
export const SCRIPT = '<script>alert(1)</script>'
export const ATTRIBUTE = '" onmouseover="alert(1)'

/** An article whose title, text and quotation carry markup and script. */
export const HOSTILE_TEXT = `Talks row ${SCRIPT}

Foreign Minister Abbas Araghchi said on Monday that Iran would not negotiate under pressure. "We reject talks ${SCRIPT} under threat${ATTRIBUTE}," Araghchi told reporters in Tehran.

A caption read <img src=x onerror=alert(1)> and ${ATTRIBUTE} in full.`

/** What the tests use: the store, the stored ids of the samples and of the hostile article. */
export interface SeededStore {
  readonly store: Store
  readonly sampleIds: readonly string[]
  readonly hostileId: string
}

const save = async (store: Store, doc: Analyzed): Promise<string> => {
  await store.saveArticle(doc, { contentHash: contentHashOf(doc), pipelineVersion: PIPELINE_VERSION })
  return storedArticleId(doc)
}

/** Opens a fresh in-memory store holding the samples and the hostile article. */
export async function seededStore(): Promise<SeededStore> {
  const ctx: StageContext = {
    ...createContext(),
    topics: parseTopics(await readFile(TOPICS, 'utf8'), TOPICS),
  }
  const store = await openStore(':memory:')
  const sampleIds: string[] = []
  for await (const r of readInputs(SAMPLES)) {
    if (r.status !== 'ok') throw new Error(`http tests: cannot read ${r.location.path}`)
    sampleIds.push(await save(store, analyze(r.article, ctx)))
  }
  const hostile = analyze(
    {
      id: documentId('hostile'),
      source: {
        path: null,
        url: `https://news.example.org/hostile?x=${encodeURIComponent(SCRIPT)}`,
        outlet: `Evil ${SCRIPT} Times`,
      },
      format: 'text',
      text: HOSTILE_TEXT,
      title: `Talks row ${SCRIPT}`,
      published: '2025-03-10',
      diagnostics: [],
    },
    ctx,
  )
  return { store, sampleIds, hostileId: await save(store, hostile) }
}
