import type { Span, Topic } from '../../core/index.ts'

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Inflected forms of a topic word: "talks" → talk, talks, talked, talking; "negotiate" → negotiates, negotiating. */
function forms(term: string): string[] {
  const t = term.toLowerCase()
  if (/\s/.test(t) || t.length < 4) return [t]
  const bases = new Set([t, t.replace(/s$/, '')])
  const out = new Set<string>()
  for (const b of bases) {
    const stem = b.replace(/e$/, '')
    for (const f of [b, `${b}s`, `${b}es`, `${stem}ed`, `${stem}ing`, `${stem}ion`, `${stem}ions`]) out.add(f)
  }
  return [...out]
}

/** A matcher for the topic's "about" words and its parties (names keep their case when in capitals). */
export interface TopicMatcher {
  readonly topic: Topic
  readonly about: RegExp
  readonly parties: RegExp | null
}

/** Builds the matcher for a topic: its "about" words with their inflected forms, and its parties. */
export function topicMatcher(topic: Topic): TopicMatcher {
  const about = topic.about.flatMap(forms).map(escapeRegExp)
  const parties = topic.parties.map((p) => escapeRegExp(p))
  return {
    topic,
    about: new RegExp(`(?<![\\p{L}])(?:${about.join('|')})(?![\\p{L}])`, 'giu'),
    parties: parties.length ? new RegExp(`(?<![\\p{L}])(?:${parties.join('|')})(?![\\p{L}])`, 'gu') : null,
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
}

export function scanOf(text: string): Scan {
  const memo = new Map<RegExp, Map<string, readonly Span[]>>()
  return {
    text,
    matches(pattern, from, to) {
      let byStretch = memo.get(pattern)
      if (!byStretch) {
        byStretch = new Map()
        memo.set(pattern, byStretch)
      }
      const key = `${from}:${to}`
      let found = byStretch.get(key)
      if (!found) {
        found = matchesIn(text, pattern, from, to)
        byStretch.set(key, found)
      }
      return found
    },
  }
}
