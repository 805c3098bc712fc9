import type { Span, Word } from '../../core/index.ts'
import { isRoleWord } from './find-names.ts'
import { NOT_NAME_WORDS, SUBJECT_PRONOUNS } from './lexicon.ts'

export interface FoundRef {
  readonly span: Span
  readonly form: 'title' | 'pronoun'
  readonly definite: boolean
  readonly possessive: boolean
}

const ARTICLES = new Set(['the', 'a', 'an'])
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB'])

/**
 * Role phrases that stand for a person ("the Supreme Leader", "a senior official", "the top Iranian
 * diplomat"): an article, modifiers, and a role noun with no name after it.
 */
export function findTitles(words: readonly Word[], isNameStart: (i: number) => boolean): FoundRef[] {
  const out: FoundRef[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!ARTICLES.has(w.text.toLowerCase())) continue
    let j = i + 1
    let head = -1
    while (j < words.length && words[j]!.sentence === w.sentence && j - i <= 6) {
      const x = words[j]!
      if (isRoleWord(x)) head = j
      else if (!MODIFIER_POS.has(x.pos) || NOT_NAME_WORDS.has(x.text.toLowerCase())) break
      if (x.possessive) break
      j++
    }
    if (head < 0) continue
    // "the foreign minister of Iran" keeps its head; a name right after means a pre-title, not a title
    if (head + 1 < words.length && isNameStart(head + 1)) continue
    // "the general election", "the mayor race": a role word modifying a common noun names no one
    const next = words[head + 1]
    if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !words[head]!.possessive) continue
    out.push({
      span: { start: w.span.start, end: words[head]!.span.end },
      form: 'title',
      definite: w.text.toLowerCase() === 'the',
      possessive: words[head]!.possessive,
    })
    i = head
  }
  return out
}

/** Subject pronouns that may name a speaker ("he said"). */
export function findPronouns(words: readonly Word[]): FoundRef[] {
  return words
    .filter((w) => w.pos === 'PRON' && SUBJECT_PRONOUNS.has(w.text.toLowerCase()))
    .map((w) => ({ span: w.span, form: 'pronoun' as const, definite: true, possessive: false }))
}
