import type { Actor, Quote, QuoteId, Span, StageContext, WithActors, WithQuotes } from '../../core/index.ts'
import { compareSpans, diagnostic, quoteId, regionAt } from '../../core/index.ts'
import { type Attribution, attributeAfter, attributeBefore } from './attribute.ts'
import { classifyMarked } from './classify.ts'
import { isSpeechCue } from './cues.ts'
import { findIndirect, type IndirectFound } from './indirect.ts'
import { pairQuotationMarks, type QuotedSpan } from './marks.ts'
import { statementDate } from './quote-dates.ts'
import { type Focus, type ResolvedSpeaker, SpeakerResolver } from './speakers.ts'
import { mainSubject } from './subjects.ts'
import { unattributedSpeaker } from './unattributed.ts'
import { buildView, type DocView, isQuoted, wordIndexAfter } from './view.ts'

export const QUOTES_METHOD = 'rules@1'
/** Date words that, said by the speaker, name the day they speak. */
const SPEAKERS_PRESENT = /^(today|tonight|this (morning|afternoon|evening))\W*$/i

interface Marked {
  readonly q: QuotedSpan
  readonly kind: 'direct' | 'mixed'
}

/** Pairs quotation marks in prose and keeps those that quote someone. */
function markedQuotes(doc: WithActors): Marked[] {
  const prose = doc.paragraphs.filter((p) => !regionAt(doc.regions, p))
  const out: Marked[] = []
  for (const q of pairQuotationMarks(doc.text, prose)) {
    const s = doc.sentences.find((x) => x.span.start <= q.open && q.open < x.span.end)
    if (!s) continue
    const sentenceText = doc.text.slice(s.span.start, s.span.end)
    const outside =
      sentenceText.slice(0, q.open - s.span.start) + sentenceText.slice(q.closeEnd - s.span.start)
    const cueNear = outside.split(/[^\p{L}]+/u).some(isSpeechCue)
    const kind = classifyMarked(doc.text, q, s.span, cueNear)
    if (kind === 'direct' || kind === 'mixed') out.push({ q, kind })
  }
  return out
}

/** Mutable bookkeeping of one run over the article, in reading order. */
interface Walk {
  readonly v: DocView
  readonly resolver: SpeakerResolver
  readonly focus: Focus[]
  readonly quotes: Quote[]
  last?: {
    quote: Quote
    speaker?: ResolvedSpeaker
    paragraph: number
    state: QuotedSpan['state']
    cueWord?: number
  }
}

function makeQuote(
  w: Walk,
  kind: Quote['kind'],
  span: Span,
  sentence: number,
  speaker: ResolvedSpeaker | undefined,
  attribution: { cue?: number; method: string },
  statement?: QuoteId,
): Quote {
  const { doc } = w.v
  const id = quoteId(doc.id, span)
  const s = doc.sentences[sentence]!
  const cueWord = attribution.cue !== undefined ? w.v.words[attribution.cue] : undefined
  const cue = attribution.cue !== undefined ? cueSpan(w.v, attribution.cue) : undefined
  const previousDate = w.last && w.last.speaker?.actor === speaker?.actor ? w.last.quote.date : undefined
  // a date among the quoted words is when something happens, not when they were said, unless it
  // names the speaker's present: "my statements today"
  const dates = doc.dates.filter(
    (d) => !isQuoted(w.v, d.span.start) || SPEAKERS_PRESENT.test(doc.text.slice(d.span.start, d.span.end)),
  )
  const date = statementDate(
    dates,
    s,
    doc.paragraphs[s.paragraph]!,
    cueWord?.span.start ?? span.start,
    previousDate,
  )
  return {
    id,
    kind,
    span,
    ...(cue ? { cue } : {}),
    ...(speaker
      ? {
          speaker: {
            span: speaker.span,
            ...(speaker.actor ? { actor: speaker.actor } : {}),
            ...(speaker.mention ? { mention: speaker.mention.id } : {}),
            method: `${attribution.method}@1`,
            confidence: /^(continuation|previous-subject|headline-label)$/.test(attribution.method)
              ? 0.7
              : 0.9,
          },
        }
      : {}),
    ...(date ? { date } : {}),
    statement: statement ?? id,
    method: QUOTES_METHOD,
  }
}

