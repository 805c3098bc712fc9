import type { Span, Topic } from '../../core/index.ts'

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Inflected forms of a topic word, as one pattern: "talks" → talk, talks, talked, talking;
 * "negotiate" → negotiates, negotiating. One group per stem keeps the topic pattern small: it is
 * compiled for every article.
 */
function wordForms(t: string): string {
  const out = new Set<string>()
  for (const b of new Set([t, t.replace(/s$/, '')])) {
    const stem = b.replace(/e$/, '')
    out.add(`${escapeRegExp(b)}(?:e?s)?`)
    out.add(`${escapeRegExp(stem)}(?:ed|ing|ions?)`)
  }
  return [...out].join('|')
}

/** Words that are not inflected in a phrase: prepositions, particles, articles. */
const PARTICLE = /^(?:at|to|in|on|of|for|with|by|the|a|an|down|up|out|off|back|over|away)$/

/** A verb's -s and -ing forms, doubling a short final consonant: sit → sits, sitting; hold → holding. */
function verbForms(v: string): string[] {
  const stem =
    /[^aeiou][aeiou][bdgmnprt]$/.test(v) && v.length <= 4 ? `${v}${v.at(-1)}` : v.replace(/([^e])e$/, '$1')
  return [v, /(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : `${v}s`, `${stem}ing`]
}

/**
 * Forms of a topic term, as a pattern. A single word of four letters or more is inflected
 * ({@link wordForms}); a phrase inflects its first word as a verb ("sit down" → sitting down,
 * "stop the fighting" → stopping the fighting) and its last as a noun ("trade barrier" → trade barriers).
 */
function forms(term: string): string {
  const t = term.toLowerCase()
  if (!/\s/.test(t)) return t.length < 4 ? escapeRegExp(t) : wordForms(t)
  const words = t.split(/\s+/)
  const [head = '', ...rest] = words
  const tail = words.slice(0, -1).join(' ')
  const last = words.at(-1) ?? ''
  const plural =
    /^[a-z]{3,}$/.test(last) && !/s$/.test(last) && !PARTICLE.test(last) ? [`${tail} ${last}s`] : []
  const verb =
    /^[a-z]{2,}$/.test(head) && !/(?:ing|ed)$/.test(head) && !PARTICLE.test(head) && term[0] === t[0]
  const verbs = verb ? verbForms(head).map((v) => [v, ...rest].join(' ')) : []
  return [...new Set([t, ...plural, ...verbs])].map(escapeRegExp).join('|')
}

/** A matcher for the topic's "about" words and its parties (names keep their case when in capitals; a plural counts: "Americans"). */
export interface TopicMatcher {
  readonly topic: Topic
  readonly about: RegExp
  readonly parties: RegExp | null
}

/** Builds the matcher for a topic: its "about" words with their inflected forms, and its parties. */
export function topicMatcher(topic: Topic): TopicMatcher {
  const about = topic.about.map(forms)
  const parties = topic.parties.map((p) => escapeRegExp(p))
  return {
    topic,
    about: new RegExp(`(?<![\\p{L}])(?:${about.join('|')})(?![\\p{L}])`, 'giu'),
    parties: parties.length ? new RegExp(`(?<![\\p{L}])(?:${parties.join('|')})s?(?![\\p{L}])`, 'gu') : null,
  }
}

/**
 * Every match of a pattern inside [from, to) of the text, as spans. A global pattern is run as it
 * is (its `lastIndex` is reset before and after): compiling a copy on every call cost a quarter of
 * the stance stage, since the topic and cue patterns are long alternations.
 */
export function matchesIn(text: string, pattern: RegExp, from: number, to: number): Span[] {
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`)
  const slice = text.slice(from, to)
  const out: Span[] = []
  re.lastIndex = 0
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length })
    if (m[0].length === 0) re.lastIndex++
  }
  re.lastIndex = 0
  return out
}

/**
 * An article's text, with the matches of each pattern over each stretch remembered. The stance
 * stage reads the same quotes, sentences and paragraphs for every topic and at every level of
 * scope, so each pattern is run over each stretch once. Local to one call: nothing outlives it.
 */
export interface Scan {
  readonly text: string
  matches(pattern: RegExp, from: number, to: number): readonly Span[]
  /** Any value computed from one stretch alone (the key names the computation), remembered. */
  remember<T>(key: object, from: number, to: number, compute: () => T): T
}

// a number key (from and to packed; offsets stay far below 2^26) is cheaper than a string
const WIDTH = 2 ** 26

export function scanOf(text: string): Scan {
  const memo = new Map<object, Map<number, unknown>>()
  const stretches = (key: object) => {
    let byStretch = memo.get(key)
    if (!byStretch) {
      byStretch = new Map()
      memo.set(key, byStretch)
    }
    return byStretch
  }
  return {
    text,
    matches(pattern, from, to) {
      const byStretch = stretches(pattern)
      const at = from * WIDTH + to
      let found = byStretch.get(at) as readonly Span[] | undefined
      if (!found) {
        found = matchesIn(text, pattern, from, to)
        byStretch.set(at, found)
      }
      return found
    },
    remember<T>(key: object, from: number, to: number, compute: () => T): T {
      const byStretch = stretches(key)
      const at = from * WIDTH + to
      if (byStretch.has(at)) return byStretch.get(at) as T
      const value = compute()
      byStretch.set(at, value)
      return value
    },
  }
}
