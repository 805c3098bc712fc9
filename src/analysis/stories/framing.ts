import type { Span, StanceLabel } from '../../core/index.ts'
import { nameParts } from '../../core/index.ts'
import type { StoryArticle, StoryQuote } from './article.ts'
import { type CompiledLexicon, classifyCue, findTerms } from './lexicon.ts'
import { quotedStretches, sentenceAt } from './sentences.ts'
import { wordsOf } from './words.ts'

/** A sentence behind a figure. */
export interface Evidence {
  readonly articleId: string
  readonly outlet: string | null
  /** The sentence, and its span in the article's text. */
  readonly sentence: string
  readonly span: Span
  /** What was found in it (a verb, a term as written, a statement). */
  readonly match: string
}

export interface VoiceShare {
  readonly key: string
  readonly name: string
  readonly camp: string | null
  readonly quotes: number
  /** Of the outlet's attributed quotes. */
  readonly share: number
  readonly stances: Readonly<Partial<Record<StanceLabel, number>>>
  readonly evidence: readonly Evidence[]
}

export interface VerbUse {
  readonly verb: string
  readonly class: string
  readonly count: number
  /** Of the outlet's statements with a cue. */
  readonly share: number
  readonly evidence: readonly Evidence[]
}

export interface TermUse {
  readonly term: string
  readonly category: string
  /** In the outlet's own words, and inside quotations (or embedded posts). */
  readonly ownVoice: number
  readonly quoted: number
  /** Sentences using it in the outlet's own voice. */
  readonly evidence: readonly Evidence[]
  readonly quotedEvidence: readonly Evidence[]
}

export interface HeadlineFocus {
  readonly articleId: string
  readonly headline: string
  /** Actors of the article the headline names, in headline order. */
  readonly actors: readonly string[]
  readonly terms: readonly string[]
}

/** How one outlet frames a set of articles. */
export interface OutletFraming {
  readonly outlet: string
  readonly articles: number
  /** Words of its articles, boilerplate left out. */
  readonly words: number
  readonly quotes: number
  readonly voices: readonly VoiceShare[]
  readonly camps: readonly { readonly camp: string; readonly quotes: number; readonly share: number }[]
  readonly attribution: {
    readonly statements: number
    readonly neutral: number
    readonly neutralShare: number
    readonly verbs: readonly VerbUse[]
  }
  readonly loaded: {
    readonly ownVoice: number
    readonly quoted: number
    /** Own-voice loaded terms per 1,000 words. */
    readonly perThousandWords: number
    readonly terms: readonly TermUse[]
  }
  /** Stances of the statements it quotes (toward `topic` when given, else toward any topic). */
  readonly stance: {
    readonly topic: string | null
    readonly statements: number
    readonly byLabel: Readonly<Record<StanceLabel, number>>
  }
  readonly headlines: readonly HeadlineFocus[]
}

export interface FramingOptions {
  readonly topic?: string | null
  /** Sentences kept per figure (default 3). */
  readonly evidence?: number
}

const inside = (spans: readonly Span[], at: Span): boolean =>
  spans.some((s) => s.start <= at.start && at.end <= s.end)
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits

function evidenceAt(article: StoryArticle, at: Span, match: string): Evidence {
  const span = sentenceAt(article.text, at.start)
  return {
    articleId: article.id,
    outlet: article.outlet,
    sentence: article.text.slice(span.start, span.end),
    span,
    match,
  }
}

/** Adds one item to a keyed tally, keeping up to `max` pieces of evidence. */
function tally<T extends { count: number; evidence: Evidence[] }>(
  map: Map<string, T>,
  key: string,
  make: () => T,
  max: number,
  evidence: () => Evidence,
): T {
  const entry = map.get(key) ?? make()
  map.set(key, entry)
  entry.count++
  addEvidence(entry.evidence, max, evidence)
  return entry
}

