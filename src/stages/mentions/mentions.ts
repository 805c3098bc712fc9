import type { Dated, Mention, StageContext, WithMentions } from '../../core/index.ts'
import { compareSpans, mentionId, NON_PROSE, overlaps, regionAt } from '../../core/index.ts'
import { appositionRole } from './find-appositions.ts'
import { findNames } from './find-names.ts'
import { findPronouns, findTitles } from './find-titles.ts'
import { toWords } from './words.ts'

/** Mentions are sought in prose, titles and captions (captions name people with their roles). */
const SKIP = new Set([...NON_PROSE].filter((k) => k !== 'caption'))

/**
 * Finds references to people and institutions: proper names (with the role written before or
 * after them), role phrases standing for a person, and subject pronouns.
 * @example findMentions(dated, ctx).mentions.filter((m) => m.form === 'name')
 */
export function findMentions(doc: Dated, _ctx: StageContext): WithMentions {
  const all = toWords(doc)
  const words = all.filter((w) => !regionAt(doc.regions, w.span, SKIP))
  const names = findNames(words)
  const nameStarts = new Set(names.map((n) => n.first))
  const mentions: Mention[] = []
  for (const n of names) {
    const role = n.role ?? (n.kind === 'person' && !n.possessive ? appositionRole(words, n.last) : undefined)
    mentions.push({
      id: mentionId(doc.id, n.span),
      span: n.span,
      kind: n.kind,
      form: 'name',
      ...(role ? { role } : {}),
      ...(n.possessive ? { possessive: true } : {}),
    })
  }
  const roles = mentions.flatMap((m) => (m.role ? [m.role] : []))
  const refs = [...findTitles(words, (i) => nameStarts.has(i)), ...findPronouns(words)]
  // a role phrase that is a name's apposition ("Rasaee, an influential MP") is not a second person
  for (const r of refs.filter((x) => !roles.some((role) => overlaps(role, x.span)))) {
    mentions.push({
      id: mentionId(doc.id, r.span),
      span: r.span,
      kind: 'person',
      form: r.form,
      ...(r.possessive ? { possessive: true } : {}),
    })
  }
  mentions.sort((a, b) => compareSpans(a.span, b.span))
  return { ...doc, words: all, mentions }
}
