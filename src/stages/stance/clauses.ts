/**
 * Votes that join two parts of one sentence: a preference ("I would rather resign than sign
 * another deal"), an attitude toward the people who hold a position ("Those who call for a truce
 * are protecting war criminals"), a judgement of a stance ("It would be foolish to slam the door
 * on a deal") and the topic's imagined absence ("Without the treaty, we would be flying blind").
 * Each gives the topic the stance that the sentence's shape, not one cue, implies.
 */
import type { Span } from '../../core/index.ts'
import type { Item, Sentence } from './targets.ts'

/** A vote from a sentence's shape (none when it only sets cues aside), and the items whose own votes it replaces. */
export interface ClauseVote {
  readonly label?: 'support' | 'oppose'
  readonly span: Span
  readonly absorbs: readonly number[]
}

const POSITIVE = new Set<Item['kind']>(['endorse', 'good', 'praise', 'modal'])
const NEGATIVE = new Set<Item['kind']>(['reject', 'bad', 'hostility', 'sarcasm', 'removal', 'ending'])

/** The direction of one item: +1 for, -1 against, 0 for none; negation turns it. */
function signOf(sn: Sentence, i: number): number {
  const item = sn.items[i] as Item
  const negated = (sn.negs[i]?.count ?? 0) % 2 === 1
  if (item.kind === 'about') return negated ? -1 : 0
  const base = POSITIVE.has(item.kind) ? 1 : NEGATIVE.has(item.kind) ? -1 : 0
  return negated ? -base : base
}

/** Verbs of rejection: what a holder does ("those who block talks"), not how the speaker names it ("photo op"). */
const REJECT_VERB =
  /^(?:block|oppos|reject|refus|resist|sabotag|undermin|obstruct|torpedo|derail|scuttl|veto|wreck|stand in the way|stood in the way|(?:\w+ )?against)/i

const SAYS =
  /\bwho (?:\w+ )?(?:say|says|said|claim|claims|think|thinks|believe|believes|call|calls|insist|insists|argue|argues)\b/i

/** A holder's position from one item of the relative clause: endorsing, rejecting or ending the topic. */
function positionOf(sn: Sentence, i: number, says: boolean): number {
  const item = sn.items[i] as Item
  if (says) return signOf(sn, i)
  if (item.kind === 'reject' && !REJECT_VERB.test(sn.text.slice(item.span.start, item.span.end))) return 0
  return item.kind === 'endorse' || item.kind === 'modal' || item.kind === 'reject' || item.kind === 'removal'
    ? signOf(sn, i)
    : 0
}

const within = (s: Span, from: number, to: number) => s.start >= from && s.end <= to

/** A topic word in [from, to) that is not itself negated. */
const plainTopicIn = (sn: Sentence, from: number, to: number) =>
  sn.items.some((x, i) => x.kind === 'about' && within(x.span, from, to) && signOf(sn, i) === 0)

/**
 * "I would rather resign than sign another deal", "dialogue rather than confrontation",
 * "sanctions instead of talks": the topic before the pivot is preferred, after it passed over.
 */
