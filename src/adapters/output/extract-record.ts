import type { Analyzed, Quote, Span } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'

/** One line of `subtext extract --format jsonl`: the contract of ../shared/OUTPUT.md. */
export interface ExtractRecord {
  readonly id: string
  readonly source: {
    readonly path: string | null
    readonly url: string | null
    readonly outlet: string | null
  }
  readonly title: string | null
  readonly published: string | null
  readonly published_inferred: boolean
  readonly language: string
  readonly text: string
  readonly regions: readonly { kind: string; start: number; end: number }[]
  readonly embeds: readonly {
    start: number
    end: number
    author: string | null
    handle: string | null
    date: string | null
  }[]
  readonly actors: readonly {
    id: string
    name: string
    kind: string
    role: string | null
    roles: readonly string[]
    aliases: readonly string[]
    mentions: readonly Span[]
  }[]
  readonly quotes: readonly Record<string, unknown>[]
  readonly diagnostics: readonly Record<string, unknown>[]
}

const at = (s: Span) => ({ start: s.start, end: s.end })

function quoteRecord(
  doc: Analyzed,
  q: Quote,
  roleOf: (actor: string) => string | null,
  nameOf: (actor: string) => string | undefined,
) {
  const sp = q.speaker
  return {
    id: q.id,
    ...at(q.span),
    text: sliceSpan(doc, q.span),
    kind: q.kind,
    speaker: sp
      ? {
          name: (sp.actor && nameOf(sp.actor)) ?? sliceSpan(doc, sp.span),
          role: sp.actor ? roleOf(sp.actor) : null,
          actor: sp.actor ?? null,
          ...at(sp.span),
          text: sliceSpan(doc, sp.span),
          method: sp.method,
          confidence: sp.confidence,
        }
      : null,
    cue: q.cue ? { text: sliceSpan(doc, q.cue), ...at(q.cue) } : null,
    ...(q.verbatim ? { verbatim: q.verbatim.map((s) => ({ ...at(s), text: sliceSpan(doc, s) })) } : {}),
    date: q.date ?? null,
    statement: q.statement,
    acts: doc.acts
      .filter((a) => a.quote === q.id)
      .map((a) => ({
        kind: a.kind,
        target: a.target ? { actor: a.target, name: nameOf(a.target) ?? null } : null,
        evidence: { ...at(a.evidence), text: sliceSpan(doc, a.evidence) },
      })),
    stance: doc.stances
      .filter((s) => s.quote === q.id)
      .map((s) => ({
        topic: s.topic,
        label: s.label,
        confidence: s.confidence,
        evidence: s.evidence.map(at),
        method: s.method,
      })),
  }
}

/** Serialises an analysed document as the extract contract. */
export function toExtractRecord(doc: Analyzed): ExtractRecord {
  const mentionSpan = new Map(doc.mentions.map((m) => [m.id as string, m.span]))
  const actors = new Map(doc.actors.map((a) => [a.id as string, a]))
  const roleOf = (id: string) => actors.get(id)?.roles[0]?.title ?? null
  const nameOf = (id: string) => actors.get(id)?.name
  return {
    id: doc.id,
    source: { path: doc.source.path, url: doc.source.url, outlet: doc.source.outlet },
    title: doc.meta.title,
    published: doc.meta.published,
    published_inferred: doc.meta.publishedInferred,
    language: doc.meta.language,
    text: doc.text,
    regions: doc.regions.map((r) => ({ kind: r.kind, ...at(r.span) })),
    embeds: doc.embeds.map((e) => ({ ...at(e.span), author: e.author, handle: e.handle, date: e.date })),
    actors: doc.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      role: a.roles[0]?.title ?? null,
      roles: a.roles.map((r) => r.title),
      aliases: a.aliases,
      mentions: a.mentions.flatMap((m) => {
        const s = mentionSpan.get(m)
        return s ? [at(s)] : []
      }),
    })),
    quotes: doc.quotes.map((q) => quoteRecord(doc, q, roleOf, nameOf)),
    diagnostics: doc.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      stage: d.stage,
      message: d.message,
      ...(d.span ? at(d.span) : {}),
    })),
  }
}
