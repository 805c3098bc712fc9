import { createGenerator } from '../scripts/corpus/article.ts'
import { createContext } from '../src/adapters/cli/main.ts'
import { readTopicsFile } from '../src/adapters/config/topics-file.ts'
import { analyze } from '../src/pipeline.ts'
import { scoreStance } from '../src/stages/stance/index.ts'
import { rawFromGenerated } from './articles.ts'
const g = createGenerator('bench')
const base = createContext()
const docs = Array.from({ length: 600 }, (_, i) => analyze(rawFromGenerated(g.article(i), i + 1), base))
const topics = await readTopicsFile('examples/topics.yaml')
const ctx = { ...base, topics }
let n = 0
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now()
  for (const d of docs) n += scoreStance(d, ctx).stances.length
  console.log(((performance.now() - t) / docs.length).toFixed(2), 'ms stance', n)
}
