/**
 * score_quotes.py reads "speaker" as a string, while the extract contract (../shared/OUTPUT.md)
 * gives an object. This filter rewrites each quote's speaker to a string, stdin to stdout:
 * `--as name` (the default) the resolved actor's name ("Tom Clarke" for a "he said"), `--as
 * mention` the words of the mention that names the speaker ("he"), which is what PolNeAR's gold
 * annotates (its speaker is the source mention, with an automatic pronoun resolution beside it).
 *   npx subtext extract gold.jsonl | node --import tsx scripts/flatten-speakers.ts [--as mention] > out.jsonl
 */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

type Speaker = { name?: string; text?: string } | string | null
const { values } = parseArgs({ options: { as: { type: 'string', default: 'name' } } })
if (values.as !== 'name' && values.as !== 'mention') throw new Error(`--as name|mention, found ${values.as}`)
const field = values.as === 'mention' ? 'text' : 'name'

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const doc = JSON.parse(line) as { quotes?: { speaker?: Speaker }[] }
  for (const q of doc.quotes ?? []) {
    if (q.speaker && typeof q.speaker === 'object') q.speaker = q.speaker[field] ?? q.speaker.name ?? null
  }
  process.stdout.write(`${JSON.stringify(doc)}\n`)
}