/** Where a quote's cue is written: the occurrence nearest the quoted words, else the quote itself. */
function cueSpan(article: StoryArticle, q: StoryQuote): Span {
  if (!q.cue) return q.span
  const lower = article.text.toLowerCase()
  const cue = q.cue.toLowerCase()
  let best: Span = q.span
  let distance = Number.POSITIVE_INFINITY
  for (
    let i = lower.indexOf(cue, Math.max(0, q.span.start - 400));
    i >= 0 && i < q.span.end + 400;
    i = lower.indexOf(cue, i + 1)
  ) {
    const d = i < q.span.start ? q.span.start - i : Math.max(0, i - q.span.end)
    if (d < distance) [best, distance] = [{ start: i, end: i + cue.length }, d]
  }
  return best
}

function attributionOf(articles: readonly StoryArticle[], lexicon: CompiledLexicon, max: number) {
  const verbs = new Map<string, { verb: string; class: string; count: number; evidence: Evidence[] }>()
  let statements = 0
  for (const a of articles) {
    const seen = new Set<string>()
    for (const q of a.quotes) {
      if (!q.cue || seen.has(q.statement ?? q.id)) continue
      seen.add(q.statement ?? q.id)
      statements++
      const v = classifyCue(lexicon, q.cue)
      tally(
        verbs,
        v.verb,
        () => ({ ...v, count: 0, evidence: [] }),
        max,
        () => evidenceAt(a, cueSpan(a, q), q.cue!),
      )
    }
  }
  const neutral = [...verbs.values()].filter((v) => v.class === 'neutral').reduce((s, v) => s + v.count, 0)
  return {
    statements,
    neutral,
    neutralShare: statements === 0 ? 0 : round(neutral / statements),
    verbs: [...verbs.values()]
      .sort((a, b) => b.count - a.count || (a.verb < b.verb ? -1 : 1))
      .map((v) => ({ ...v, share: round(v.count / statements) })),
  }
}

/** Adds a sentence unless the list is full or already holds that sentence. */
function addEvidence(list: Evidence[], max: number, make: () => Evidence): void {
  if (list.length >= max) return
  const e = make()
  if (!list.some((x) => x.articleId === e.articleId && x.span.start === e.span.start)) list.push(e)
}

function loadedOf(articles: readonly StoryArticle[], lexicon: CompiledLexicon, max: number, words: number) {
  const terms = new Map<
    string,
    {
      term: string
      category: string
      ownVoice: number
      quoted: number
      evidence: Evidence[]
      quotedEvidence: Evidence[]
    }
  >()
  for (const a of articles) {
    const direct = a.quotes.filter((q) => (q.kind ?? 'direct') === 'direct').map((q) => q.span)
    const quoted = [...direct, ...quotedStretches(a.text), ...(a.embedded ?? [])]
    for (const m of findTerms(lexicon, a.text)) {
      if (inside(a.skip ?? [], m.span)) continue
      const entry = terms.get(m.term) ?? {
        term: m.term,
        category: m.category,
        ownVoice: 0,
        quoted: 0,
        evidence: [],
        quotedEvidence: [],
      }
      terms.set(m.term, entry)
      const own = !inside(quoted, m.span)
      if (own) entry.ownVoice++
      else entry.quoted++
      addEvidence(own ? entry.evidence : entry.quotedEvidence, max, () =>
        evidenceAt(a, m.span, a.text.slice(m.span.start, m.span.end)),
      )
    }
  }
  const list = [...terms.values()].sort(
    (a, b) => b.ownVoice - a.ownVoice || b.quoted - a.quoted || (a.term < b.term ? -1 : 1),
  )
  const ownVoice = list.reduce((s, t) => s + t.ownVoice, 0)
  return {
    ownVoice,
    quoted: list.reduce((s, t) => s + t.quoted, 0),
    perThousandWords: words === 0 ? 0 : round((ownVoice * 1000) / words, 2),
    terms: list,
  }
}

