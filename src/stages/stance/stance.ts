import type {
  Analyzed,
  Quote,
  Span,
  StageContext,
  Stance,
  StanceLabel,
  Topic,
  WithActs,
  WithQuotes,
} from '../../core/index.ts'
import { evidenceFor, labelOf, type Reading, readCues } from './classify.ts'
import { CUES } from './lexicon.ts'
import { type Scan, scanOf, type TopicMatcher, topicMatcher } from './terms.ts'

export const STANCE_METHOD = 'lexicon@3'

/** Where to look around a quote: the quote itself, its sentence(s), its paragraph, the paragraph before. */
interface Scope {
  readonly quote: Span
  readonly sentence: Span
  readonly paragraph: Span
  readonly before?: Span
}

function scopeOf(doc: WithQuotes, q: Quote): Scope {
  const inside = doc.sentences.filter((s) => s.span.start < q.span.end && q.span.start < s.span.end)
  const first = inside[0]
  const last = inside.at(-1)
  const sentence = first && last ? { start: first.span.start, end: last.span.end } : q.span
  const paragraph = first ? (doc.paragraphs[first.paragraph] ?? sentence) : sentence
  const before = first ? doc.paragraphs[first.paragraph - 1] : undefined
  return {
    ...(before ? { before } : {}),
    quote: q.span,
    sentence,
    paragraph: {
      start: Math.min(paragraph.start, sentence.start),
      end: Math.max(paragraph.end, sentence.end),
    },
  }
}

const LEVELS = [
  ['quote', 0.8],
  ['sentence', 0.65],
  ['paragraph', 0.5],
] as const

interface Previous {
  readonly quote: Quote
  readonly paragraph: number
  readonly label: StanceLabel
}

const directWeight = (r: Reading) => r.direct.support + r.direct.oppose + r.scores.conditional

/**
 * How a quote comes to be about a topic: its paragraph uses the topic's words; or only the
 * paragraph before does ("Asked about the talks, …"); or the quote names the topic's other party
 * and takes a position of its own (not hostility alone); or it continues its speaker's argument.
 */
function topicality(scan: Scan, q: Quote, scope: Scope, m: TopicMatcher, continues: boolean) {
  const about = (s: Span) => scan.matches(m.about, s.start, s.end).length > 0
  if (about(scope.paragraph)) return 'words'
  if (scope.before !== undefined && about(scope.before))
    // a paragraph before that itself reports denunciations ("… the duplicity of US diplomacy") sets a
    // theme of hostility, not the topic: hostility that continues it takes no position
    return scan.matches(CUES.hostility, scope.before.start, scope.before.end).length > 0 ? 'theme' : 'context'
  const named = m.parties !== null && scan.matches(m.parties, q.span.start, q.span.end).length > 0
  // naming the party makes the quote's own endorsements count ("we welcome Washington's offer")
  if (named && directWeight(readCues(scan, q.span.start, q.span.end, m, 'party')) > 0) return 'party'
  return continues ? 'continues' : undefined
}

/** One quote's stance toward one topic, or undefined when the quote is not about the topic. */
function judge(
  scan: Scan,
  q: Quote,
  scope: Scope,
  m: TopicMatcher,
  prev: Previous | undefined,
  paragraph: number,
) {
  const continues =
    prev !== undefined &&
    prev.quote.speaker?.actor !== undefined &&
    prev.quote.speaker.actor === q.speaker?.actor &&
    paragraph - prev.paragraph <= 1
  const how = topicality(scan, q, scope, m, continues)
  if (!how) return undefined
  for (const [level, confidence] of LEVELS) {
    const topical = how === 'context' || how === 'theme' ? true : how === 'party' ? 'party' : false
    const reading = readCues(scan, scope[level].start, scope[level].end, m, topical)
    // hostility alone, tied to the topic only by a paragraph of denunciation, takes no position
    const label = how === 'theme' && directWeight(reading) === 0 ? undefined : labelOf(reading)
    if (label) return { label, confidence, evidence: evidenceFor(reading, label) }
    // a quote that says nothing of its own about the topic is read through its sentence and paragraph
    if (level === 'quote' && scan.matches(m.about, q.span.start, q.span.end).length > 0)
      return { label: 'neutral' as const, confidence: 0.5, evidence: [] }
  }
  if (continues && prev) return { label: prev.label, confidence: 0.4, evidence: [] }
  return { label: 'neutral' as const, confidence: 0.4, evidence: [] }
}

/**
 * The stance of every quotation toward every topic of the context: support, oppose, conditional
 * or neutral, with a confidence and the cue words as evidence. A quotation not about a topic (in its
 * words, its sentence or its paragraph, or as the next part of its speaker's argument) gets no stance.
 * @example scoreStance(withQuotes, { ...ctx, topics }).stances.filter((s) => s.label === 'oppose')
 */
export function scoreStance(doc: WithActs, ctx: StageContext): Analyzed {
  const topics: readonly Topic[] = ctx.topics ?? []
  if (topics.length === 0) return { ...doc, stances: [] }
  const matchers = topics.map(topicMatcher)
  const stances: Stance[] = []
  const previous = new Map<string, Previous>()
  const scan = scanOf(doc.text)
  for (const q of doc.quotes) {
    const scope = scopeOf(doc, q)
    const paragraph =
      doc.sentences.find((s) => s.span.start <= q.span.start && q.span.start < s.span.end)?.paragraph ?? 0
    for (const m of matchers) {
      const verdict = judge(scan, q, scope, m, previous.get(m.topic.id), paragraph)
      if (!verdict) continue
      stances.push({
        quote: q.id,
        ...(q.speaker?.actor ? { holder: q.speaker.actor } : {}),
        topic: m.topic.id,
        label: verdict.label,
        confidence: verdict.confidence,
        evidence: verdict.evidence,
        method: STANCE_METHOD,
      })
      previous.set(m.topic.id, { quote: q, paragraph, label: verdict.label })
    }
  }
  return { ...doc, stances }
}
