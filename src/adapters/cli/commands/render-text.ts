import type { Analyzed } from '../../../core/index.ts'
import { sliceSpan } from '../../../core/index.ts'

const DIM = '\u001b[2m'
const BOLD = '\u001b[1m'
const RESET = '\u001b[0m'

/**
 * The article for a person to read: regions dimmed (in brackets without a terminal), each
 * quotation wrapped in ⟦…⟧ and followed by its speaker and kind.
 */
export function renderText(doc: Analyzed, color: boolean): string {
  const marks: { at: number; text: string; order: number }[] = []
  for (const r of doc.regions) {
    marks.push({ at: r.span.start, text: color ? DIM : `[${r.kind}: `, order: 1 })
    marks.push({ at: r.span.end, text: color ? RESET : ']', order: 0 })
  }
  const actors = new Map(doc.actors.map((a) => [a.id as string, a]))
  for (const q of doc.quotes) {
    const who = q.speaker
      ? ((q.speaker.actor ? actors.get(q.speaker.actor)?.name : undefined) ?? sliceSpan(doc, q.speaker.span))
      : '?'
    marks.push({ at: q.span.start, text: color ? `${BOLD}⟦` : '⟦', order: 2 })
    marks.push({ at: q.span.end, text: `⟧${color ? RESET : ''}〔${who}, ${q.kind}〕`, order: -1 })
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order)
  let out = ''
  let at = 0
  for (const m of marks) {
    out += doc.text.slice(at, m.at) + m.text
    at = m.at
  }
  out += doc.text.slice(at)
  const head = `== ${doc.id}${doc.meta.published ? ` (${doc.meta.published}${doc.meta.publishedInferred ? ', inferred' : ''})` : ''}`
  return `${head}\n${out.trimEnd()}\n\n`
}
