import type { Span, StanceLabel } from '../../core/index.ts'
import { absenceVotes, type ClauseVote, complementVotes, holderVotes, preferenceVotes } from './clauses.ts'
import {
  AGREEMENT,
  CONCESSIVE,
  CONTRAST,
  INVERTED_CONDITION,
  NEGATED_ELLIPSIS,
  PREFERENCE,
  RELATIVE_OTHERS,
  REPORTED,
  RHETORICAL_QUESTION,
  WARNING,
  WHETHER,
  WHETHER_CLAUSE,
  WHY_NOT,
  YES_NO_SPLIT,
} from './frames.ts'
import { COUNTERFACTUAL, CUES, type CueKind } from './lexicon.ts'
import { type Negation, negationsOf } from './negation.ts'
import {
  type Item,
  linkRemovals,
  removalPolarity,
  removalTarget,
  type Sentence,
  topicAfter,
  topicBefore,
} from './targets.ts'
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
  /** Spans that hold others' positions ("those who call for a truce", "Washington says …"). */
  readonly others: readonly Span[]
  /** Of those, the relative clauses on people, whose position the speaker may judge. */
  readonly holders: readonly Span[]
  readonly vote: (label: Polar, weight: number, span: Span, direct?: boolean) => void
}

/** One sentence being voted: its items, their negation, and the removals linked to their evaluators. */
interface Votes extends Sentence {
  readonly links: ReadonlyMap<number, number | undefined>
  /** The first condition that asks for the topic's removal ("provided the US removes its tariffs"), or -1. */
  readonly exchange: number
  /** Evaluators that vote through a removal ("urge … to lift"), not on their own. */
  readonly absorbed: ReadonlySet<number>
  readonly weight: (at: number) => number
  /** The sentence mocks ("so-called", "what could go wrong"): its endorsements mean the opposite. */
  readonly mocked: boolean
}

/** Giving in: refused ("we will never bow to …"), it rejects a way of dealing, not the thing. */
const CAPITULATION =
  /^(?:surrender\w*|capitulat\w*|bow\w*|kowtow\w*|give in|cav\w*|appease\w*|giv\w* up|gave up|hand\w* over|negotiat\w* away|sacrific\w*|compromis\w*)(?: to| on)?\b/i

/** Cues a rhetorical question takes back: its own endorsements and obligations. */
const POSITIVE_IN_QUESTION = new Set<Item['kind']>(['endorse', 'modal', 'good'])

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

/** `d` holds `c` and is longer: the longer cue wins ("not a surrender" over "surrender"). */
const longer = (d: Item, c: Item) =>
  d !== c && inside(c.span, d.span) && d.span.end - d.span.start > c.span.end - c.span.start

/** An evaluation that repeats a stance word on the same words ("is welcome"): one vote, not two. */
const SAME_VOTE: Partial<Record<CueKind, CueKind>> = { good: 'endorse', bad: 'reject' }
const repeats = (d: Item, c: Item) =>
  SAME_VOTE[c.kind as CueKind] === d.kind && d.span.start === c.span.start && d.span.end === c.span.end

/** The cues of a sentence, a cue inside a longer one dropped; the same for every topic, so remembered. */
function cuesIn(scan: Scan, s: Span): readonly Item[] {
  return scan.remember(CUES, s.start, s.end, () => {
    const cues = KINDS.flatMap((kind) =>
      scan.matches(CUES[kind], s.start, s.end).map((span) => ({ kind, span })),
    )
    return cues.filter((c) => !cues.some((d) => longer(d, c) || repeats(d, c)))
  })
}

/** Cues and topic words in a sentence, sorted; a cue inside a topic word ("cessation of hostilities") is dropped, and so is a topic word inside a cue. */
function itemsIn(scan: Scan, s: Span, m: TopicMatcher): Item[] {
  const about = scan.matches(m.about, s.start, s.end)
  const kept = cuesIn(scan, s).filter((c) => !about.some((a) => inside(c.span, a)))
  const topicWords = about
    .filter((a) => !kept.some((c) => inside(a, c.span)))
    .map((span) => ({ kind: 'about' as const, span }))
  return [...kept, ...topicWords].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
}

