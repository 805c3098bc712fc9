import type { Quote, SpeechAct, SpeechActKind, StageContext, WithActs, WithQuotes } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import { CONTENT_ACTS, CUE_ACTS } from './lexicon.ts'

export const ACTS_METHOD = 'lexicon@1'

type Mention = WithQuotes['mentions'][number]
type Found = { kind: SpeechActKind; evidence: Quote['span'] }

/** The actor named right after `at` in the sentence ("accused the United States"), else inside the quote. */
function targetOf(doc: WithQuotes, q: Quote, at: Quote['span']): Mention | undefined {
  const speaker = q.speaker?.actor
  const fits = (m: Mention) => m.actor !== undefined && m.actor !== speaker && m.form !== 'pronoun'
  const after = { start: at.end, end: at.end + 60 }
  return (
    doc.mentions.find((m) => m.span.start >= after.start && m.span.end <= after.end && fits(m)) ??
    doc.mentions.find((m) => m.span.start >= q.span.start && m.span.end <= q.span.end && fits(m))
  )
}

/** The verbs of each sentence, by sentence index: computed once a document. */
function verbsBySentence(doc: WithQuotes): Map<number, Quote['span'][]> {
  const out = new Map<number, Quote['span'][]>()
  for (const w of doc.words) {
    if (w.pos !== 'VERB') continue
    const list = out.get(w.sentence)
    if (list) list.push(w.span)
    else out.set(w.sentence, [w.span])
  }
  return out
}

/** Verbs that report the statement: its cue, and the verbs of its sentence outside its words ("praised X, saying …"). */
function reportingVerbs(doc: WithQuotes, q: Quote, verbs: Map<number, Quote['span'][]>): Quote['span'][] {
  const sentence = doc.words.find((w) => w.span.start >= q.span.start)?.sentence
  const outside = (verbs.get(sentence ?? -1) ?? []).filter(
    (s) => s.end <= q.span.start || s.start >= q.span.end,
  )
  return q.cue && !outside.some((s) => s.start === q.cue!.start) ? [q.cue, ...outside] : outside
}

/** The acts one quotation performs: by the verbs that report it, and by phrases in its words. */
function actsOf(doc: WithQuotes, q: Quote, verbs: Map<number, Quote['span'][]>): Found[] {
  const found: Found[] = []
  for (const verb of reportingVerbs(doc, q, verbs)) {
    const word = sliceSpan(doc, verb)
    for (const [pattern, kind] of CUE_ACTS) {
      if (pattern.test(word) && !found.some((f) => f.kind === kind)) found.push({ kind, evidence: verb })
    }
  }
  const words = sliceSpan(doc, q.span)
  for (const [pattern, kind] of CONTENT_ACTS) {
    const m = pattern.exec(words)
    if (m && !found.some((f) => f.kind === kind)) {
      found.push({
        kind,
        evidence: { start: q.span.start + m.index, end: q.span.start + m.index + m[0].length },
      })
    }
  }
  return found
}

/**
 * The speech acts of every quotation (accuse, threaten, warn, reject, demand, appeal, praise,
 * intend-to-negotiate), each with its evidence and, when the article names one, its target actor.
 * @example detectActs(withQuotes, ctx).acts.filter((a) => a.kind === 'accuse')
 */
export function detectActs(doc: WithQuotes, _ctx: StageContext): WithActs {
  const acts: SpeechAct[] = []
  const verbs = verbsBySentence(doc)
  for (const q of doc.quotes) {
    for (const f of actsOf(doc, q, verbs)) {
      const target = targetOf(doc, q, f.evidence)
      acts.push({
        quote: q.id,
        kind: f.kind,
        ...(target?.actor ? { target: target.actor, targetSpan: target.span } : {}),
        evidence: f.evidence,
        method: ACTS_METHOD,
      })
    }
  }
  return { ...doc, acts }
}
