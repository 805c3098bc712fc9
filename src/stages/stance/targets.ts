/**
 * What a cue is about, within one sentence: the topic word a removal or a modal governs, the
 * subject an evaluation or an ending applies to, and the stance verb that takes a removal as its
 * complement ("urge them to lift the duties", "lifting the duties would be a mistake").
 */
import type { Span } from '../../core/index.ts'
import type { CueKind } from './lexicon.ts'
import type { Negation } from './negation.ts'

/** A cue or topic word found in the sentence. */
export interface Item {
  readonly kind: CueKind | 'about'
  readonly span: Span
}

/** One sentence as the classifier reads it: its items (sorted), their negation, its text. */
export interface Sentence {
  readonly text: string
  readonly span: Span
  readonly items: readonly Item[]
  readonly negs: readonly Negation[]
  /** The stretch around the sentence is about the topic (its words or its context). */
  readonly topical: boolean
  /** The span holds one of the topic's words (a topic word inside a cue: "let the treaty lapse"). */
  readonly aboutIn: (span: Span) => boolean
}

/** The topic word a cue is about, and whether that topic word is itself negated. */
export interface Target {
  readonly span: Span
  readonly negated: boolean
}

const isNegated = (n: Negation | undefined) => (n?.count ?? 0) % 2 === 1
const EVALUATORS = new Set<Item['kind']>(['endorse', 'reject', 'good', 'bad'])
/** What ends a verb's complement: punctuation, or a relative or subordinate clause ("… a government that tears up"). */
const CLAUSE_LINK = /[,;:.!?]|\b(?:that|which|who|whom|whose|because|while|when|if|and|but|as|so)\b/i
const PREPOSITION = /\b(?:in|at|on|by|with|to|into|from|over|after|before|during|for|against|under)\b/i
const NEGATOR_WORD = /\b(?:without|not|no|never)\b/i
const PRONOUN_INSIDE = /\s(?:it|them|this|that)\s/i
const PRONOUN_OBJECT = /^\s+(?:it|them|this|these|that|those)\b/i
/** "It", "which", or a demonstrative used alone ("this would be …", not "this government has …"). */
const PRONOUN_SUBJECT =
  /(?:^|[,;:—]\s*|\b(?:and|but|because|so)\s+)(?:it|which|doing so|(?:this|that|these|those)(?=\s+(?:is|was|are|were|would|will|has|have|had|could|can|may|might|must|should|does|did|do|seems?|looks?|sounds?|remains?|not|only|alone|too|also|itself|really|just|simply|\w+ly)\b))\s[^,;:]*$/i
/** What may stand between a clause-opening removal and its start ("To scrap …", "Simply lifting …"). */
const OPENING = /^\W*(?:to |simply |just |quietly )?$/i

/** A topic word shortly after the span (within the next few words, same clause). */
export function topicAfter(sn: Sentence, span: Span): Target | undefined {
  const { items, negs, text } = sn
  const i = items.findIndex(
    (x) => x.kind === 'about' && x.span.start >= span.start && x.span.start - span.end <= 32,
  )
  const found = items[i]
  const between = found ? text.slice(span.end, found.span.start) : ''
  // "ended without agreement": a negator between the verb and the topic word makes it no object
  if (!found || CLAUSE_LINK.test(between) || NEGATOR_WORD.test(between)) return undefined
  return { span: found.span, negated: isNegated(negs[i]) }
}

/**
 * The topic as subject of the item at `at`: a topic word earlier in the sentence and the same
 * clause, or a pronoun subject ("It would be premature …") when the passage is about the topic.
 */
export function topicBefore(sn: Sentence, at: number): boolean {
  const { items, text } = sn
  const span = (items[at] as Item).span
  const before = items
    .slice(0, at)
    .some((x) => x.kind === 'about' && !/[;:]/.test(text.slice(x.span.end, span.start)))
  return before || (sn.topical && PRONOUN_SUBJECT.test(text.slice(sn.span.start, span.start)))
}

