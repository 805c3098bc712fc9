import type { Span, StanceLabel } from '../../core/index.ts'
import {
  CONCESSIVE,
  CONTRAST,
  INVERTED_CONDITION,
  NEGATED_ELLIPSIS,
  RHETORICAL_QUESTION,
  WARNING,
  WHETHER,
  WHY_NOT,
  YES_NO_SPLIT,
} from './frames.ts'
import { COUNTERFACTUAL, CUES, type CueKind } from './lexicon.ts'
import { type Negation, negationsOf } from './negation.ts'
import type { Scan, TopicMatcher } from './terms.ts'

/** A label other than neutral: what a cue can vote for. */
export type Polar = Exclude<StanceLabel, 'neutral'>

/** A label's score from one stretch of text, and the cues behind it. */
export interface Reading {
  readonly scores: Readonly<Record<Polar, number>>
  readonly evidence: Readonly<Record<Polar, readonly Span[]>>
  /** Support and opposition from what the statement says of the thing itself, not of its parties. */
  readonly direct: Readonly<Record<'support' | 'oppose', number>>
}

/** A cue or topic word found in the stretch. */
interface Item {
  readonly kind: CueKind | 'about'
  readonly span: Span
}

/** What the classifier knows while it reads one stretch. */
interface Frame {
  readonly text: string
  readonly m: TopicMatcher
  /** The stretch, or the passage around it, is about the topic. */
  readonly topical: boolean
  /** The stretch names one of the topic's parties. */
  readonly party: boolean
  /** Spans where conditions do not count: concessions, counterfactuals, "whether" sentences. */
  readonly noCondition: readonly Span[]
  readonly vote: (label: Polar, weight: number, span: Span, direct?: boolean) => void
}

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end
const KINDS = Object.keys(CUES) as CueKind[]

