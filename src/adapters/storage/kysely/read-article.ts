import type { Kysely, Selectable } from 'kysely'
import type { StructureHint } from '../../../core/index.ts'
import type { StoredActor, StoredArticle } from '../store.ts'
import { selectQuotes, toQuoteRow } from './quote-query.ts'
import type { Database } from './schema.ts'

/** Parses a JSON array column. */
const strings = (json: string): string[] => JSON.parse(json) as string[]

/** An actors row as the Store API returns it. */
export const toStoredActor = (r: Selectable<Database['actors']>): StoredActor => ({
  id: r.actor_id,
  name: r.name,
  kind: r.kind,
  role: r.role,
  roles: strings(r.roles),
  aliases: strings(r.aliases),
})

/** The structure hints column back as hints. */
function structureOf(json: string | null): StructureHint[] {
  if (json === null) return []
  const hints = JSON.parse(json) as { kind: StructureHint['kind']; start: number; end: number }[]
  return hints.map((h) => ({ kind: h.kind, span: { start: h.start, end: h.end } }))
}

/** An article and its layers, by stored id; pg returns some integers as strings, hence Number(). */
export async function readArticle(db: Kysely<Database>, id: string): Promise<StoredArticle | undefined> {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
  if (!a) return undefined
  const [regions, actors, quotes, stances, acts, diagnostics] = await Promise.all([
    db.selectFrom('regions').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('actors').selectAll().where('article_id', '=', id).orderBy('actor_id').execute(),
    selectQuotes(db).where('q.article_id', '=', id).orderBy('q.seq').execute(),
    db
      .selectFrom('stances')
      .selectAll()
      .where('article_id', '=', id)
      .orderBy('quote_id')
      .orderBy('topic')
      .execute(),
    db.selectFrom('acts').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('diagnostics').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
  ])
  return {
    id: a.id,
    docId: a.doc_id,
    source: { path: a.source_path, url: a.source_url, outlet: a.outlet },
    title: a.title,
    byline: a.byline,
    published: a.published,
    publishedInferred: Number(a.published_inferred) === 1,
    language: a.language,
    text: a.text,
    contentHash: a.content_hash,
    pipelineVersion: a.pipeline_version,
    ingestedAt: a.ingested_at,
    input: { format: a.input_format, title: a.input_title, structure: structureOf(a.input_structure) },
    regions: regions.map((r) => ({ kind: r.kind, start: Number(r.span_start), end: Number(r.span_end) })),
    actors: actors.map(toStoredActor),
    quotes: quotes.map(toQuoteRow),
    stances: stances.map((s) => ({
      quoteId: s.quote_id,
      topic: s.topic,
      label: s.label,
      holder: s.holder,
      confidence: Number(s.confidence),
      method: s.method,
    })),
    acts: acts.map((x) => ({
      quoteId: x.quote_id,
      kind: x.kind,
      targetActorId: x.target_actor_id,
      targetName: x.target_name,
      evidence: { start: Number(x.evidence_start), end: Number(x.evidence_end), text: x.evidence },
      method: x.method,
    })),
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      stage: d.stage,
      message: d.message,
      start: d.span_start === null ? null : Number(d.span_start),
      end: d.span_end === null ? null : Number(d.span_end),
    })),
  }
}
