import type { Span } from '../../core/index.ts'
import { CLAUSE_BREAK, WARNING } from './frames.ts'
import { NEGATOR, NOT_A_NEGATOR, WIDE_NEGATOR } from './lexicon.ts'

/** Something a negator can govern: a cue or a topic word, with its kind. */
export interface Governable {
  readonly span: Span
  readonly kind: string
}

/** How an item is negated: how many negators govern it, and whether a modal passed its negation on. */
export interface Negation {
  /** Negators governing the item: odd means negated, two or more with an even count is litotes. */
  readonly count: number
  /** A modal whose negation went to the verb phrase after it ("nobody should stand in the way"). */
  readonly passedOn: boolean
}

const MAX_WORDS = 8
/** What a negated modal hands its negation on to. */
const VERB_PHRASE_KINDS = new Set(['reject', 'endorse', 'about', 'removal', 'condition'])

/** Where a negator's reach ends: the next clause break, or MAX_WORDS words on. */
export function reachOf(text: string, from: number, end: number): number {
  const rest = text.slice(from, end)
  const brk = CLAUSE_BREAK.exec(rest)
  let limit = brk ? from + brk.index : end
  const words = [...rest.matchAll(/\S+/g)]
  const last = words[MAX_WORDS - 1]
  if (last) limit = Math.min(limit, from + last.index + last[0].length)
  return limit
}

function negatorsIn(text: string, sentence: Span, items: readonly Governable[], wide: readonly Span[]) {
  const slice = text.slice(sentence.start, sentence.end)
  const out: Span[] = []
  const warnings = [...slice.matchAll(new RegExp(WARNING.source, WARNING.flags))].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }))
  for (const m of slice.matchAll(new RegExp(NEGATOR.source, NEGATOR.flags))) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    const inside = (s: Span) => span.start >= s.start && span.end <= s.end
    if (NOT_A_NEGATOR.test(text.slice(span.start, span.start + 20))) continue
    if (wide.some(inside) || warnings.some(inside) || items.some((i) => inside(i.span))) continue
    out.push(span)
  }
  return out
}

/**
 * Negation of each item (sorted by start) in one sentence. A negator governs the next verb phrase
 * only: the first item after it, before the clause ends ("not opposed to negotiating" negates
 * "opposed", not "negotiating"). A negated modal hands its negation to the verb phrase it governs.
 * Wide negators ("no one can say …") flip everything after them in the sentence.
 */
export function negationsOf(text: string, sentence: Span, items: readonly Governable[]): Negation[] {
  const counts = items.map(() => 0)
  const passedOn = items.map(() => false)
  const slice = text.slice(sentence.start, sentence.end)
  const wide = [...slice.matchAll(new RegExp(WIDE_NEGATOR.source, WIDE_NEGATOR.flags))].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }))
  for (const w of wide)
    items.forEach((item, i) => {
      // a denied claim flips the cues in it; its topic words are not themselves negated
      if (item.span.end > w.end && item.kind !== 'about') counts[i] = (counts[i] ?? 0) + 1
    })
  for (const neg of negatorsIn(text, sentence, items, wide)) {
    const reach = reachOf(text, neg.end, sentence.end)
    let target = items.findIndex((i) => i.span.start >= neg.end && i.span.start < reach)
    const governed = items[target]
    if (governed?.kind === 'modal') {
      const further = reachOf(text, governed.span.end, sentence.end)
      const next = items.findIndex(
        (i) => i.span.start >= governed.span.end && i.span.start < further && VERB_PHRASE_KINDS.has(i.kind),
      )
      if (next >= 0) {
        passedOn[target] = true
        target = next
      }
    }
    if (target >= 0) counts[target] = (counts[target] ?? 0) + 1
  }
  return items.map((_, i) => ({ count: counts[i] ?? 0, passedOn: passedOn[i] ?? false }))
}
