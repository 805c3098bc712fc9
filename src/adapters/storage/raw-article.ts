import { extname } from 'node:path'
import type { Diagnostic, DocumentId, InputFormat, RawArticle } from '../../core/index.ts'
import type { StoredArticle } from './store.ts'

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
}

/**
 * The format a stored article was read in: as saved, or for articles saved before formats were
 * kept, what its path implies (a record of a JSONL file has a URL and no path: 'jsonl').
 */
function formatOf(a: StoredArticle): InputFormat {
  if (a.input.format !== null) return a.input.format
  const path = a.source.path
  if (path === null) return 'jsonl'
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? 'text'
}

/**
 * The input the pipeline read, rebuilt from the store: the same id, source, text and stated
 * metadata, the reader's structure hints and its diagnostics, so a re-analysis starts where
 * ingest did. A publication date the pipeline inferred is left out, to be inferred again; a title
 * is passed only when the input stated one (or, for articles saved before that was kept, as stored).
 * @example const doc = analyze(rawArticleOf(await store.getArticle(id)), ctx)
 */
export function rawArticleOf(a: StoredArticle): RawArticle {
  const fromReader: Diagnostic[] = a.diagnostics
    .filter((d) => d.stage === 'ingest')
    .map((d) => ({
      code: d.code as Diagnostic['code'],
      severity: d.severity,
      stage: 'ingest',
      message: d.message,
      ...(d.start !== null && d.end !== null ? { span: { start: d.start, end: d.end } } : {}),
    }))
  return {
    id: a.docId as DocumentId,
    source: { ...a.source },
    format: formatOf(a),
    text: a.text,
    title: a.input.format === null ? a.title : a.input.title,
    byline: a.byline,
    published: a.publishedInferred ? null : a.published,
    ...(a.input.structure.length > 0 ? { structure: a.input.structure } : {}),
    diagnostics: fromReader,
  }
}