/** The cue's words: one verb ("said"), or a phrase ("according to"). */
function cueSpan(v: DocView, cue: number): Span {
  const w = v.words[cue]!
  const next = v.words[cue + 1]
  const phrase = /^according$/i.test(w.text) && next !== undefined && /^to$/i.test(next.text)
  return phrase ? { start: w.span.start, end: next.span.end } : w.span
}

function attributeMarked(w: Walk, m: Marked, sentence: number, from: number, until: number) {
  const { v } = w
  const open = wordIndexAfter(v, m.q.open)
  // the first word after the closing mark (a mark may be split into two tokens: '' )
  const after = wordIndexAfter(v, m.q.closeEnd)
  // a quotation of several sentences is attributed after its closing mark, in the sentence that holds it
  const closeSentenceEnd = sentenceEndWord(v, v.words[after - 1]?.sentence ?? sentence)
  let attribution: Attribution | undefined =
    m.q.state === 'closed' ? attributeAfter(v, after, Math.min(until, closeSentenceEnd)) : undefined
  // '"Is it in our interest?" Lisa Monaco said': a question or exclamation ends the sentence before
  // its attribution, which then opens the next one
  const endsSentence =
    after >= closeSentenceEnd && /[?!…]$/.test(v.doc.text.slice(m.q.content.start, m.q.content.end))
  if (!attribution && m.q.state === 'closed' && endsSentence) {
    const next = v.words[after]?.sentence
    const nextEnd = next !== undefined ? sentenceEndWord(v, next) : after
    const found = attributeAfter(v, after, Math.min(until, nextEnd))
    if (found?.cue !== undefined && found.cue - after < 20) attribution = found
  }
  attribution ??= attributeBefore(v, from, open, sentence)
  attribution ??= colonParagraphBefore(v, open, sentence)
  if (!attribution && m.q.state === 'closed')
    attribution = attributeAfterTail(v, after, Math.min(until, closeSentenceEnd))
  return { attribution, close: after - 1 }
}

/** 'Reporter Jane Doe says:' ending a paragraph, and the quotation opening the next one. */
function colonParagraphBefore(v: DocView, open: number, sentence: number): Attribution | undefined {
  const s = v.doc.sentences[sentence]
  const prev = v.doc.sentences[sentence - 1]
  if (!s || !prev || prev.paragraph !== s.paragraph - 1 || wordIndexAfter(v, s.span.start) !== open)
    return undefined
  const end = wordIndexAfter(v, prev.span.end)
  if (v.words[end - 1]?.text !== ':') return undefined
  return attributeBefore(v, wordIndexAfter(v, prev.span.start), end, sentence - 1)
}

/**
 * '“We’re happy” about the decision, said X': a few words with no verb, then the attribution; or
 * '“It would seal the deal” because she would expand her lead, he said.': a clause, then an
 * attribution that closes the sentence.
 */
