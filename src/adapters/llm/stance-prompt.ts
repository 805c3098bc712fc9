import type { StanceLabel, Topic } from '../../core/index.ts'
import type { ChatMessage, JsonSchemaFormat } from './client.ts'
import { type JsonSchema, schemaErrors } from './json-schema.ts'

/** Bumped whenever the prompt or schema changes: it is in the method name and the cache key. */
export const STANCE_PROMPT_VERSION = 1

/** What the model answers for one statement and one topic. */
export interface StanceAnswer {
  readonly about: boolean
  readonly label: StanceLabel
  readonly confidence: number
  /** Phrases copied from the statement (or its paragraph); mapped to spans afterwards. */
  readonly evidence: readonly string[]
}

const LABELS: readonly StanceLabel[] = ['support', 'oppose', 'conditional', 'neutral']

/** The answer's schema, sent as `response_format` and checked on receipt. */
export const STANCE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['about', 'label', 'confidence', 'evidence'],
  properties: {
    about: { type: 'boolean' },
    label: { type: 'string', enum: LABELS },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    evidence: { type: 'array', items: { type: 'string' } },
  },
}

/** STANCE_SCHEMA as the `response_format.json_schema` of a request. */
export const STANCE_FORMAT: JsonSchemaFormat = { name: 'stance', schema: STANCE_SCHEMA }

/** Everything the model is told about one statement and one topic; the cache key is made of it. */
export interface StanceQuestion {
  readonly topic: {
    readonly id: string
    readonly label: string
    readonly about: readonly string[]
    readonly parties: readonly string[]
    readonly hostility: 'oppose' | 'support'
  }
  readonly speaker: string | null
  readonly title: string | null
  /** The paragraph (or paragraphs) holding the statement. */
  readonly context: string
  readonly statement: string
}

/** What the model is told of a topic; hostility defaults to `oppose`, as in the rules. */
export const topicForPrompt = (t: Topic): StanceQuestion['topic'] => ({
  id: t.id,
  label: t.label,
  about: t.about,
  parties: t.parties,
  hostility: t.hostility ?? 'oppose',
})

const SYSTEM_PROMPT = `You classify the stance of one statement from a news article toward one topic.
You receive JSON with the topic (label, words that signal it, the other party, and which stance hostility toward that party argues for), the speaker, the article title, the paragraph around the statement ("context") and the statement itself.
Answer with JSON only, matching the schema:
- "about": true when the statement, read with its context, is about the topic; otherwise false.
- "label": "support" when the speaker favours the topic; "oppose" when the speaker rejects or argues against it (hostility toward the other party counts as the topic's "hostility" field says); "conditional" when the speaker accepts it only under conditions or in part ("only if", "not under pressure"); "neutral" when it is about the topic but takes no position. Use "neutral" when "about" is false.
- "confidence": from 0 to 1.
- "evidence": a few short phrases that show the label, each copied exactly, character for character, from the statement (or, failing that, the context). No paraphrase; an empty list when "about" is false.`

/** The chat messages for one question: a fixed system prompt and the question as JSON. */
export const stanceMessages = (q: StanceQuestion): ChatMessage[] => [
  { role: 'system', content: SYSTEM_PROMPT },
  { role: 'user', content: JSON.stringify(q, null, 2) },
]

/** The answer, when it conforms to STANCE_SCHEMA; otherwise the problems found. */
export function checkStanceAnswer(value: unknown): { answer: StanceAnswer } | { problems: string[] } {
  const problems = schemaErrors(STANCE_SCHEMA, value)
  return problems.length > 0 ? { problems } : { answer: value as StanceAnswer }
}