/** Sentences of text[from, to): ends at . ! ? (and a closing quotation mark), or the stretch's end. */
export function sentencesIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = []
  for (const m of text.slice(from, to).matchAll(/[^.!?]+(?:[.!?]+["”’]?|$)/g)) {
    const lead = m[0].length - m[0].trimStart().length
    if (m[0].trim()) out.push({ start: from + m.index + lead, end: from + m.index + m[0].trimEnd().length })
  }
  return out
}

/** Cues and topic words in a sentence, sorted; a cue inside a topic word ("cessation of hostilities") is dropped, and so is a topic word inside a cue. */
function itemsIn(scan: Scan, s: Span, m: TopicMatcher): Item[] {
  const about = scan.matches(m.about, s.start, s.end)
  const cues = KINDS.flatMap((kind) =>
    scan.matches(CUES[kind], s.start, s.end).map((span) => ({ kind, span })),
  )
  const longer = (c: Item) => (d: Item) =>
    d !== c && inside(c.span, d.span) && d.span.end - d.span.start > c.span.end - c.span.start
  const kept = cues.filter((c) => !about.some((a) => inside(c.span, a)) && !cues.some(longer(c)))
  const topicWords = about
    .filter((a) => !kept.some((c) => inside(a, c.span)))
    .map((span) => ({ kind: 'about' as const, span }))
  return [...kept, ...topicWords].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
}

/** A topic word shortly after the span (within the next few words, same clause). */
function topicAfter(items: readonly Item[], negs: readonly Negation[], span: Span, text: string) {
  const i = items.findIndex(
    (x) => x.kind === 'about' && x.span.start >= span.start && x.span.start - span.end <= 32,
  )
  if (i < 0 || /[,;.:!?]/.test(text.slice(span.end, items[i]?.span.start))) return undefined
  return { item: items[i] as Item, negated: (negs[i]?.count ?? 0) % 2 === 1 }
}

/** Votes one item, given its negation and the contrast weight of its position. */
function voteItem(f: Frame, items: readonly Item[], negs: readonly Negation[], i: number, w: number) {
  const item = items[i] as Item
  const neg = negs[i] as Negation
  const negated = neg.count % 2 === 1
  const against = f.m.topic.hostility ?? 'oppose'
  const other: Polar = against === 'oppose' ? 'support' : 'oppose'
  const s = item.span
  switch (item.kind) {
    case 'about':
      if (negated) f.vote('oppose', 2 * w, s)
      else if (neg.count >= 2) f.vote('support', w, s)
      return
    case 'endorse':
      if (f.topical) f.vote(negated ? 'oppose' : 'support', 2 * w, s)
      return
    case 'reject':
      if (!negated) f.vote('oppose', 2 * w, s)
      else if (f.topical) f.vote('support', 1.5 * w, s)
      return
    case 'removal': {
      const target = topicAfter(items, negs, s, f.text)
      if (target && !target.negated) f.vote(negated ? 'support' : 'oppose', 2 * w, s)
      return
    }
    case 'modal': {
      const target = topicAfter(items, negs, s, f.text)
      if (neg.passedOn) return
      if (negated && (f.topical || f.party)) f.vote('oppose', 2 * w, s)
      else if (!negated && target && !target.negated) f.vote('support', 2 * w, s)
      return
    }
    case 'condition':
      if (f.topical && !f.noCondition.some((n) => inside(s, n)) && !conditionRemoves(f, items, negs, i))
        f.vote('conditional', 2 * w, s)
      return
    case 'sarcasm':
      if (f.topical || f.party) f.vote('oppose', 2 * w, s)
      return
    case 'hostility':
      if ((f.topical || f.party) && !negated) f.vote(against, w, s, false)
      return
    case 'praise':
      if ((f.topical || f.party) && !negated) f.vote(other, w, s)
  }
}

/** "… provided the US side removes its tariffs": a condition that asks for the thing's removal is opposition. */
function conditionRemoves(f: Frame, items: readonly Item[], negs: readonly Negation[], at: number): boolean {
  return items.some(
    (x, j) =>
      j > at &&
      x.kind === 'removal' &&
      (negs[j]?.count ?? 0) % 2 === 0 &&
      topicAfter(items, negs, x.span, f.text) !== undefined,
  )
}

/** Frames of one sentence: rhetorical questions, inverted conditions, negated ellipses. */
function voteFrames(f: Frame, s: Span, w: number) {
  const sentence = f.text.slice(s.start, s.end)
  if (!f.topical && !f.party) return
  if (WHY_NOT.test(sentence)) f.vote('support', 2 * w, s)
  else if (RHETORICAL_QUESTION.test(sentence)) f.vote('oppose', 2 * w, s)
  if (INVERTED_CONDITION.test(sentence)) f.vote('conditional', 2 * w, s)
  if (NEGATED_ELLIPSIS.test(sentence)) f.vote('oppose', w, s)
}

/** Spans in which a condition word is not a condition. */
function conditionFree(scan: Scan, from: number, to: number, sentences: readonly Span[]): Span[] {
  const { text } = scan
  const spans = [...scan.matches(CONCESSIVE, from, to), ...scan.matches(WARNING, from, to)]
  const cf = COUNTERFACTUAL.exec(text.slice(from, to))
  if (cf) spans.push({ start: from + cf.index, end: from + cf.index + cf[0].length })
  for (const s of sentences) if (WHETHER.test(text.slice(s.start, s.end))) spans.push(s)
  return spans
}

/**
 * Reads the stance cues in text[from, to) toward a topic. Endorsements, conditions and sarcasm
 * count only when the stretch is about the topic (its words, or `topical` when the passage around
 * it is); rejection words count anywhere, hostility and praise toward the topic's parties too.
 * Negation governs the next verb phrase; what follows a contrast ("but", "however") weighs 1.5.
 */
export function readCues(scan: Scan, from: number, to: number, m: TopicMatcher, topical = false): Reading {
  const { text } = scan
  const scores = { support: 0, oppose: 0, conditional: 0 }
  const evidence: Record<Polar, Span[]> = { support: [], oppose: [], conditional: [] }
  const direct = { support: 0, oppose: 0 }
  const sentences = sentencesIn(text, from, to)
  const frame: Frame = {
    text,
    m,
    topical: topical || scan.matches(m.about, from, to).length > 0,
    party: m.parties !== null && scan.matches(m.parties, from, to).length > 0,
    noCondition: conditionFree(scan, from, to, sentences),
    vote: (label, weight, span, isDirect = true) => {
      scores[label] += weight
      if (isDirect && label !== 'conditional') direct[label] += weight
      evidence[label].push(span)
    },
  }
  const cf = COUNTERFACTUAL.exec(text.slice(from, to))
  if (cf) frame.vote('support', 2, { start: from + cf.index, end: from + cf.index + cf[0].length })
  const turns = scan.matches(CONTRAST, from, to).map((s) => s.end)
  const weight = (at: number) => (turns.some((t) => t <= at) ? 1.5 : 1)
  for (const s of sentences) {
    const items = itemsIn(scan, s, m).filter((x) => !(cf && inside(x.span, spanOf(from, cf))))
    const negs = negationsOf(text, s, items)
    for (let i = 0; i < items.length; i++)
      voteItem(frame, items, negs, i, weight((items[i] as Item).span.start))
    voteFrames(frame, s, weight(s.start))
  }
  if (frame.topical && YES_NO_SPLIT.test(text.slice(from, to)))
    frame.vote('conditional', 3, { start: from, end: to })
  return { scores, evidence, direct }
}

const spanOf = (from: number, m: RegExpExecArray): Span => ({
  start: from + m.index,
  end: from + m.index + m[0].length,
})

/**
 * The label a reading gives, or undefined when it has no cue. Conditions win when they weigh at
 * least half the strongest side ("ready to talk, provided …"); support and opposition of like
 * weight together mean acceptance of part only, which is conditional too.
 */
export function labelOf(r: Reading): Polar | undefined {
  const { support, oppose, conditional } = r.scores
  const top = Math.max(support, oppose)
  if (conditional > 0 && conditional >= 0.5 * top) return 'conditional'
  const { support: pro, oppose: con } = r.direct
  if (pro > 0 && con > 0 && Math.min(pro, con) >= 0.5 * Math.max(pro, con)) return 'conditional'
  if (top === 0) return undefined
  return support > oppose ? 'support' : 'oppose'
}

/** The evidence for a label; a conditional read from mixed support and opposition shows both. */
export function evidenceFor(r: Reading, label: Polar): readonly Span[] {
  if (label !== 'conditional' || r.evidence.conditional.length > 0) return r.evidence[label]
  return [...r.evidence.support, ...r.evidence.oppose].sort((a, b) => a.start - b.start)
}