function attributeAfterTail(v: DocView, after: number, until: number): Attribution | undefined {
  for (let k = after; k < until && k - after < 8; k++) {
    const w = v.words[k]!
    if (/^["“”‘’«»]$/.test(w.text)) return undefined
    if (w.pos === 'VERB' || w.pos === 'AUX') return closingAttribution(v, k, until)
    if (w.text === ',' && k > after) return attributeAfter(v, k, until)
  }
  return undefined
}

/** An attribution after a comma in words [from, until) that ends the sentence: ", he said." */
function closingAttribution(v: DocView, from: number, until: number): Attribution | undefined {
  for (let comma = from + 1; comma < until && comma - from < 25; comma++) {
    const w = v.words[comma]!
    if (/^["“”‘’«»]$/.test(w.text)) return undefined
    if (w.text !== ',') continue
    const found = attributeAfter(v, comma, until)
    if (found?.cue === undefined || found.method !== 'cue-after') continue
    // nothing but an adjunct or an apposition after the cue: "he said on Tuesday."
    const rest = v.words.slice(found.cue + 1, until)
    return rest.some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? undefined : found
  }
  return undefined
}

function sentenceEndWord(v: DocView, sentence: number): number {
  const s = v.doc.sentences[sentence]!
  return wordIndexAfter(v, s.span.end)
}

function handleMarked(w: Walk, m: Marked, sentence: number, from: number, until: number): number {
  const { attribution, close } = attributeMarked(w, m, sentence, from, until)
  const paragraph = w.v.doc.sentences[sentence]!.paragraph
  const last = w.last
  let speaker: ResolvedSpeaker | undefined
  let method: string
  if (attribution) {
    method = attribution.method
    if (attribution.speaker) speaker = w.resolver.resolve(attribution.speaker, sentence, w.focus)
    else if (attribution.phrase) speaker = w.resolver.resolvePhrase(attribution.phrase)
  } else ({ speaker, method } = unattributedSpeaker(w, m.q, sentence, last))
  // '"A," he said, "B."': B shares A's cue, so it is the same statement
  const interrupted = last && attribution && last.cueWord !== undefined && last.cueWord === attribution.cue
  // a quotation running over paragraphs is one statement, wherever its attribution stands
  const continued = last && last.state === 'continues'
  const statement = interrupted || continued ? last.quote.statement : undefined
  const made = makeQuote(
    w,
    m.kind,
    m.q.content,
    sentence,
    speaker,
    { ...(attribution?.cue !== undefined ? { cue: attribution.cue } : {}), method },
    statement,
  )
  const q = m.kind === 'mixed' ? { ...made, verbatim: [m.q.content] } : made
  w.quotes.push(q)
  w.last = {
    quote: q,
    ...(speaker ? { speaker } : {}),
    paragraph,
    state: m.q.state,
    ...(attribution?.cue !== undefined ? { cueWord: attribution.cue } : {}),
  }
  return close
}

/**
 * Adds reported speech found in sentence `si`. 'X warned that A: “B”' is one statement: the
 * reported clause and the quotation it runs into become one mixed quote.
 */
function addIndirect(w: Walk, found: IndirectFound, si: number, firstOfSentence: number): void {
  const { doc } = w.v
  const inSentence = w.quotes.slice(firstOfSentence)
  const overlapping = inSentence.filter(
    (q) => q.span.start < found.content.end && found.content.start < q.span.end,
  )
  // 'Obama said he is “surprised and troubled” by …': the quoted words are part of the reported clause
  const woven = overlapping.every(
    (q) => q.kind === 'mixed' && found.content.start <= q.span.start && q.span.start < found.content.end,
  )
  if (overlapping.length && !woven) return
  for (const q of overlapping) w.quotes.splice(w.quotes.indexOf(q), 1)
  const kind = overlapping.length ? 'mixed' : 'indirect'
  const runsInto = inSentence.find(
    (q) =>
      q.cue &&
      q.cue.start === w.v.words[found.cue]!.span.start &&
      /^\s*:\s*["“‘«]?$/.test(doc.text.slice(found.content.end, q.span.start)),
  )
  if (runsInto) {
    const merged: Quote = {
      ...runsInto,
      kind: 'mixed',
      span: { start: found.content.start, end: runsInto.span.end },
    }
    const at = w.quotes.indexOf(runsInto)
    w.quotes[at] = { ...merged, id: quoteId(doc.id, merged.span), statement: quoteId(doc.id, merged.span) }
    if (w.last?.quote === runsInto) w.last = { ...w.last, quote: w.quotes[at]! }
    return
  }
  // '"…," Dupont said Friday as he entered the talks': the cue already gives a quotation its speaker
  const cueAt = w.v.words[found.cue]!.span.start
  if (inSentence.some((q) => q.kind === 'direct' && q.cue?.start === cueAt && q.span.end <= cueAt)) return
  const speaker = found.speaker
    ? w.resolver.resolve(found.speaker, si, w.focus)
    : found.speakerPhrase && w.resolver.resolvePhrase(found.speakerPhrase)
  // the quoted words may end past the clause's end (a period inside the closing mark), and the
  // clause then takes the closing mark too, so that it holds both marks of what it quotes
  let end = Math.max(found.content.end, ...overlapping.map((o) => o.span.end))
  if (overlapping.length) end += closingMarkLength(doc.text, end)
  const span = { start: found.content.start, end }
  const made = makeQuote(w, kind, span, si, speaker, { cue: found.cue, method: found.method })
  const q = overlapping.length ? { ...made, verbatim: overlapping.map((o) => o.span) } : made
  w.quotes.push(q)
  if (found.more)
    w.quotes.push(
      makeQuote(
        w,
        'indirect',
        found.more,
        si,
        speaker,
        { cue: found.cue, method: found.method },
        q.statement,
      ),
    )
  w.last = {
    quote: q,
    ...(speaker ? { speaker } : {}),
    paragraph: doc.sentences[si]!.paragraph,
    state: 'closed',
    cueWord: found.cue,
  }
}

const closingMarkLength = (text: string, at: number): number =>
  text.startsWith("''", at) ? 2 : /["”’'»]/.test(text[at] ?? '') ? 1 : 0

function updateFocus(w: Walk, sentence: number, spoke: ResolvedSpeaker | undefined): void {
  const paragraph = w.v.doc.sentences[sentence]!.paragraph
  const subject = spoke
    ? undefined
    : mainSubject(w.v, sentence, w.v.doc.sentences[sentence]!.span.end, w.resolver.personal)
  // a bare capitalised word ("Atlanta", "Footage") is no one to refer back to until it speaks
  const known =
    subject && subject.form !== 'pronoun' && (subject.actor !== undefined || subject.form === 'title')
  // "She flew to Geneva": who "she" is tells that person's gender to later pronouns
  if (!spoke && subject?.form === 'pronoun') w.resolver.resolve(subject, sentence, w.focus)
  const speaker = spoke ?? (known ? w.resolver.resolve(subject, sentence, w.focus) : undefined)
  if (!speaker) return
  const org =
    subject?.kind === 'org' ||
    (speaker.actor !== undefined && w.v.doc.actors.find((a) => a.id === speaker.actor)?.kind === 'org')
  w.focus.push({ speaker, paragraph, org })
}

const GUESSED = /^(continuation|previous-subject|none)@/

/**
 * Parts of one statement share its speaker: a long quotation attributed only in its last paragraph
 * gives that attribution to the paragraphs before it.
 */
function shareAttribution(quotes: readonly Quote[]): Quote[] {
  const attributed = new Map<string, Quote>()
  for (const q of quotes) {
    if (q.speaker && !GUESSED.test(q.speaker.method) && !attributed.has(q.statement))
      attributed.set(q.statement, q)
  }
  return quotes.map((q) => {
    const source = attributed.get(q.statement)
    if (!source?.speaker || (q.speaker && !GUESSED.test(q.speaker.method))) return q
    return { ...q, speaker: { ...source.speaker, method: 'statement@1' } }
  })
}

/**
 * Finds quotations and reported speech and gives each to its speaker: direct quotes in any
 * convention of marks, mixed quotes woven into a sentence, and indirect speech after a cue verb.
 * @example extractQuotes(withActors, ctx).quotes.map((q) => [sliceSpan(doc, q.span), q.speaker?.actor])
 */
export function extractQuotes(doc: WithActors, _ctx: StageContext): WithQuotes {
  const marked = markedQuotes(doc)
  const v = buildView(
    doc,
    marked.map((m) => m.q.content),
    marked.filter((m) => m.kind === 'mixed').map((m) => m.q.content),
  )
  const w: Walk = { v, resolver: new SpeakerResolver(v), focus: [], quotes: [] }
  let mi = 0
  doc.sentences.forEach((s, si) => {
    if (regionAt(doc.regions, s.span)) return
    const first = wordIndexAfter(v, s.span.start)
    const end = wordIndexAfter(v, s.span.end)
    let from = first
    const before = w.quotes.length
    while (mi < marked.length && marked[mi]!.q.open < s.span.end) {
      const m = marked[mi]!
      const nextOpen = marked[mi + 1] ? wordIndexAfter(v, marked[mi + 1]!.q.open) : v.words.length
      from = handleMarked(w, m, si, from, nextOpen) + 1
      mi++
    }
    for (const found of findIndirect(v, first, end)) addIndirect(w, found, si, before)
    const spoke = w.quotes.length > before ? w.last?.speaker : undefined
    updateFocus(w, si, spoke)
  })
  const quotes = shareAttribution(w.quotes)
  const diagnostics = [
    ...doc.diagnostics,
    ...quotes
      .filter((q) => !q.speaker)
      .map((q) => diagnostic('QUOTE_NO_SPEAKER', 'quotes', { span: q.span })),
  ]
  const actors: Actor[] = [...doc.actors, ...w.resolver.created]
  return { ...doc, actors, quotes: quotes.sort((a, b) => compareSpans(a.span, b.span)), diagnostics }
}
