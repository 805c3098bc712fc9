import type { Span, StanceLabel } from '../../core/index.ts'
import { COUNTERFACTUAL, CUES, type CueKind, NEGATION } from './lexicon.ts'
import { matchesIn, type TopicMatcher } from './terms.ts'

/** A label's score from one stretch of text, and the cues behind it. */
export interface Reading {
  readonly scores: Readonly<Record<Exclude<StanceLabel, 'neutral'>, number>>
  readonly evidence: Readonly<Record<Exclude<StanceLabel, 'neutral'>, readonly Span[]>>
}

const NEGATION_WINDOW = 28

/** Is the cue at `at` negated by a word shortly before it, in the same clause? */
function negated(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - NEGATION_WINDOW), at)
  const clause = before.split(/[,;:.!?]/).at(-1) ?? ''
  return NEGATION.test(clause)
}

/**
 * Reads the stance cues in text[from, to) toward a topic. Conditions, endorsements and negations
 * count only where the topic's words stand in the same stretch ("when the conditions are right …
 * negotiations"); rejection words count anywhere, hostility only toward the topic's other party.
 */
export function readCues(text: string, from: number, to: number, m: TopicMatcher): Reading {
  const scores = { support: 0, oppose: 0, conditional: 0 }
  const evidence: Record<keyof typeof scores, Span[]> = { support: [], oppose: [], conditional: [] }
  const vote = (label: keyof typeof scores, weight: number, span: Span) => {
    scores[label] += weight
    evidence[label].push(span)
  }
  const about = matchesIn(text, m.about, from, to)
  const party = m.parties ? matchesIn(text, m.parties, from, to) : []
  const slice = text.slice(from, to)
  const counterfactual = COUNTERFACTUAL.exec(slice)
  const inCounterfactual = (s: Span) =>
    counterfactual !== null &&
    s.start >= from + counterfactual.index &&
    s.end <= from + counterfactual.index + counterfactual[0].length
  if (counterfactual)
    vote('support', 2, {
      start: from + counterfactual.index,
      end: from + counterfactual.index + counterfactual[0].length,
    })
  const cues = (kind: CueKind) => matchesIn(text, CUES[kind], from, to).filter((s) => !inCounterfactual(s))
  for (const s of about) if (negated(text, from, s.start)) vote('oppose', 2, s)
  for (const s of cues('reject')) {
    if (negated(text, from, s.start) && about.length) vote('support', 1, s)
    else if (!negated(text, from, s.start)) vote('oppose', 2, s)
  }
  if (about.length) {
    for (const s of cues('endorse')) vote(negated(text, from, s.start) ? 'oppose' : 'support', 2, s)
    for (const s of cues('condition')) vote('conditional', 2, s)
    for (const s of cues('sarcasm')) vote('oppose', 2, s)
  }
  if (about.length || party.length) for (const s of cues('hostility')) vote('oppose', 1, s)
  return { scores, evidence }
}

const PRIORITY: readonly Exclude<StanceLabel, 'neutral'>[] = ['conditional', 'oppose', 'support']

/** The label a reading gives, or undefined when it has no cue; ties go to conditional, then oppose. */
export function labelOf(r: Reading): Exclude<StanceLabel, 'neutral'> | undefined {
  let best: Exclude<StanceLabel, 'neutral'> | undefined
  for (const label of PRIORITY)
    if (r.scores[label] > 0 && (!best || r.scores[label] > r.scores[best])) best = label
  return best
}
