/**
 * score_quotes.py reads "speaker" as a string, while the extract contract (../shared/OUTPUT.md)
 * gives an object. This filter rewrites each quote's speaker to its name, stdin to stdout.
 *   npx subtext extract gold.jsonl | node --import tsx scripts/flatten-speakers.ts > out.jsonl
 */
import { createInterface } from 'node:readline'

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const doc = JSON.parse(line) as { quotes?: { speaker?: { name?: string } | string | null }[] }
  for (const q of doc.quotes ?? []) {
    if (q.speaker && typeof q.speaker === 'object') q.speaker = q.speaker.name ?? null
  }
  process.stdout.write(`${JSON.stringify(doc)}\n`)
}
