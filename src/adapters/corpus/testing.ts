/**
 * Passages written for the corpus-actor tests (the people are invented), and a store holding
 * them analysed by the real pipeline. Between them: one person spelt two ways (Ghasemi/Qasemi),
 * one man called by two names that the resolver keeps apart (Robert and Bob Hale), and two men
 * whose names the resolver would merge (Mohammad Reza and Reza Karimi).
 * @module
 */
import { documentId } from '../../core/index.ts'
import { analyze, PIPELINE_VERSION } from '../../pipeline.ts'
import { createContext } from '../cli/main.ts'
import { parseTopics } from '../config/topics-file.ts'
import { openStore } from '../storage/open-store.ts'
import { contentHashOf, type Store } from '../storage/store.ts'

/** The passages, as JSONL input gives them. */
export const PASSAGES = [
  {
    id: 'border-vote',
    outlet: 'Northern Courier',
    published: '2025-03-02',
    text: `Border bill heads to a vote

Senator Robert Hale said on Sunday that the border bill would pass. "We have the votes, and we will use them," Hale told reporters in the capital.

Interior Minister Dariush Ghasemi rejected the plan. "This bill is a gift to smugglers," Ghasemi said.

Mayor Mohammad Reza Karimi backed the minister. "Our town pays for every loophole," Karimi said.`,
  },
  {
    id: 'border-defeat',
    outlet: 'Evening Ledger',
    published: '2025-03-09',
    text: `Border bill fails by two votes

Senator Bob Hale insisted the bill was not dead. "Nobody should count us out," Bob Hale said after the vote.

The interior minister, Dariush Qasemi, said the government would appeal. "We will take this to the courts," Qasemi said.

Student leader Reza Karimi called the vote a relief. "Young people want work, not walls," Reza Karimi said.`,
  },
] as const

/** The passages as a JSONL file's content, for `subtext ingest`. */
export const PASSAGES_JSONL = PASSAGES.map((p) => JSON.stringify(p)).join('\n')

/** A registry that pins Bob Hale to Robert Hale, keeps the two Karimis apart, and labels actors. */
export const REGISTRY_YAML = `- name: Robert Hale
  aliases: [Bob Hale]
  country: Freedonia
  camp: hawks
- name: Mohammad Reza Karimi
  never: [Reza Karimi]
  affiliation: Town Council
  camp: government
`

/** One topic the passages take stances on. */
export const TOPICS_YAML = `- id: border-bill
  label: The border bill
  about: [bill, vote, votes, loophole, walls]
`

/** A fresh in-memory store holding the passages, with stances on {@link TOPICS_YAML}. */
export async function passageStore(): Promise<Store> {
  const ctx = { ...createContext(), topics: parseTopics(TOPICS_YAML, 'topics.yaml') }
  const store = await openStore(':memory:')
  for (const p of PASSAGES) {
    const doc = analyze(
      {
        id: documentId(p.id),
        source: { path: null, url: `https://news.example.org/${p.id}`, outlet: p.outlet },
        format: 'text',
        text: p.text,
        published: p.published,
        diagnostics: [],
      },
      ctx,
    )
    await store.saveArticle(doc, { contentHash: contentHashOf(doc), pipelineVersion: PIPELINE_VERSION })
  }
  return store
}
