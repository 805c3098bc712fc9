import type { Mention } from '../../core/index.ts'
import { type DocView, isQuoted, speakerLike } from './view.ts'

/** Words that open a subordinate clause: "While X has pledged …, Y said …". */
const SUBORDINATORS =
  /^(while|when|whenever|after|before|although|though|if|because|as|since|once|until|unless|whereas)$/i
/** Prepositions that open a phrase set before the subject: "In a message posted Friday, X said …". */
const FRONT_PREPOSITIONS = /^(in|on|at|during|following|after|before|with|under|amid|despite|from)$/i

/**
 * The comma that closes a subordinate clause or a prepositional phrase the sentence opens with,
 * as a word index: "Shortly after X was declared the winner, Y told …" gives the comma after
 * "winner". Undefined when the sentence opens with its subject.
 */
export function frontedEnd(v: DocView, first: number, end: number): number | undefined {
  let i = first
  // "So when …", "Shortly after …", "But while …"
  while (
    i < end &&
    i - first < 2 &&
    (v.words[i]!.pos === 'ADV' || v.words[i]!.pos === 'CCONJ') &&
    !SUBORDINATORS.test(v.words[i]!.text)
  )
    i++
  const w = v.words[i]
  if (!w || !(SUBORDINATORS.test(w.text) || FRONT_PREPOSITIONS.test(w.text))) return undefined
  for (let k = i + 1; k < end && k - i < 40; k++) {
    const x = v.words[k]!
    if (x.text === ',' && !isQuoted(v, x.span.start)) return k > i + 1 ? k : undefined
  }
  return undefined
}

/**
 * A cue in a past participle right after a common noun modifies that noun; nobody is its subject:
 * "In a message posted Friday, …", "a statement issued by the party".
 */
export function modifiesNoun(v: DocView, cue: number): boolean {
  const prev = v.words[cue - 1]
  return (
    prev !== undefined &&
    prev.pos === 'NOUN' &&
    /ed$/i.test(v.words[cue]!.text) &&
    !v.mentionEnding.has(prev.span.end)
  )
}

/** Prepositions of a phrase that may stand between a subject and its verb: "X in a post said". */
const INNER_PREPOSITIONS = /^(in|on|at|during|via|through|with|after|before|over)$/i

/**
 * The subject before a prepositional phrase that ends at word `i`, right before a verb: "Jeb Bush
 * in a Medium post said" gives Jeb Bush. Undefined when no such phrase and mention stand there.
 */
export function subjectBeforePhrase(v: DocView, i: number): Mention | undefined {
  const sentence = v.words[i]?.sentence
  const head = v.words[i]
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined
  let j = i - 1
  while (
    j > 0 &&
    i - j < 7 &&
    v.words[j]!.sentence === sentence &&
    /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(v.words[j]!.pos)
  )
    j--
  const prep = v.words[j]
  if (!prep || prep.sentence !== sentence || !INNER_PREPOSITIONS.test(prep.text)) return undefined
  const m = v.mentionEnding.get(v.words[j - 1]?.span.end ?? -1)
  return speakerLike(m) && !isQuoted(v, m.span.start) ? m : undefined
}

const RELATIVES = /^(who|whose|whom|which)$/i

/**
 * The mention a relative clause hangs on, when the comma at word `i` closes that clause: in "Marco
 * Rubio, whose hometown, Miami, is …, argues", the comma before "argues" gives Marco Rubio.
 */
export function relativeHead(v: DocView, i: number): Mention | undefined {
  const sentence = v.words[i]!.sentence
  for (let k = i - 1; k > 1 && i - k < 40 && v.words[k]!.sentence === sentence; k--) {
    if (!RELATIVES.test(v.words[k]!.text) || v.words[k - 1]!.text !== ',') continue
    const end = v.words[k - 2]!.span.end
    const m =
      v.mentionEnding.get(end) ??
      v.doc.mentions.find((o) => o.role && o.role.end === end && o.role.start > o.span.end)
    return speakerLike(m) && !isQuoted(v, m.span.start) ? m : undefined
  }
  return undefined
}

/** Whether the verb at word `verb` stands in a relative or subordinate clause: "…, which is set to …". */
export function inDependentClause(v: DocView, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && verb - k < 8; k--) {
    const w = v.words[k]!
    if (w.sentence !== v.words[verb]!.sentence || w.text === ',' || w.pos === 'VERB') return false
    if (RELATIVES.test(w.text) || /^(that|what)$/i.test(w.text) || SUBORDINATORS.test(w.text)) return true
  }
  return false
}

/**
 * The subject before an apposition that ends right before the verb at word `verb`: in "Raynard
 * Jackson, a consultant and the host of a radio show, is …" the mentions inside the commas are
 * not the subject. Undefined when no comma stands right before the verb.
 */
export function appositionSubject(v: DocView, zone: number, verb: number): Mention | undefined {
  if (v.words[verb - 1]?.text !== ',') return undefined
  for (let c = zone + 1; c < verb - 1; c++) {
    const w = v.words[c]!
    if (w.text !== ',') continue
    // "X (D), a supporter of Y, …": the mention before the parenthesis
    let e = c - 1
    if (v.words[e]!.text === ')') while (e > zone && v.words[e]!.text !== '(') e--
    if (e !== c - 1) e--
    const m = v.mentionEnding.get(v.words[e]?.span.end ?? -1)
    const aside = /^(who|which|whose|when|while|after|before|as|if|although|though)$/i.test(
      v.words[c + 1]?.text ?? '',
    )
    if (!speakerLike(m) || aside || isQuoted(v, m.span.start)) return undefined
    // the mention must be the subject itself, not the object of a phrase: "the partner at Lenox, X,"
    const start = v.words.findIndex((x) => x.span.start >= m.span.start)
    return v.words.slice(zone, start).some((x) => x.pos === 'ADP') ? undefined : m
  }
  return undefined
}
