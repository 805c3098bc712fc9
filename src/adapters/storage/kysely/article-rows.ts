import type { Insertable } from 'kysely'
import type { Analyzed, Quote, Span } from '../../../core/index.ts'
import { sliceSpan, spanProblem } from '../../../core/index.ts'
import { type SaveMeta, storedArticleId } from '../store.ts'
import { CHILD_TABLES, type Database } from './schema.ts'

/** An article as rows, one array per table, ready to insert. */
export interface ArticleRows {
  readonly article: Insertable<Database['articles']>
  readonly regions: Insertable<Database['regions']>[]
  readonly actors: Insertable<Database['actors']>[]
  readonly actorNames: Insertable<Database['actor_names']>[]
  readonly quotes: Insertable<Database['quotes']>[]
  readonly stances: Insertable<Database['stances']>[]
  readonly acts: Insertable<Database['acts']>[]
  readonly diagnostics: Insertable<Database['diagnostics']>[]
}

/**
 * The key a name is matched by: accents, case and apostrophe style folded, spaces collapsed.
 * @example nameKey('  Ali  KHAMENEI’s ') // "ali khamenei's"
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The key an actor is looked up by: {@link nameKey} with hyphens read as spaces, so that an id
 * ('ali-khamenei') and the name it was made from share one key, and one index entry.
 * @example actorKey('Ali-Khamenei') // 'ali khamenei'
 */
export const actorKey = (name: string): string => nameKey(name.replace(/[-\u2010\u2011]/g, ' '))

/** Throws unless every span the store keeps lies inside the text on code-point boundaries. */
function checkSpans(doc: Analyzed): void {
  const spans: [string, Span | undefined][] = [
    ...doc.regions.map((r): [string, Span] => [`region ${r.kind}`, r.span]),
    ...doc.quotes.flatMap((q): [string, Span | undefined][] => [
      [`quote ${q.id}`, q.span],
      [`cue of ${q.id}`, q.cue],
      [`speaker of ${q.id}`, q.speaker?.span],
      ...(q.verbatim ?? []).map((s): [string, Span] => [`verbatim of ${q.id}`, s]),
    ]),
    ...doc.acts.map((a): [string, Span] => [`${a.kind} act of ${a.quote}`, a.evidence]),
  ]
  for (const [what, s] of spans) {
    const problem = s && spanProblem(doc.text, s)
    if (problem) throw new RangeError(`store: ${doc.id}: ${what}: ${problem}`)
  }
}

/** Every key an actor answers to: name, aliases, id, and a person's surname. */
function actorKeys(actor: Analyzed['actors'][number]): Set<string> {
  const keys = new Set([actor.name, actor.id, ...actor.aliases].map(actorKey))
  const parts = actor.name.split(/\s+/)
  if (actor.kind === 'person' && parts.length > 1) keys.add(actorKey(parts.at(-1) ?? ''))
  keys.delete('')
  return keys
}

type ActorsById = ReadonlyMap<string, Analyzed['actors'][number]>

function quoteRow(doc: Analyzed, articleId: string, actors: ActorsById, q: Quote, seq: number) {
  const sp = q.speaker
  const actor = sp?.actor ? actors.get(sp.actor) : undefined
  return {
    article_id: articleId,
    quote_id: q.id,
    seq,
    kind: q.kind,
    span_start: q.span.start,
    span_end: q.span.end,
    text: sliceSpan(doc, q.span),
    verbatim: q.verbatim ? JSON.stringify(q.verbatim.map((s) => ({ start: s.start, end: s.end }))) : null,
    cue_start: q.cue?.start ?? null,
    cue_end: q.cue?.end ?? null,
    cue: q.cue ? sliceSpan(doc, q.cue) : null,
    speaker_actor_id: sp?.actor ?? null,
    speaker_name: sp ? (actor?.name ?? sliceSpan(doc, sp.span)) : null,
    speaker_role: actor?.roles[0]?.title ?? null,
    speaker_start: sp?.span.start ?? null,
    speaker_end: sp?.span.end ?? null,
    speaker_method: sp?.method ?? null,
    speaker_confidence: sp?.confidence ?? null,
    date: q.date ?? null,
    statement: q.statement,
    method: q.method,
  }
}

/**
 * Stance rows, each with what the topic field groups by, copied from its quotation and article:
 * the actor (the speaker's actor id, else name), the day said (else published) and the outlet.
 */
