/**
 * Test helpers for the quotes stage: build a RawArticle from a string, run the whole pipeline on it,
 * and assert quotations by the words they cover, never by offsets.
 *
 * The quotes stage needs mentions, actors and dates from the stages before it, so these tests run
 * `analyze` with the CLI's context (the real wink tagger) rather than hand-built layers. That makes
 * this file import upwards (pipeline, adapters); only tests import it.
 */
import assert from 'node:assert/strict'
import { createContext } from '../../adapters/cli/main.ts'
import type { Analyzed, Quote, QuoteKind, RawArticle, Span, StageContext } from '../../core/index.ts'
import { assertSpans, lineAndColumn, overlaps, sliceSpan } from '../../core/index.ts'
import { rawArticle } from '../../core/testing.ts'
import { analyze } from '../../pipeline.ts'

let shared: StageContext | undefined
/** The CLI's context, built once: loading the tagger model takes ~70 ms. */
export const testContext = (): StageContext => {
  shared ??= createContext()
  return shared
}

export { rawArticle }

/** Runs the whole pipeline on a text and checks every span of the result. */
export function analyzeText(text: string, extra: Partial<RawArticle> = {}): Analyzed {
  const doc = analyze(rawArticle(text, extra), testContext())
  assertSpans(doc)
  assert.equal(doc.text, text, 'the pipeline never changes the text')
  return doc
}

/** Who a quote is given to: the actor's name, else the words naming the speaker, else undefined. */
export function speakerName(doc: Analyzed, q: Quote): string | undefined {
  if (!q.speaker) return undefined
  const actor = q.speaker.actor && doc.actors.find((a) => a.id === q.speaker!.actor)
  return actor ? actor.name : sliceSpan(doc, q.speaker.span)
}

/** Asserts a span by the text it covers, never by its numbers. */
export function expectSpan(doc: { text: string }, span: Span | undefined, words: string): void {
  assert.ok(span, `expected a span covering ${JSON.stringify(words)}, found none`)
  assert.equal(sliceSpan(doc, span), words)
}

/** One line per quote, for assertion messages: kind, words, speaker, cue. */
export const describeQuotes = (doc: Analyzed): string =>
  doc.quotes
    .map(
      (q) =>
        `  ${q.kind} ${JSON.stringify(sliceSpan(doc, q.span))} ← ${speakerName(doc, q) ?? '(none)'}` +
        (q.cue ? ` [${sliceSpan(doc, q.cue)}]` : ''),
    )
    .join('\n') || '  (no quotes)'

/** What `expectQuote` checks; a field left out is not checked, `null` means "must have none". */
export interface QuoteExpectation {
  readonly kind?: QuoteKind
  readonly speaker?: string | null
  readonly cue?: string | null
  readonly date?: string | null
}

/**
 * Finds the quote whose words are exactly `words` and checks its kind, speaker and cue.
 * @example expectQuote(doc, 'We will not sign', { kind: 'direct', speaker: 'Jane Doe', cue: 'said' })
 */
export function expectQuote(doc: Analyzed, words: string, expected: QuoteExpectation = {}): Quote {
  const q = doc.quotes.find((x) => sliceSpan(doc, x.span) === words)
  assert.ok(q, `expected a quote ${JSON.stringify(words)}; found:\n${describeQuotes(doc)}`)
  const where = `quote ${JSON.stringify(words)}`
  if (expected.kind !== undefined) assert.equal(q.kind, expected.kind, `${where}: kind`)
  if (expected.speaker !== undefined)
    assert.equal(speakerName(doc, q) ?? null, expected.speaker, `${where}: speaker`)
  if (expected.cue !== undefined)
    assert.equal(q.cue ? sliceSpan(doc, q.cue) : null, expected.cue, `${where}: cue`)
  if (expected.date !== undefined) assert.equal(q.date ?? null, expected.date, `${where}: date`)
  return q
}

/** Asserts that no quote touches the first occurrence of `words` (scare quotes, titles, embedded posts). */
export function expectNoQuote(doc: Analyzed, words: string): void {
  const at = doc.text.indexOf(words)
  assert.ok(at >= 0, `the text contains ${JSON.stringify(words)}`)
  const where = { start: at, end: at + words.length }
  const q = doc.quotes.find((x) => overlaps(x.span, where))
  assert.equal(
    q,
    undefined,
    `expected no quote over ${JSON.stringify(words)}; found:\n${describeQuotes(doc)}`,
  )
}

/** Labels the parts of statements made of several quotes: ' {S1 1/2}', ' {S1 2/2}'. */
function statementParts(doc: Analyzed): Map<Quote, string> {
  const groups = new Map<string, Quote[]>()
  for (const q of doc.quotes) groups.set(q.statement, [...(groups.get(q.statement) ?? []), q])
  const out = new Map<Quote, string>()
  let n = 0
  for (const group of groups.values()) {
    if (group.length < 2) continue
    n++
    group.forEach((q, i) => {
      out.set(q, ` {S${n} ${i + 1}/${group.length}}`)
    })
  }
  return out
}

/**
 * The article with `^^^` under each quote's words and, on the next line, its kind, speaker and cue,
 * as TypeScript's `.errors.txt` baselines print diagnostics under the code. A date is shown as `@YYYY-MM-DD`,
 * parts of one statement as `{S1 1/2}`; quotes spanning several lines are underlined on each line.
 */
export function renderBaseline(doc: Analyzed): string {
  const lines = doc.text.split('\n')
  const starts: number[] = []
  let at = 0
  for (const line of lines) {
    starts.push(at)
    at += line.length + 1
  }
  const notes = new Map<number, string[]>()
  const parts = statementParts(doc)
  const add = (line: number, note: string) => notes.set(line, [...(notes.get(line) ?? []), note])
  for (const q of doc.quotes) {
    const first = lineAndColumn(doc.text, q.span.start).line - 1
    const last = lineAndColumn(doc.text, Math.max(q.span.start, q.span.end - 1)).line - 1
    for (let l = first; l <= last; l++) {
      const from = Math.max(q.span.start, starts[l]!) - starts[l]!
      const to = Math.min(q.span.end, starts[l]! + lines[l]!.length) - starts[l]!
      const underline = ' '.repeat(from) + '^'.repeat(Math.max(1, to - from))
      const who = speakerName(doc, q) ?? '(no speaker)'
      const cue = q.cue ? ` [${sliceSpan(doc, q.cue)}]` : ''
      const date = q.date ? ` @${q.date}` : ''
      const span = first === last ? '' : ` (line ${l - first + 1}/${last - first + 1})`
      add(l, `${underline}\n!!! ${q.kind} ← ${who}${cue}${date}${parts.get(q) ?? ''}${span}`)
    }
  }
  return `${lines.flatMap((line, i) => [line, ...(notes.get(i) ?? [])]).join('\n')}\n`
}

/**
 * Asserts that `parts` are quotes of one statement: each is found by its words, all share the
 * statement id and are given to `speaker`.
 */
export function expectStatement(doc: Analyzed, parts: readonly string[], speaker: string): Quote[] {
  const quotes = parts.map((words) => expectQuote(doc, words, { speaker }))
  const ids = new Set(quotes.map((q) => q.statement))
  assert.equal(ids.size, 1, `the parts share one statement id; found ${[...ids].join(', ')}`)
  return quotes
}
