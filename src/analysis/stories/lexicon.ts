import type { Span } from '../../core/index.ts'
import { foldText } from './words.ts'

/**
 * What framing looks for, as an analyst edits it (examples/framing.yaml): neutral and marked cue
 * verbs, and evaluative or loaded terms by category. A term ending in `*` matches any ending
 * ("desperat*": desperate, desperately, desperation); a hyphen matches a hyphen, a space or nothing.
 */
export interface FramingLexicon {
  /** Cue verbs that only report ("said", "told", "according to"). */
  readonly neutralVerbs: readonly string[]
  /** Marked cue verbs, by class ("emphatic": declared, insisted). Unlisted verbs are "other". */
  readonly verbClasses: readonly { readonly name: string; readonly verbs: readonly string[] }[]
  readonly loaded: readonly { readonly category: string; readonly terms: readonly string[] }[]
}

/** A term found in a text. */
export interface TermMatch {
  /** The lexicon entry ("desperat*"). */
  readonly term: string
  readonly category: string
  readonly span: Span
}

/** A cue verb, classified. */
export interface CueVerb {
  /** The lexicon's verb or phrase that the cue starts with, else the cue's first word, lower case. */
  readonly verb: string
  /** 'neutral', a lexicon class name, or 'other'. */
  readonly class: string
}

/** A lexicon ready to match: one regular expression for all terms, the cue verbs folded. */
export interface CompiledLexicon {
  readonly source: FramingLexicon
  readonly termPattern: RegExp | null
  readonly terms: readonly { readonly term: string; readonly category: string }[]
  readonly verbs: readonly { readonly verb: string; readonly class: string }[]
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function termSource(term: string): string {
  const wild = term.endsWith('*')
  const words = (wild ? term.slice(0, -1) : term).trim()
  if (!/[\p{L}\p{N}]/u.test(words))
    throw new RangeError(`framing lexicon: expected a term with letters, found ${JSON.stringify(term)}`)
  const body = words
    .split(/\s+/)
    .map((w) => w.split('-').map(escapeRegExp).join('[-‐‑ ]?'))
    .join('\\s+')
  return wild ? `${body}[\\p{L}\\p{N}'’-]*` : body
}

/**
 * Compiles a lexicon; throws a RangeError naming a term that cannot match.
 * @example compileLexicon({ neutralVerbs: ['said'], verbClasses: [], loaded: [{ category: 'x', terms: ['regime'] }] })
 */
export function compileLexicon(lexicon: FramingLexicon): CompiledLexicon {
  const terms = lexicon.loaded.flatMap((c) => c.terms.map((term) => ({ term, category: c.category })))
  const alternatives = terms.map((t) => `(${termSource(t.term)})`)
  const termPattern =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  const verbs = [
    ...lexicon.neutralVerbs.map((verb) => ({ verb: foldText(verb).trim(), class: 'neutral' })),
    ...lexicon.verbClasses.flatMap((c) =>
      c.verbs.map((verb) => ({ verb: foldText(verb).trim(), class: c.name })),
    ),
  ].sort((a, b) => b.verb.length - a.verb.length)
  return { source: lexicon, termPattern, terms, verbs }
}

/** Every lexicon term in a text (or in `within` of it), in text order. */
export function findTerms(lexicon: CompiledLexicon, text: string, within?: Span): TermMatch[] {
  if (!lexicon.termPattern) return []
  const re = new RegExp(lexicon.termPattern.source, lexicon.termPattern.flags)
  const from = within?.start ?? 0
  const slice = text.slice(from, within?.end ?? text.length)
  const out: TermMatch[] = []
  for (const m of slice.matchAll(re)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined)
    const entry = lexicon.terms[group - 1]!
    out.push({ ...entry, span: { start: from + m.index, end: from + m.index + m[0].length } })
  }
  return out
}

/**
 * The verb of a cue: the longest lexicon verb the cue starts with, else its first word.
 * @example classifyCue(lexicon, 'told reporters') // { verb: 'told', class: 'neutral' }
 */
export function classifyCue(lexicon: CompiledLexicon, cue: string): CueVerb {
  const folded = foldText(cue).trim().replace(/\s+/g, ' ')
  for (const v of lexicon.verbs) {
    if (folded === v.verb || folded.startsWith(`${v.verb} `)) return { verb: v.verb, class: v.class }
  }
  return { verb: folded.split(' ')[0] ?? folded, class: 'other' }
}