export function preferenceVotes(sn: Sentence, pivots: readonly Span[]): ClauseVote[] {
  const pivot = pivots.find((p) => within(p, sn.span.start, sn.span.end))
  if (!pivot) return []
  const { start, end } = pivot
  // "would rather X than Y" prefers X, inside the match; "X rather than Y" prefers X, before it
  const wouldRather = /^(?:would|['’]d)/i.test(sn.text.slice(start, start + 5))
  const [preferredFrom, preferredTo] = wouldRather ? [start, end] : [sn.span.start, start]
  const out: ClauseVote[] = []
  // the options compared are named, not judged: their own cues ("sign another deal") do not vote
  const absorbs = sn.items
    .map((x, i) =>
      x.kind !== 'about' && (within(x.span, preferredFrom, preferredTo) || x.span.start >= end) ? i : -1,
    )
    .filter((i) => i >= 0)
  if (plainTopicIn(sn, preferredFrom, preferredTo))
    out.push({ label: 'support', span: { start, end }, absorbs })
  if (plainTopicIn(sn, end, sn.span.end)) out.push({ label: 'oppose', span: { start, end }, absorbs })
  return out
}

/**
 * What the speaker says of those who hold a position: the position's direction (inside the
 * relative clause) times the speaker's judgement of them (after it). The judgement's own cues
 * are about the people, not the topic, so they do not vote by themselves.
 */
export function holderVotes(sn: Sentence, holders: readonly Span[]): ClauseVote[] {
  const out: ClauseVote[] = []
  if (holders.length === 0) return out
  for (const h of holders) {
    if (!within(h, sn.span.start, sn.span.end)) continue
    const inner = sn.items.map((_, i) => i).filter((i) => within((sn.items[i] as Item).span, h.start, h.end))
    const outer = sn.items.map((_, i) => i).filter((i) => (sn.items[i] as Item).span.start >= h.end)
    // "those who say talks are treason": what they say is their position, every cue of it
    const says = SAYS.test(sn.text.slice(h.start, h.end))
    // "whoever sits down with them", "those who slap duties on …": doing the thing is holding it
    const position =
      Math.sign(inner.reduce((sum, i) => sum + positionOf(sn, i, says), 0)) ||
      (plainTopicIn(sn, h.start, h.end) ? 1 : 0)
    const judged = outer.filter((i) => signOf(sn, i) !== 0 && sn.items[i]?.kind !== 'about')
    const judgement = Math.sign(judged.reduce((sum, i) => sum + signOf(sn, i), 0))
    if (position === 0 || judgement === 0) continue
    out.push({ label: position * judgement > 0 ? 'support' : 'oppose', span: h, absorbs: judged })
  }
  return out
}

const JUDGES = new Set<Item['kind']>(['reject', 'bad', 'good', 'endorse'])
const COMPLEMENTS = new Set<Item['kind']>(['reject', 'endorse', 'modal'])
/** Rejections that are acts toward the thing, which a judgement can weigh ("foolish to slam the door"). */
const REJECT_ACT =
  /^(?:block|oppos|reject|refus|resist|sabotag|undermin|obstruct|torpedo|derail|scuttl|veto|wreck|turn|rul|walk|abandon|betray|slam|clos|shut|(?:\w+ )?against)/i

/** A cue that can be judged: an endorsement or modal, or a rejection that is an act. */
const complement = (sn: Sentence, i: number) => {
  const item = sn.items[i] as Item
  if (!COMPLEMENTS.has(item.kind)) return false
  return item.kind !== 'reject' || REJECT_ACT.test(sn.text.slice(item.span.start, item.span.end))
}
/** Between a judgement and its infinitive: "foolish | to slam", "urge both sides | to accept". */
const TO_INFINITIVE = /^\s+(?:\w+\s+){0,3}to\s+(?:\w+\s+)?$/i
/** Before a clause-opening gerund or infinitive: "Renewing …", "To reject …", "Simply refusing …". */
const OPENING = /^\W*(?:to |simply |just )?$/i

/**
 * A judgement of a stance taken toward the topic: "It would be foolish to slam the door on a deal"
 * (against rejecting it: support), "we refuse to accept the truce", "Renewing the treaty would be
 * naive" (against renewing it: oppose). The two cues vote once, as the product of their directions.
 */
export function complementVotes(sn: Sentence, taken: ReadonlySet<number>): ClauseVote[] {
  const out: ClauseVote[] = []
  if (!sn.items.some((x) => JUDGES.has(x.kind))) return out
  const cues = sn.items.map((_, i) => i).filter((i) => sn.items[i]?.kind !== 'about' && !taken.has(i))
  const used = new Set<number>()
  for (let k = 0; k + 1 < cues.length; k++) {
    const a = cues[k] as number
    const b = cues[k + 1] as number
    const [A, B] = [sn.items[a] as Item, sn.items[b] as Item]
    if (used.has(a) || !JUDGES.has(A.kind) || (!complement(sn, b) && B.kind !== 'removal')) continue
    const between = sn.text.slice(A.span.end, B.span.start)
    const cueEndsInTo =
      /\sto$/i.test(sn.text.slice(A.span.start, A.span.end)) && /^\s+(?:\w+\s+)?$/.test(between)
    if (!TO_INFINITIVE.test(between) && !cueEndsInTo) continue
    // "we cannot afford to lose our factories": a judged ending of something else (a removal of the
    // topic is linked before this) says nothing on the topic, so neither cue votes
    if (B.kind !== 'removal') pair(sn, a, b, out, used)
    else {
      out.push({ span: { start: A.span.start, end: B.span.end }, absorbs: [a, b] })
      used.add(a)
    }
  }
  for (const first of cues)
    if (!used.has(first) && opensClause(sn, first)) {
      const opener = sn.items[first] as Item
      const judge = cues.find((j) => j > first && JUDGES.has((sn.items[j] as Item).kind) && !used.has(j))
      if (
        judge !== undefined &&
        !/[;:]/.test(sn.text.slice(opener.span.end, (sn.items[judge] as Item).span.start))
      )
        pair(sn, first, judge, out, used)
    }
  return out
}

/** One vote for a judgement and the stance it judges: the product of their directions. */
function pair(sn: Sentence, a: number, b: number, out: ClauseVote[], used: Set<number>) {
  const sign = signOf(sn, a) * signOf(sn, b)
  if (sign === 0) return
  const span = { start: (sn.items[a] as Item).span.start, end: (sn.items[b] as Item).span.end }
  out.push({ label: sign > 0 ? 'support' : 'oppose', span, absorbs: [a, b] })
  used.add(a)
  used.add(b)
}

/** A gerund stance that opens its clause, as its subject: "Renewing the treaty …", "…; refusing to talk …". */
function opensClause(sn: Sentence, at: number): boolean {
  const item = sn.items[at] as Item
  // the cue's first word is the gerund: "Closing the door on diplomacy …"
  if (!complement(sn, at) || !/^\w+ing\b/i.test(sn.text.slice(item.span.start, item.span.end))) return false
  const before = sn.text.slice(sn.span.start, item.span.start)
  return OPENING.test(before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1))
}

/** "Without the treaty, we would be flying blind": a sentence that imagines the topic's absence. */
const ABSENCE = /^\W*without\b([^,;]{1,60}),([^;]*)$/i
const OPENS_WITHOUT = /^\W*without\b/i
const topicIn = (sn: Sentence, from: number, to: number) =>
  sn.items.some((x) => x.kind === 'about' && within(x.span, from, to))
const CONSEQUENCE = /\b(?:no|not|never|nothing|nobody|none|would|could|will)\b|n['’]t\b/i

/**
 * "Without these tariffs, there would be no industry left": the topic's absence, judged by its
 * consequence, argues for the topic. The consequence's own cues describe that world, so they do
 * not vote. A consequence that names the topic ("without verification, no treaty") is a condition.
 */
export function absenceVotes(sn: Sentence): ClauseVote[] {
  if (!OPENS_WITHOUT.test(sn.text.slice(sn.span.start, sn.span.start + 12))) return []
  const m = ABSENCE.exec(sn.text.slice(sn.span.start, sn.span.end))
  if (!m || !CONSEQUENCE.test(m[2] ?? '')) return []
  const split = sn.span.start + m.index + m[0].length - (m[2] ?? '').length
  if (!topicIn(sn, sn.span.start, split) || topicIn(sn, split, sn.span.end)) return []
  const absorbs = sn.items
    .map((x, i) => (x.kind !== 'about' && x.span.start >= split ? i : -1))
    .filter((i) => i >= 0)
  return [{ label: 'support', span: { start: sn.span.start, end: split }, absorbs }]
}
