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

/** Every match of a pattern inside [from, to) of the text, as spans. */
export function matchesIn(text: string, pattern: RegExp, from: number, to: number): Span[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  const slice = text.slice(from, to)
  const out: Span[] = []
  for (const m of slice.matchAll(re)) out.push({ start: from + m.index, end: from + m.index + m[0].length })
  return out
}
