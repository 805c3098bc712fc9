import type { Span } from '../../core/index.ts'
import { isSpeechCue } from './cues.ts'
import type { QuotedSpan } from './marks.ts'

export type MarkedKind = 'direct' | 'mixed' | 'scare' | 'title'

const TITLE_CUES =
  /\b(book|memoir|novel|autobiography|biography|film|movie|song|album|article|essay|column|op-ed|report|documentary|show|program|programme|podcast|series|play|poem|titled|entitled|headlined|dubbed|nicknamed|known as|so-called)\s*$/i
/** A name in title case after "on", "of", "’s": "said on NBC’s “Meet the Press.”" */
const BEFORE_NAME = /(\b(on|of|in|at|from|the|his|her|their)|['’]s)$/i
const SMALL_WORDS = /^(of|the|a|an|and|or|in|on|to|for|with|at|by|from|is|vs\.?)$/i
/** A cue verb right before the marks, past an object pronoun and "as": "what he called", "described it as". */
const CUE_LEAD = /(\p{L}+)(?:\s+(?:it|them|this|that|him|her))?(?:\s+as)?$/iu
const cueLeads = (before: string): boolean => isSpeechCue(CUE_LEAD.exec(before)?.[1] ?? '')
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length

/**
 * What a pair of quotation marks holds:
 * - `direct`: a statement of its own (a clause set off by a colon, a comma or the sentence's edges);
 * - `mixed`: someone's words woven into the writer's sentence ("called talks “the greatest poison”");
 * - `scare`: a word or two that nobody is quoted as saying; `title`: the name of a work.
 * `cueNear` says whether a speech cue stands in the same sentence.
 */
export function classifyMarked(text: string, q: QuotedSpan, sentence: Span, cueNear: boolean): MarkedKind {
  const inner = text.slice(q.content.start, q.content.end)
  const before = text.slice(sentence.start, q.open).trimEnd()
  const words = wordCount(inner)
  const titleCase = inner.split(/\s+/).every((w) => /^[^\p{L}]*[\p{Lu}\d]/u.test(w) || SMALL_WORDS.test(w))
  if (TITLE_CUES.test(before) && (titleCase || words <= 4)) return 'title'
  // the name of a show, a book or a campaign: title case after "on", "of", "’s" and the like
  const colon = /:$/.test(before)
  if (titleCase && words <= 8 && !colon && (BEFORE_NAME.test(before) || words === 1)) return 'title'
  if (/^(dubbed|nicknamed|so-called|known as)$/i.test(before.split(/\s+/).slice(-1)[0] ?? '')) return 'scare'
  const startsUpper = /^[\p{Lu}\d¿¡]/u.test(inner)
  // set off: nothing of the writer's sentence leads into it, or only a colon, comma or dash does
  const openSetOff = before === '' || /[:,—–(]$/.test(before) || q.state !== 'closed'
  const sentenceInside = startsUpper && /[.?!…]$/.test(inner) && words >= 3
  if (openSetOff && ((startsUpper && words >= 2) || words >= 4)) return 'direct'
  if (sentenceInside) return 'direct'
  if (
    startsUpper &&
    words >= 2 &&
    /\b(chant|chants|chanted|chanting|shouted|shouting|slogans?)$/i.test(before)
  )
    return 'direct'
  // words woven into the writer's sentence are somebody's only when a cue says whose; a single
  // word only when the cue gives it: "what he called “reforms”"
  if (!cueNear || (words <= 1 && !cueLeads(before))) return 'scare'
  return 'mixed'
}