/** Votes one item, given its negation and the contrast weight of its position. */
function voteItem(f: Frame, sn: Votes, i: number) {
  const item = sn.items[i] as Item
  const neg = sn.negs[i] as Negation
  const negated = neg.count % 2 === 1
  const w = sn.weight(item.span.start)
  const against = f.m.topic.hostility ?? 'oppose'
  const other: Polar = against === 'oppose' ? 'support' : 'oppose'
  const s = item.span
  if (sn.absorbed.has(i) || (item.kind !== 'hostility' && f.others.some((o) => inside(s, o)))) return
  switch (item.kind) {
    case 'about':
      // "the Senate has not scheduled a vote on ratification" reports a fact, not a refusal
      if (negated && !neg.factual) f.vote('oppose', 2 * w, s)
      else if (neg.count >= 2) f.vote('support', w, s)
      return
    case 'endorse':
      if (f.topical && !acceptsInExchange(sn, i) && !inCondition(sn, i))
        f.vote(negated !== sn.mocked ? 'oppose' : 'support', 2 * w, s)
      return
    case 'reject':
      if (!negated) f.vote('oppose', 2 * w, s)
      // "we will not beg", "we will never bow to their demands": refusing a way of doing it
      else if (f.topical && CAPITULATION.test(f.text.slice(s.start, s.end))) f.vote('conditional', 2 * w, s)
      // "… as long as it is not used to buy time": the terms of a condition, not support
      else if (f.topical && !inCondition(sn, i)) f.vote('support', 1.5 * w, s)
      return
    case 'good':
    case 'bad':
      if (topicBefore(sn, i))
        f.vote(
          ((item.kind === 'good') !== negated) !== (sn.mocked && item.kind === 'good') ? 'support' : 'oppose',
          2 * w,
          s,
        )
      return
    case 'removal':
    case 'ending':
      if (sn.links.has(i))
        f.vote(removalPolarity(sn, i, sn.links.get(i)) === 1 ? 'support' : 'oppose', 2 * w, s)
      return
    case 'modal':
      return voteModal(f, sn, i, w)
    case 'condition':
      if (f.topical && !f.noCondition.some((n) => inside(s, n)) && !conditionRemoves(sn, i))
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

/**
 * A modal with the topic as its object supports it ("our diplomats should be at the table"); a
 * negated one opposes it ("none should try"). A modal whose verb is a removal ("we should walk away
 * from the treaty") leaves the vote to the removal.
 */
function voteModal(f: Frame, sn: Votes, i: number, w: number) {
  const item = sn.items[i] as Item
  const neg = sn.negs[i] as Negation
  const negated = neg.count % 2 === 1
  if (neg.passedOn || inCondition(sn, i)) return
  const next = sn.items.slice(i + 1).find((x) => x.kind !== 'about')
  if (next && sn.links.has(sn.items.indexOf(next))) return
  const target = topicAfter(sn, item.span)
  // the topic must be the modal's own complement: "must be restored before any extension" is not
  const direct = next === undefined || (target !== undefined && next.span.start > target.span.start)
  if (negated && (f.topical || f.party)) f.vote('oppose', 2 * w, item.span)
  else if (!negated && target && !target.negated && direct) f.vote('support', 2 * w, item.span)
}

/** "… provided the US side removes its tariffs": a condition that asks for the thing's removal is opposition. */
function conditionRemoves(sn: Sentence, at: number): boolean {
  return sn.items.some(
    (x, j) =>
      j > at &&
      x.kind === 'removal' &&
      (sn.negs[j]?.count ?? 0) % 2 === 0 &&
      removalTarget(sn, j) !== undefined,
  )
}

/** "… but only with inspections restored": what follows a condition in its clause states the terms, not support. */
function inCondition(sn: Sentence, at: number): boolean {
  const start = (sn.items[at] as Item).span.start
  return sn.items.some(
    (x, j) => j < at && x.kind === 'condition' && !/[,;:]/.test(sn.text.slice(x.span.end, start)),
  )
}

/**
 * "Willing to resolve differences …, provided the US side removes its tariffs": what is accepted in
 * exchange for the topic's removal is something else, so the acceptance says nothing for the topic.
 */
function acceptsInExchange(sn: Votes, at: number): boolean {
  return sn.exchange > at && topicAfter(sn, (sn.items[at] as Item).span) === undefined
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
  const spans = [CONCESSIVE, WARNING].flatMap((p) => scan.matches(p, from, to))
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
export function readCues(
  scan: Scan,
  from: number,
  to: number,
  m: TopicMatcher,
  topical: boolean | 'party' = false,
): Reading {
  const { text } = scan
  const scores = { support: 0, oppose: 0, conditional: 0 }
  const evidence: Record<Polar, Span[]> = { support: [], oppose: [], conditional: [] }
  const direct = { support: 0, oppose: 0 }
  const sentences = sentencesIn(text, from, to)
  const agrees = scan.matches(AGREEMENT, from, to).length > 0
  const holders = scan.matches(RELATIVE_OTHERS, from, to)
  const frame: Frame = {
    text,
    m,
    topical: topical === true || scan.matches(m.about, from, to).length > 0,
    party: m.parties !== null && scan.matches(m.parties, from, to).length > 0,
    noCondition: conditionFree(scan, from, to, sentences),
    // an open question ("will decide whether talks go ahead") takes no position either
    others: [
      ...(agrees ? [] : [...holders, ...scan.matches(REPORTED, from, to)]),
      ...scan.matches(WHETHER_CLAUSE, from, to),
    ],
    holders: agrees ? [] : holders,
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
  const aboutIn = (s: Span) => scan.matches(m.about, s.start, s.end).length > 0
  const pivots = frame.topical ? scan.matches(PREFERENCE, from, to) : []
  for (const s of sentences) {
    const items = itemsIn(scan, s, m).filter((x) => !(cf && inside(x.span, spanOf(from, cf))))
    // a quote tied to the topic by naming its party: the sentences that name it are about the topic
    const f =
      topical === 'party' && !frame.topical && namesParty(scan, frame, s)
        ? { ...frame, topical: true }
        : frame
    const sn: Sentence = {
      text,
      span: s,
      items,
      negs: negationsOf(scan, s, items),
      topical: f.topical,
      aboutIn,
    }
    if (items.length > 0) voteSentence(f, sn, pivots, weight)
    voteFrames(f, s, weight(s.start))
  }
  if (frame.topical && YES_NO_SPLIT.test(text.slice(from, to)))
    frame.vote('conditional', 3, { start: from, end: to })
  return { scores, evidence, direct }
}

/** The sentence names one of the topic's parties, outside others' positions ("backed by the US"). */
function namesParty(scan: Scan, f: Frame, s: Span): boolean {
  if (f.m.parties === null) return false
  return scan.matches(f.m.parties, s.start, s.end).some((p) => !f.others.some((o) => inside(p, o)))
}

/** Votes the items of one sentence, with its removals linked and its clause shapes read. */
function voteSentence(f: Frame, sn: Sentence, pivots: readonly Span[], weight: (at: number) => number) {
  const links = linkRemovals(sn)
  // items that do not vote on their own: evaluators of removals, and the cues a clause shape reads
  const absorbed = new Set<number>()
  for (const j of links.values()) if (j !== undefined) absorbed.add(j)
  const shaped: ClauseVote[] = []
  if (f.topical) {
    shaped.push(...preferenceVotes(sn, pivots), ...holderVotes(sn, f.holders), ...absenceVotes(sn))
    for (const v of shaped) for (const j of v.absorbs) absorbed.add(j)
    const complements = complementVotes(sn, new Set([...absorbed, ...links.keys()]))
    for (const v of complements) for (const j of v.absorbs) absorbed.add(j)
    shaped.push(...complements)
  }
  // "Why should we negotiate with …?": the question denies what its words would endorse
  if (RHETORICAL_QUESTION.test(f.text.slice(sn.span.start, sn.span.end)))
    sn.items.forEach((x, j) => {
      if (POSITIVE_IN_QUESTION.has(x.kind)) absorbed.add(j)
    })
  const exchange = sn.items.findIndex((x, j) => x.kind === 'condition' && conditionRemoves(sn, j))
  const mocked = sn.items.some((x) => x.kind === 'sarcasm')
  const votes: Votes = { ...sn, links, absorbed, weight, exchange, mocked }
  for (let i = 0; i < sn.items.length; i++) voteItem(f, votes, i)
  for (const v of shaped) if (v.label) f.vote(v.label, 2 * weight(v.span.start), v.span)
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
