import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGenerator, type GeneratedArticle } from '../scripts/corpus/article.ts'
import { documentId, type RawArticle } from '../src/core/index.ts'

const SAMPLES = fileURLToPath(new URL('../../shared/samples/', import.meta.url))

/** The two real sample articles, read as the CLI reads a .txt file: text only, no metadata. */
function sampleArticles(): RawArticle[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(SAMPLES, f)
      return {
        id: documentId(basename(f, '.txt')),
        source: { path, url: null, outlet: null },
        format: 'text',
        text: readFileSync(path, 'utf8'),
        diagnostics: [],
      }
    })
}

/** A generated article shaped as the JSONL reader shapes a record: text verbatim, metadata beside it. */
export function rawFromGenerated(g: GeneratedArticle, line: number): RawArticle {
  return {
    id: documentId(g.id),
    source: { path: null, url: g.url, outlet: g.outlet, line },
    format: 'jsonl',
    text: g.text,
    title: g.title,
    published: g.published,
    diagnostics: [],
  }
}

/**
 * The bench corpus, in memory: `n` generated articles, shaped as the JSONL reader shapes a record
 * (text kept verbatim, title, outlet, url and published date as metadata), then the two samples.
 */
export function benchArticles(n: number, seed: string): RawArticle[] {
  const generator = createGenerator(seed)
  const articles: RawArticle[] = []
  for (let i = 0; i < n; i++) articles.push(rawFromGenerated(generator.article(i), i + 1))
  return [...articles, ...sampleArticles()]
}