/** "The duties stop that": a topic word right before the verb is its subject, not what it ends. */
function subjectIsTopic(sn: Sentence, at: number): boolean {
  const prev = sn.items[at - 1]
  const start = (sn.items[at] as Item).span.start
  return prev?.kind === 'about' && /^\s*(?:\w+\s+)?$/.test(sn.text.slice(prev.span.end, start))
}

/**
 * The topic a removal or an ending ends: its object ("scrap the treaty", "scrap it"), a topic
 * word inside it ("let the treaty lapse"), or for an ending its subject ("the treaty should be
 * allowed to expire").
 */
export function removalTarget(sn: Sentence, at: number): Target | undefined {
  const item = sn.items[at] as Item
  if (item.kind === 'ending') return topicBefore(sn, at) ? { span: item.span, negated: false } : undefined
  if (item.kind !== 'removal') return undefined
  const after = topicAfter(sn, item.span)
  // the object follows the verb directly: "lose its majority in an early vote" does not end the vote
  if (after && !PREPOSITION.test(sn.text.slice(item.span.end, after.span.start))) return after
  const cue = sn.text.slice(item.span.start, item.span.end)
  const pronoun =
    PRONOUN_OBJECT.test(sn.text.slice(item.span.end, item.span.end + 12)) || PRONOUN_INSIDE.test(cue)
  if (sn.aboutIn(item.span) || (sn.topical && pronoun && !subjectIsTopic(sn, at)))
    return { span: item.span, negated: false }
  return undefined
}

/**
 * The stance verb or evaluation that takes the removal at `at` as its complement: just before it
 * in the same clause ("we urge Washington to lift …", "we oppose scrapping …"), or after it when
 * the removal opens the sentence as its subject ("Letting the treaty expire would be a mistake").
 */
export function evaluatorOf(sn: Sentence, at: number): number | undefined {
  const { items, text } = sn
  const span = (items[at] as Item).span
  for (let j = at - 1; j >= 0; j--) {
    const x = items[j] as Item
    if (x.kind === 'about') continue
    const between = text.slice(x.span.end, span.start)
    // "reward Moscow for walking away": a reason, not the act the verb judges
    const reason = /\s\w+(?: \w+){0,3} for$/i.test(text.slice(x.span.start, x.span.end))
    return EVALUATORS.has(x.kind) && between.length <= 50 && !CLAUSE_LINK.test(between) && !reason
      ? j
      : undefined
  }
  if (!OPENING.test(text.slice(sn.span.start, span.start))) return undefined
  for (let j = at + 1; j < items.length; j++) {
    const x = items[j] as Item
    if (/;/.test(text.slice(span.end, x.span.start))) return undefined
    if (EVALUATORS.has(x.kind)) return j
  }
  return undefined
}

/**
 * Removals of the topic in the sentence, each with the evaluator that takes it as complement.
 * The evaluator votes through the removal, not on its own.
 */
export function linkRemovals(sn: Sentence): ReadonlyMap<number, number | undefined> {
  const links = new Map<number, number | undefined>()
  if (!sn.items.some((x) => x.kind === 'removal' || x.kind === 'ending')) return links
  sn.items.forEach((x, i) => {
    if (x.kind !== 'removal' && x.kind !== 'ending') return
    const target = removalTarget(sn, i)
    if (target && !target.negated) links.set(i, evaluatorOf(sn, i))
  })
  return links
}

/**
 * The polarity a removal of the topic gives: against the topic, turned by the removal's own
 * negation ("will not roll back") and by a negative or negated evaluator ("we oppose lifting").
 */
export function removalPolarity(sn: Sentence, at: number, evaluator: number | undefined): 1 | -1 {
  let sign: 1 | -1 = isNegated(sn.negs[at]) ? 1 : -1
  if (evaluator === undefined) return sign
  const kind = sn.items[evaluator]?.kind
  if (kind === 'reject' || kind === 'bad') sign = sign === 1 ? -1 : 1
  if (isNegated(sn.negs[evaluator])) sign = sign === 1 ? -1 : 1
  return sign
}