function stanceRows(doc: Analyzed, articleId: string, quotes: readonly ReturnType<typeof quoteRow>[]) {
  const byId = new Map(quotes.map((q) => [q.quote_id, q]))
  return doc.stances.map((s) => {
    const q = byId.get(s.quote)
    return {
      article_id: articleId,
      quote_id: s.quote,
      topic: s.topic,
      label: s.label,
      holder: s.holder ?? null,
      confidence: s.confidence,
      evidence: JSON.stringify(s.evidence.map((e) => ({ start: e.start, end: e.end }))),
      method: s.method,
      actor: q?.speaker_actor_id ?? q?.speaker_name ?? null,
      actor_name: q?.speaker_name ?? null,
      day: q?.date ?? doc.meta.published ?? null,
      outlet: doc.source.outlet,
    }
  })
}

/** The article row itself. */
function articleRow(doc: Analyzed, meta: SaveMeta, ingestedAt: string): ArticleRows['article'] {
  const outlet = doc.source.outlet
  return {
    id: storedArticleId(doc),
    doc_id: doc.id,
    source_path: doc.source.path,
    source_url: doc.source.url,
    outlet,
    outlet_key: outlet === null ? null : nameKey(outlet),
    title: doc.meta.title,
    byline: doc.meta.byline,
    published: doc.meta.published,
    published_inferred: doc.meta.publishedInferred ? 1 : 0,
    language: doc.meta.language,
    text: doc.text,
    content_hash: meta.contentHash,
    pipeline_version: meta.pipelineVersion,
    ingested_at: ingestedAt,
    quote_count: doc.quotes.length,
    input_format: meta.input?.format ?? null,
    input_title: meta.input?.title ?? null,
    input_structure: meta.input?.structure?.length
      ? JSON.stringify(
          meta.input.structure.map((h) => ({ kind: h.kind, start: h.span.start, end: h.span.end })),
        )
      : null,
  }
}

/**
 * Turns an analysed document into rows. Texts beside offsets (quote, cue, speaker name) are
 * sliced here, in JavaScript, because SQL counts code points where offsets count UTF-16 units.
 * Throws RangeError when a span is out of bounds, before anything is written.
 */
export function articleRows(doc: Analyzed, meta: SaveMeta, ingestedAt: string): ArticleRows {
  checkSpans(doc)
  const id = storedArticleId(doc)
  const actors: ActorsById = new Map(doc.actors.map((a) => [a.id as string, a]))
  const quotes = doc.quotes.map((q, seq) => quoteRow(doc, id, actors, q, seq))
  return {
    article: articleRow(doc, meta, ingestedAt),
    regions: doc.regions.map((r, seq) => ({
      article_id: id,
      seq,
      kind: r.kind,
      span_start: r.span.start,
      span_end: r.span.end,
    })),
    actors: doc.actors.map((a) => ({
      article_id: id,
      actor_id: a.id,
      name: a.name,
      kind: a.kind,
      role: a.roles[0]?.title ?? null,
      roles: JSON.stringify(a.roles.map((r) => r.title)),
      aliases: JSON.stringify(a.aliases),
      gender: a.gender ?? null,
    })),
    actorNames: doc.actors.flatMap((a) =>
      [...actorKeys(a)].map((key) => ({
        article_id: id,
        actor_id: a.id,
        name_key: key,
        published: doc.meta.published,
      })),
    ),
    quotes,
    stances: stanceRows(doc, id, quotes),
    acts: doc.acts.map((a, seq) => ({
      article_id: id,
      quote_id: a.quote,
      seq,
      kind: a.kind,
      target_actor_id: a.target ?? null,
      target_name: (a.target && actors.get(a.target)?.name) ?? null,
      evidence_start: a.evidence.start,
      evidence_end: a.evidence.end,
      evidence: sliceSpan(doc, a.evidence),
      method: a.method,
    })),
    diagnostics: doc.diagnostics.map((d, seq) => ({
      article_id: id,
      seq,
      code: d.code,
      severity: d.severity,
      stage: d.stage,
      message: d.message,
      span_start: d.span?.start ?? null,
      span_end: d.span?.end ?? null,
    })),
  }
}

const LAYER_FIELDS = {
  regions: 'regions',
  actors: 'actors',
  actor_names: 'actorNames',
  quotes: 'quotes',
  stances: 'stances',
  acts: 'acts',
  diagnostics: 'diagnostics',
} as const satisfies Record<(typeof CHILD_TABLES)[number], keyof ArticleRows>

/** An article's layers as [table, rows] pairs, in the order they are inserted (after the article). */
export function layersOf(rows: ArticleRows): [string, readonly Record<string, unknown>[]][] {
  return CHILD_TABLES.map((table) => [table, rows[LAYER_FIELDS[table]] as readonly Record<string, unknown>[]])
}
