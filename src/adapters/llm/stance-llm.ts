import type { Analyzed, Quote, QuoteId, Span, Stance, Topic } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import { type StanceCache, stanceCacheKey } from './cache.ts'
import type { ChatClient } from './client.ts'
import { LlmResponseError } from './errors.ts'
import {
  checkStanceAnswer,
  STANCE_FORMAT,
  STANCE_PROMPT_VERSION,
  type StanceAnswer,
  type StanceQuestion,
  stanceMessages,
  topicForPrompt,
} from './stance-prompt.ts'

/** What refineStances needs: a client, the model's name (for the method and the cache key) and a cache. */
export interface RefineDeps {
  readonly client: ChatClient
  readonly model: string
  readonly cache: StanceCache
}

/** What happened to the quote × topic pairs of one document. */
export interface RefineReport {
  /** Pairs sent to the model (cache misses). */
  readonly asked: number
  /** Pairs answered from the cache, with no call. */
  readonly cached: number
  /** Pairs decided by the model's answer, fresh or cached. */
  readonly used: number
  /** Pairs that kept the rule-based stance because asking failed. */
  readonly fellBack: number
  /** One line per failed pair: `<quote id> × <topic id>: <ErrorName>: <message>`. */
  readonly errors: readonly string[]
}

/** The method recorded on stances the model decided: `llm:<model>@<prompt version>`. */
export const llmStanceMethod = (model: string): string => `llm:${model}@${STANCE_PROMPT_VERSION}`

const pairKey = (quote: QuoteId, topic: string) => `${quote}\u0000${topic}`

/** The paragraph(s) a quote lies in; the quote itself when paragraphs do not cover it. */
function contextOf(doc: Analyzed, q: Quote): Span {
  const inside = doc.paragraphs.filter((p) => p.start < q.span.end && q.span.start < p.end)
  const first = inside[0]
  const last = inside.at(-1)
  if (!first || !last) return q.span
  return { start: Math.min(first.start, q.span.start), end: Math.max(last.end, q.span.end) }
}

function speakerOf(doc: Analyzed, q: Quote): string | null {
  if (!q.speaker) return null
  const actor = q.speaker.actor && doc.actors.find((a) => a.id === q.speaker?.actor)
  return actor ? actor.name : sliceSpan(doc, q.speaker.span)
}

/** Evidence phrases as spans: first found in the quote, else in its context; others are dropped. */
function evidenceSpans(doc: Analyzed, phrases: readonly string[], quote: Span, context: Span): Span[] {
  const spans: Span[] = []
  for (const raw of phrases) {
    const phrase = raw.trim()
    if (!phrase) continue
    const found = [quote, context]
      .map((within) => ({ within, at: sliceSpan(doc, within).indexOf(phrase) }))
      .find((x) => x.at >= 0)
    if (!found) continue
    const start = found.within.start + found.at
    if (!spans.some((s) => s.start === start && s.end === start + phrase.length))
      spans.push({ start, end: start + phrase.length })
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end)
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error)

/** The model's answer for one question, from the cache or the API; throws on any failure. */
async function answerFor(
  question: StanceQuestion,
  deps: RefineDeps,
  tally: { asked: number; cached: number },
) {
  const key = stanceCacheKey(deps.model, question)
  const hit = deps.cache.get(key)
  if (hit) {
    tally.cached++
    return hit
  }
  tally.asked++
  const checked = checkStanceAnswer(await deps.client.complete(stanceMessages(question), STANCE_FORMAT))
  if ('problems' in checked)
    throw new LlmResponseError(`llm: the answer does not fit the schema: ${checked.problems.join('; ')}`)
  deps.cache.set(key, checked.answer)
  return checked.answer
}

function stanceFrom(doc: Analyzed, q: Quote, topic: Topic, answer: StanceAnswer, model: string): Stance {
  return {
    quote: q.id,
    ...(q.speaker?.actor ? { holder: q.speaker.actor } : {}),
    topic: topic.id,
    label: answer.label,
    confidence: answer.confidence,
    evidence: evidenceSpans(doc, answer.evidence, q.span, contextOf(doc, q)),
    method: llmStanceMethod(model),
  }
}

/** Rule stances with the model's decisions put in their place, in quote then topic order. */
function mergeStances(
  doc: Analyzed,
  topics: readonly Topic[],
  decided: Map<string, Stance | null>,
): Stance[] {
  const rules = new Map(doc.stances.map((s) => [pairKey(s.quote, s.topic), s]))
  const out: Stance[] = []
  for (const q of doc.quotes) {
    for (const t of topics) {
      const key = pairKey(q.id, t.id)
      const stance = decided.has(key) ? decided.get(key) : rules.get(key)
      if (stance) out.push(stance)
      rules.delete(key)
    }
    // stances toward topics the caller did not pass stay as they are
    for (const [key, s] of rules) {
      if (s.quote !== q.id) continue
      out.push(s)
      rules.delete(key)
    }
  }
  return [...out, ...rules.values()]
}

/**
 * Asks an LLM for the stance of every quote toward every topic and puts its answers in place of
 * the rule-based stances (method `llm:<model>@1`; an answer with `about: false` removes the pair's
 * stance). Any failure for a pair (timeout, HTTP error, bad JSON, schema mismatch) keeps the rule
 * stance for that pair and is recorded in the report; it never throws for a pair, and the other
 * pairs go on. Answers are cached by model, topic and text; call `cache.flush()` to persist them.
 * @example const { doc: refined, report } = await refineStances(doc, ctx.topics ?? [], { client, model, cache })
 */
export async function refineStances(
  doc: Analyzed,
  topics: readonly Topic[],
  deps: RefineDeps,
): Promise<{ doc: Analyzed; report: RefineReport }> {
  const tally = { asked: 0, cached: 0, used: 0, fellBack: 0 }
  const errors: string[] = []
  const decided = new Map<string, Stance | null>()
  for (const q of doc.quotes) {
    const base = { speaker: speakerOf(doc, q), title: doc.meta.title }
    const question = {
      ...base,
      context: sliceSpan(doc, contextOf(doc, q)),
      statement: sliceSpan(doc, q.span),
    }
    for (const topic of topics) {
      try {
        const answer = await answerFor({ topic: topicForPrompt(topic), ...question }, deps, tally)
        decided.set(
          pairKey(q.id, topic.id),
          answer.about ? stanceFrom(doc, q, topic, answer, deps.model) : null,
        )
        tally.used++
      } catch (error) {
        tally.fellBack++
        errors.push(`${q.id} × ${topic.id}: ${describe(error)}`)
      }
    }
  }
  return { doc: { ...doc, stances: mergeStances(doc, topics, decided) }, report: { ...tally, errors } }
}
