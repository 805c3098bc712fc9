import type { Quote } from '../../core/index.ts'
import { headlineSpeaker } from './headline.ts'
import type { QuotedSpan } from './marks.ts'
import type { Focus, ResolvedSpeaker, SpeakerResolver } from './speakers.ts'
import { mainSubject } from './subjects.ts'
import { type DocView, wordIndexAfter } from './view.ts'

/** What finding the speaker of a quotation with no attribution of its own needs. */
export interface Context {
  readonly v: DocView
  readonly resolver: SpeakerResolver
  readonly focus: readonly Focus[]
  readonly quotes: readonly Quote[]
}

/** Whether the quotation opens its sentence (past its opening mark). */
const opensSentence = (v: DocView, q: QuotedSpan, sentence: number): boolean =>
  wordIndexAfter(v, v.doc.sentences[sentence]!.span.start) >= wordIndexAfter(v, q.open) - 1

/**
 * The subject of the sentence a quotation is woven into, when the sentence names it before the
 * quotation: 'Bush referred to Rubio as “a bright leader”' is Bush's, not the previous speaker's.
 */
export function wovenSubject(c: Context, q: QuotedSpan, sentence: number): ResolvedSpeaker | undefined {
  if (opensSentence(c.v, q, sentence)) return undefined
  const subject = mainSubject(c.v, sentence, q.open, 'clause')
  if (!subject || (subject.actor === undefined && subject.form === 'name')) return undefined
  return c.resolver.resolve(subject, sentence, c.focus)
}

/**
 * The subject of the sentence just before a quotation that stands alone, in the same paragraph,
 * when that sentence quotes no one: in 'Dana Kirk touted her record. “We need fair rules.”' the
 * words are Dana Kirk's, not those of whoever spoke before her. Only a person: a name the actors
 * stage knows, a role phrase or a pronoun.
 */
export function previousSubject(c: Context, q: QuotedSpan, sentence: number): ResolvedSpeaker | undefined {
  const { v } = c
  const prev = v.doc.sentences[sentence - 1]
  if (!prev || prev.paragraph !== v.doc.sentences[sentence]!.paragraph || !opensSentence(v, q, sentence))
    return undefined
  if (c.quotes.some((x) => x.span.start < prev.span.end && prev.span.start < x.span.end)) return undefined
  const subject = mainSubject(v, sentence - 1, prev.span.end, 'clause')
  if (!subject || subject.kind === 'org' || (subject.form === 'name' && subject.actor === undefined))
    return undefined
  if (subject.form === 'name' && !c.resolver.personal(subject)) return undefined
  return c.resolver.resolve(subject, sentence - 1, c.focus)
}

/** Paragraphs over which an unattributed quotation may still continue the last speaker. */
const CONTINUATION_PARAGRAPHS = 2

/** The quotation before: its speaker, paragraph, and whether it runs on into the next paragraph. */
export interface Earlier {
  readonly speaker?: ResolvedSpeaker
  readonly paragraph: number
  readonly state: QuotedSpan['state']
}

/**
 * The speaker of a quotation with no attribution of its own, and the rule that found it: a role
 * labelling it in the headline, the subject of the sentence it is woven into, the person the
 * sentence before it is about, else (within two paragraphs) the speaker of the quotation before.
 */
export function unattributedSpeaker(
  c: Context,
  q: QuotedSpan,
  sentence: number,
  last: Earlier | undefined,
): { readonly speaker?: ResolvedSpeaker; readonly method: string } {
  const headline = headlineSpeaker(c.v, q, sentence)
  if (headline) return { speaker: headline, method: 'headline-label' }
  const own = wovenSubject(c, q, sentence)
  if (own) return { speaker: own, method: 'sentence-subject' }
  // a quotation standing alone after a sentence about someone else than the last speaker
  const before = last?.state === 'continues' ? undefined : previousSubject(c, q, sentence)
  if (before) return { speaker: before, method: 'previous-subject' }
  const paragraph = c.v.doc.sentences[sentence]!.paragraph
  if (last && paragraph - last.paragraph <= CONTINUATION_PARAGRAPHS)
    return { ...(last.speaker ? { speaker: last.speaker } : {}), method: 'continuation' }
  return { method: 'none' }
}
