import type { ActorId, Mention, Span } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import { nameInApposition } from './attribute.ts'
import type { QuotedSpan } from './marks.ts'
import type { ResolvedSpeaker } from './speakers.ts'
import { type DocView, speakerLike } from './view.ts'

/** A headline's label before a colon: one to three capitalised words ("Minister:", "Trade Minister:"). */
const LABEL = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*:\s*$/u

const headWord = (phrase: string): string => phrase.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''

/** The people the body gives a role ending in `head` ("the trade minister, Oren Vale" for "minister"). */
function holdersOf(v: DocView, head: string, after: number): Set<ActorId> {
  const ids = new Set<ActorId>()
  for (const a of v.doc.actors) {
    if (a.kind === 'person' && a.roles.some((r) => headWord(r.title) === head)) ids.add(a.id)
  }
  const titled = (m: Mention) =>
    m.form === 'title' && m.span.start >= after && headWord(sliceSpan(v.doc, m.span)) === head
  for (const m of v.doc.mentions.filter(titled)) {
    const person = m.actor ?? nameInApposition(v, m, /^[,.;]$/)?.actor
    if (person && v.doc.actors.find((a) => a.id === person)?.kind === 'person') ids.add(person)
  }
  return ids
}

/**
 * 'Minister: “We will not sign”': a role set as a label before a quotation in the headline names
 * the one person the story gives that role. A name as label is a mention, attributed like any other.
 */
export function headlineSpeaker(v: DocView, q: QuotedSpan, sentence: number): ResolvedSpeaker | undefined {
  const s = v.doc.sentences[sentence]!
  if (s.paragraph !== 0) return undefined
  const label = LABEL.exec(v.doc.text.slice(s.span.start, q.open))?.[1]
  if (label === undefined) return undefined
  const start = s.span.start + v.doc.text.slice(s.span.start, q.open).indexOf(label)
  const span: Span = { start, end: start + label.length }
  if (v.doc.mentions.some((m) => m.span.start < span.end && span.start < m.span.end && speakerLike(m)))
    return undefined
  const ids = [...holdersOf(v, headWord(label), s.span.end)]
  if (ids.length !== 1) return undefined
  const actor = v.doc.actors.find((a) => a.id === ids[0])
  return { span, actor: ids[0]!, name: actor?.name ?? label }
}
