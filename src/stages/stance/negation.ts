import type { Span } from '../../core/index.ts'
import { CLAUSE_BREAK, DISGUISE, SPEECH_VERB, WARNING } from './frames.ts'
import { NEGATOR, NOT_A_NEGATOR, WIDE_NEGATOR } from './lexicon.ts'
import type { Scan } from './terms.ts'

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
  /** Every negator governing the item reports a fact, not a will: "has not scheduled", "did not". */
  readonly factual: boolean
}

const MAX_WORDS = 8
/** How far a negator reaches a rejection word: "not a trap", "not merely useless", "never at all a mistake". */
const NOUN_REACH = 3
const wordsBetween = (text: string, from: number, to: number) =>
  text.slice(from, to).split(/\s+/).filter(Boolean).length
/** Cues a negator reaches only at close range, as nouns and adjectives: "not a trap", "not liars". */
const NOUN_KINDS = new Set(['reject', 'hostility', 'praise'])
/** What a negated modal hands its negation on to. */
const VERB_PHRASE_KINDS = new Set([
  'reject',
  'endorse',
  'about',
  'removal',
  'ending',
  'condition',
  'good',
  'bad',
])
/** A negator after a perfect or past auxiliary, or "not yet": a report of what has not happened. */
const FACTUAL = /\b(?:has|have|had|did)\s*$/i
const NOT_YET = /^(?:not|never) yet\b/i
const LESSER = /(?<!\bat )\b(?:least|less)\s+$/i

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

const within = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end

function negatorsIn(scan: Scan, sentence: Span, items: readonly Governable[], wide: readonly Span[]) {
  const out: Span[] = []
  const warnings = scan.matches(WARNING, sentence.start, sentence.end)
  for (const span of scan.matches(NEGATOR, sentence.start, sentence.end)) {
    if (NOT_A_NEGATOR.test(scan.text.slice(span.start, span.start + 20))) continue
    if (wide.some((w) => within(span, w)) || warnings.some((w) => within(span, w))) continue
    if (items.some((i) => within(span, i.span))) continue
    out.push(span)
  }
  return out
}

/**
 * "Has not scheduled", "did not", "not yet": a negated verb that reports what has not happened.
 * "Will not speculate about the election": a negated verb of saying declines to comment.
 */
function isFactual(text: string, sentence: Span, neg: Span, target: Span): boolean {
  const word = text.slice(neg.start, neg.end)
  if (!/^(?:not|never|n['’]t|cannot)$/i.test(word)) return false
  return (
    FACTUAL.test(text.slice(Math.max(sentence.start, neg.start - 12), neg.start)) ||
    NOT_YET.test(text.slice(neg.start, neg.end + 5)) ||
    SPEECH_VERB.test(text.slice(neg.end, target.start))
  )
}

/** "Without" in the sentence's first clause ("A day without a truce costs lives"): the topic's absence. */
function absence(text: string, sentence: Span, neg: Span): boolean {
  return (
    /^without$/i.test(text.slice(neg.start, neg.end)) &&
    !CLAUSE_BREAK.test(text.slice(sentence.start, neg.start))
  )
}

/** The item a negator governs: the first one in its reach, or the verb phrase after a negated modal. */
function governedBy(text: string, sentence: Span, items: readonly Governable[], neg: Span) {
  const reach = reachOf(text, neg.end, sentence.end)
  const target = items.findIndex((i) => i.span.start >= neg.end && i.span.start < reach)
  const governed = items[target]
  // a rejection or hostility word further on is the object of an unlisted verb: "must not fall for
  // the same trick", "a cabinet that cannot pass a budget has no business governing"
  if (
    NOUN_KINDS.has(governed?.kind ?? '') &&
    wordsBetween(text, neg.end, (governed as Governable).span.start) > NOUN_REACH
  )
    return { target: -1, modal: -1 }
  if (governed?.kind !== 'modal') return { target, modal: -1 }
  const further = reachOf(text, governed.span.end, sentence.end)
  const next = items.findIndex(
    (i) => i.span.start >= governed.span.end && i.span.start < further && VERB_PHRASE_KINDS.has(i.kind),
  )
  return next >= 0 ? { target: next, modal: target } : { target, modal: -1 }
}

/**
 * Cues whose sense a phrase turns around: "a trap dressed up as an opportunity" (a false appearance,
 * up to the clause's end) and "the least costly path", "less risky" (a lesser fault is a merit).
 */
function turnedAround(scan: Scan, sentence: Span, items: readonly Governable[]): number[] {
  const { text } = scan
  const out: number[] = []
  for (const d of scan.matches(DISGUISE, sentence.start, sentence.end)) {
    const reach = reachOf(text, d.end, sentence.end)
    items.forEach((item, i) => {
      if (item.kind !== 'about' && item.span.start >= d.end && item.span.start < reach) out.push(i)
    })
  }
  items.forEach((item, i) => {
    const before = text.slice(Math.max(sentence.start, item.span.start - 10), item.span.start)
    if ((item.kind === 'reject' || item.kind === 'bad') && LESSER.test(before)) out.push(i)
  })
  return out
}

/**
 * Negation of each item (sorted by start) in one sentence. A negator governs the next verb phrase
 * only: the first item after it, before the clause ends ("not opposed to negotiating" negates
 * "opposed", not "negotiating"). A negated modal hands its negation to the verb phrase it governs.
 * Wide negators ("no one can say …") flip everything after them in the sentence. "Without" before
 * a topic word does not negate it: it imagines the topic's absence, so the cues after it in the
 * sentence are flipped ("every day without a ceasefire costs lives" argues for the ceasefire).
 */
export function negationsOf(scan: Scan, sentence: Span, items: readonly Governable[]): Negation[] {
  const { text } = scan
  const counts = items.map(() => 0)
  const passedOn = items.map(() => false)
  const factual = items.map(() => true)
  const wide = scan.matches(WIDE_NEGATOR, sentence.start, sentence.end)
  const absences: number[] = []
  for (const neg of negatorsIn(scan, sentence, items, wide)) {
    const { target, modal } = governedBy(text, sentence, items, neg)
    if (target < 0) continue
    if (items[target]?.kind === 'about' && absence(text, sentence, neg)) {
      absences.push((items[target] as Governable).span.end)
      continue
    }
    if (modal >= 0) passedOn[modal] = true
    counts[target] = (counts[target] ?? 0) + 1
    if (!isFactual(text, sentence, neg, (items[target] as Governable).span)) factual[target] = false
  }
  // a denied claim flips the cues in it; its topic words only when the claim negates them
  // ("it is not as if we have never sat at a table" affirms the table)
  const local = [...counts]
  const scopes = [...wide.map((w) => w.end), ...absences]
  for (const end of scopes)
    items.forEach((item, i) => {
      if (item.span.end <= end || (item.kind === 'about' && (local[i] ?? 0) === 0)) return
      counts[i] = (counts[i] ?? 0) + 1
      factual[i] = false
    })
  for (const i of turnedAround(scan, sentence, items)) {
    counts[i] = (counts[i] ?? 0) + 1
    factual[i] = false
  }
  return items.map((_, i) => ({
    count: counts[i] ?? 0,
    passedOn: passedOn[i] ?? false,
    factual: (counts[i] ?? 0) > 0 && (factual[i] ?? false),
  }))
}