function voicesOf(articles: readonly StoryArticle[], topic: string | null, max: number) {
  const voices = new Map<
    string,
    {
      key: string
      name: string
      camp: string | null
      count: number
      stances: Partial<Record<StanceLabel, number>>
      evidence: Evidence[]
    }
  >()
  let attributed = 0
  for (const a of articles) {
    for (const q of a.quotes) {
      if (!q.speaker) continue
      attributed++
      const key = q.speakerKey ?? q.speaker
      const camp = a.actors.find((x) => x.key === q.speakerKey)?.camp ?? null
      const v = tally(
        voices,
        key,
        () => ({ key, name: q.speaker!, camp, count: 0, stances: {}, evidence: [] }),
        max,
        () => evidenceAt(a, q.span, q.text),
      )
      for (const s of q.stances)
        if (!topic || s.topic === topic) v.stances[s.label] = (v.stances[s.label] ?? 0) + 1
    }
  }
  const list = [...voices.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
  const camps = new Map<string, number>()
  for (const v of list) camps.set(v.camp ?? 'unknown', (camps.get(v.camp ?? 'unknown') ?? 0) + v.count)
  const share = (n: number) => (attributed === 0 ? 0 : round(n / attributed))
  return {
    voices: list.map(({ count, ...v }) => ({ ...v, quotes: count, share: share(count) })),
    camps: [...camps]
      .sort((a, b) => b[1] - a[1])
      .map(([camp, quotes]) => ({ camp, quotes, share: share(quotes) })),
  }
}

function stanceOf(articles: readonly StoryArticle[], topic: string | null) {
  const byLabel: Record<StanceLabel, number> = { support: 0, oppose: 0, conditional: 0, neutral: 0 }
  let statements = 0
  for (const a of articles)
    for (const q of a.quotes)
      for (const s of q.stances) {
        if (topic && s.topic !== topic) continue
        byLabel[s.label]++
        statements++
      }
  return { topic, statements, byLabel }
}

/** What a headline puts first: the article's actors it names and the lexicon terms it uses. */
export function headlineFocus(article: StoryArticle, lexicon: CompiledLexicon): HeadlineFocus | null {
  if (!article.title) return null
  const words = wordsOf(article.title)
  const position = (name: string) => {
    const parts = nameParts(name)
    return parts.length === 0 ? -1 : words.findIndex((w) => w.replace(/'s$/, '') === parts[parts.length - 1])
  }
  const actors = article.actors
    .map((a) => ({ name: a.name, at: position(a.name) }))
    .filter((a) => a.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((a) => a.name)
  const terms = findTerms(lexicon, article.title).map((m) => article.title!.slice(m.span.start, m.span.end))
  return { articleId: article.id, headline: article.title, actors: [...new Set(actors)], terms }
}

/** Counts the words of an article outside its skipped regions. */
function wordCount(article: StoryArticle): number {
  let text = article.text
  for (const s of [...(article.skip ?? [])].sort((a, b) => b.start - a.start))
    text = text.slice(0, s.start) + ' ' + text.slice(s.end)
  return wordsOf(text).length
}

/**
 * How one outlet frames the articles given (all of them its own): whom it quotes, with which
 * verbs, the loaded terms it uses in its own voice and inside quotations, the stances it carries
 * and what its headlines name, each figure with sentences behind it.
 */
export function outletFraming(
  outlet: string,
  articles: readonly StoryArticle[],
  lexicon: CompiledLexicon,
  options: FramingOptions = {},
): OutletFraming {
  const max = options.evidence ?? 3
  const topic = options.topic ?? null
  const words = articles.reduce((s, a) => s + wordCount(a), 0)
  return {
    outlet,
    articles: articles.length,
    words,
    quotes: articles.reduce((s, a) => s + a.quotes.length, 0),
    ...voicesOf(articles, topic, max),
    attribution: attributionOf(articles, lexicon, max),
    loaded: loadedOf(articles, lexicon, max, words),
    stance: stanceOf(articles, topic),
    headlines: articles.map((a) => headlineFocus(a, lexicon)).filter((h): h is HeadlineFocus => h !== null),
  }
}
