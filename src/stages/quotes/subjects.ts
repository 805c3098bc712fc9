import type { Mention } from '../../core/index.ts'
import { appositionSubject, inDependentClause, relativeHead, subjectBeforePhrase } from './clauses.ts'
import { isDirectCue, isPhrasalCueAt, isSpeechCue, PARTICIPLE_CUES } from './cues.ts'
import { type DocView, isQuoted, speakerLike, wordIndexAfter } from './view.ts'

const SKIPPABLE = new Set(['ADV', 'AUX', 'PART'])
const PERSONISH = (m: Mention) => m.kind === 'person' || m.kind === 'other' || m.form !== 'name'

/** The mention whose apposition role ends where word `i` ends: "Safdari, the … minister" → Safdari. */
function mentionByRoleEnd(v: DocView, i: number): Mention | undefined {
  const end = v.words[i]!.span.end
  return v.doc.mentions.find(
    (m) => m.role && m.role.end === end && m.role.start > m.span.end && speakerLike(m),
  )
}

/**
 * The subject of the cue verb at word `cue`: the speaker-like mention right before it, looking past
 * adverbs and auxiliaries ("has also said"), an apposition ("X, the Y of Z, said") or a relative
 * clause ("X, who …, said"). Undefined when the words before the verb name nobody.
 */
export function subjectBefore(v: DocView, cue: number): Mention | undefined {
  const sentence = v.words[cue]!.sentence
  // "…, saying that …", "… while saying …": a participle takes the subject of the clause before it
  if (participleCue(v, cue)) {
    const verb = finiteVerbBefore(v, cue)
    if (verb === undefined) return mainSubject(v, sentence, v.words[cue]!.span.start)
    return subjectBefore(v, reportingVerbOver(v, verb))
  }
  let i = pastTimeAdjunct(v, cue - 1)
  // "X offered him a job, then says …": a second verb after "then" shares the sentence's subject
  if (/^then$/i.test(v.words[i]?.text ?? '') && /^(,|and)$/i.test(v.words[i - 1]?.text ?? '')) {
    return mainSubject(v, sentence, v.words[i]!.span.start)
  }
  while (i >= 0 && v.words[i]!.sentence === sentence && SKIPPABLE.has(v.words[i]!.pos)) i--
  // "X defended the route and said …": the second verb shares the sentence's subject
  if (/^(and|but)$/i.test(v.words[i]?.text ?? '') && v.words[i]!.sentence === sentence) {
    return mainSubject(v, sentence, v.words[i]!.span.start)
  }
  // "Jeb Bush in a Medium post said …": a phrase between the subject and its verb
  if (!speakerLike(v.mentionEnding.get(v.words[i]?.span.end ?? -1))) {
    const before = subjectBeforePhrase(v, i)
    if (before) return before
  }
  // "X, whose hometown, Y, is …, argues": the head of a relative clause closed by this comma
  if (v.words[i]?.text === ',') {
    const head = relativeHead(v, i)
    if (head) return head
  }
  return subjectPastCommas(v, i, sentence)
}

/** The subject before word `i`, back through an apposition or an aside between commas. */
function subjectPastCommas(v: DocView, i: number, sentence: number): Mention | undefined {
  for (let hops = 0; i >= 0 && v.words[i]!.sentence === sentence && hops < 3; hops++) {
    const w = v.words[i]!
    // "X, the foreign minister of France, a member of …, said": back at the end of X's role, whose
    // last words may name an institution ("X, chief executive of Jet Services, a broker, said")
    const roleOf = hops > 0 ? mentionByRoleEnd(v, i) : undefined
    if (roleOf) return roleOf
    const m = v.mentionEnding.get(w.span.end)
    if (speakerLike(m) && !isQuoted(v, m.span.start)) return m
    if (w.text !== ',') return undefined
    // "Gov. John Kasich (R-OH), said": look past a parenthesis before the comma
    let k = i - 1
    if (v.words[k]?.text === ')') while (k > 0 && v.words[k]!.text !== '(') k--
    if (k !== i - 1) k--
    // "X, when contacted by Reuters, said": an aside, not an apposition; its words name nobody
    let j = i - 1
    while (j >= 0 && v.words[j]!.sentence === sentence && v.words[j]!.text !== ',' && i - j < 25) j--
    const opened = j >= 0 && v.words[j]!.text === ','
    if (!(opened && asideAfter(v, j))) {
      const byRole = k >= 0 ? mentionByRoleEnd(v, k) : undefined
      if (byRole) return byRole
      // "the ministry spokesman, Karim Aziz, said": the name in apposition is the speaker
      const named = k >= 0 ? v.mentionEnding.get(v.words[k]!.span.end) : undefined
      // (the name must fill the commas: ", a member of the Security Council," is a role, not a name)
      const from = named?.role && named.role.end <= named.span.start ? named.role.start : named?.span.start
      const fills = !opened || (from !== undefined && wordIndexAfter(v, from) === j + 1)
      if (speakerLike(named) && named.form === 'name' && fills && !isQuoted(v, named.span.start)) return named
    }
    // a relative clause or an aside: go back to the comma that opens it
    if (!opened) return undefined
    i = j - 1
    // "X (D), a supporter of Y, said": back past the parenthesis after X
    if (v.words[i]?.text === ')') while (i > 0 && v.words[i]!.text !== '(') i--
    if (v.words[i]?.text === '(') i--
  }
  return undefined
}

/** Words that open an aside rather than an apposition: "X, when asked about Y, said". */
const ASIDE_OPENERS =
  /^(when|while|after|before|asked|speaking|according|in|on|at|during|as|if|though|although|citing|responding|contacted|reached|interviewed)$/i

/** Whether the comma at word `j` opens an aside (a subordinate or prepositional phrase). */
function asideAfter(v: DocView, j: number): boolean {
  const w = v.words[j + 1]
  // "X, hoping to surge in New Hampshire, called …": a participle opens an aside too
  return w !== undefined && (ASIDE_OPENERS.test(w.text) || (w.pos === 'VERB' && /ing$/i.test(w.text)))
}

/** Subordinators before a participle that still takes the clause's subject: "while saying". */
const PARTICIPLE_OPENERS = /^(while|when|after|before|by|without|also)$/i

/** A cue in the -ing form that hangs on the clause before it: "…, saying …", "… while insisting …". */
function participleCue(v: DocView, cue: number): boolean {
  const w = v.words[cue]!
  const speech = isSpeechCue(w.text) || isPhrasalCueAt(v.words, cue)
  if (!PARTICIPLE_CUES.has(w.text.toLowerCase()) && !(w.text.endsWith('ing') && speech)) return false
  const prev = v.words[cue - 1]
  if (prev === undefined || prev.sentence !== w.sentence) return false
  return prev.text === ',' || PARTICIPLE_OPENERS.test(prev.text) || afterObject(v, cue)
}

/**
 * Whether the participle at `cue` follows the object the subject produced: "issued a statement
 * calling …", "shot back in an article stating …". Not "with analysts saying …" or "received calls
 * saying …", where the noun says it.
 */
function afterObject(v: DocView, cue: number): boolean {
  let k = cue - 1
  if (v.words[k]?.pos !== 'NOUN' || v.mentionEnding.has(v.words[k]!.span.end)) return false
  while (k > 0 && cue - k < 4 && /^(NOUN|ADJ)$/.test(v.words[k]!.pos)) k--
  return /^(a|an)$/i.test(v.words[k]?.text ?? '')
}

/**
 * The speech cue whose reported clause holds the verb at `verb`, or that verb: in "X said he did
 * not believe it, arguing …" the participle goes with "said". A new clause (", and", ";") between
 * them ends the search: "groups say …, and the union has sued, saying …" goes with "sued".
 */
function reportingVerbOver(v: DocView, verb: number): number {
  const sentence = v.words[verb]!.sentence
  for (let k = verb - 1; k >= 0 && v.words[k]!.sentence === sentence; k--) {
    const w = v.words[k]!
    if (w.text === ';' || w.text === ',') return verb
    const cue = isSpeechCue(w.text) || isPhrasalCueAt(v.words, k)
    if (w.pos === 'VERB' && cue && !isQuoted(v, w.span.start)) return k
  }
  return verb
}

/** The nearest finite-looking verb before word `cue` in its sentence, outside quotations. */
function finiteVerbBefore(v: DocView, cue: number): number | undefined {
  const sentence = v.words[cue]!.sentence
  for (let k = cue - 1; k >= 0 && v.words[k]!.sentence === sentence; k--) {
    const w = v.words[k]!
    if (w.pos !== 'VERB' || isQuoted(v, w.span.start)) continue
    if (/^to$/i.test(v.words[k - 1]?.text ?? '')) continue
    if (/ing$/i.test(w.text) && !/^(is|are|was|were|be|been)$/i.test(v.words[k - 1]?.text ?? '')) continue
    // "X apologized after they came out, saying …": the participle hangs on the main clause
    if (inDependentClause(v, k)) continue
    return k
  }
  return undefined
}

export const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/i

/** Back past a time adjunct before a verb: "Obama on Tuesday accused", "prosecutors in April charged". */
function pastTimeAdjunct(v: DocView, i: number): number {
  let j = i
  while (j >= 0 && TIME_WORDS.test(v.words[j]!.text) && i - j < 3) j--
  if (j === i) return i
  while (
    j >= 0 &&
    /^(on|in|last|this|next|past|coming|earlier|late|early|the|,)$/i.test(v.words[j]!.text) &&
    i - j < 6
  )
    j--
  // "X, the party chairman, this past week announced": the comma before the adjunct closes an apposition
  if (v.words[j + 1]?.text === ',') j++
  return j
}

const FRONTED = new Set(['ADP', 'SCONJ', 'ADV'])

/** Where the subject may start: after a fronted phrase ("Following X's speech, he …"). */
function subjectZone(v: DocView, first: number, limit: number): number {
  const w = v.words[first]
  if (!w || !(FRONTED.has(w.pos) || (w.pos === 'VERB' && /(ing|ed)$/.test(w.text)))) return first
  for (let i = first + 1; i < limit; i++) {
    if (v.words[i]!.text !== ',') continue
    // "Speaking in Concord, which hosts the next contest, Bush said": a relative clause still fronts
    if (!/^(which|where|who|whose)$/i.test(v.words[i + 1]?.text ?? '')) return i + 1
  }
  return first
}

/** The sentence's main verb: its first finite-looking verb after the zone start, outside quotations. */
function mainVerb(v: DocView, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const w = v.words[i]!
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue
    if (isQuoted(v, w.span.start) || /^to$/i.test(v.words[i - 1]?.text ?? '')) continue
    if (/ing$/.test(w.text) && v.words[i - 1]?.text === ',') continue
    return i
  }
  return limit
}

/** A mention right after a preposition is an object ("a spokesman for Mayor X of Cleveland"), not a subject. */
function afterPreposition(v: DocView, m: Mention): boolean {
  const start = m.role && m.role.end <= m.span.start ? m.role.start : m.span.start
  const i = wordIndexAfter(v, start)
  const prev = v.words[i - 1]
  return prev !== undefined && prev.pos === 'ADP' && prev.sentence === v.words[i]?.sentence
}

/** Whether a mention stands inside parentheses opened in its sentence: "Rep. X (D-Ore.)", "(Vt.)". */
function inParentheses(v: DocView, m: Mention, sentenceStart: number): boolean {
  const before = v.doc.text.slice(sentenceStart, m.span.start)
  return before.lastIndexOf('(') > before.lastIndexOf(')')
}

/**
 * Heads that make "X's …" someone other than X: a person ("X's wife", "X's spokesman"), or a body
 * that speaks for X ("X's campaign", "X's office"). Other heads ("X's speech", "X's fate") keep X
 * in focus.
 */
const OTHER_SPEAKER_HEADS =
  /^(wife|husband|son|daughter|father|mother|brother|sister|family|friends?|spouse|partner|children|parents|colleagues?|allies|aides?|advisers?|advisors?|staff|staffers|team|campaign|office|spokes(man|woman|person)|lawyers?|attorneys?|supporters|backers|critics|opponents|rivals?|party|administration|government|ministry|people|officials?|representatives?)$/i

/**
 * The person whose possessive opens the sentence's subject, for pronouns that refer back to them:
 * "Dana Kirk's long speech focused on jobs. She told …" gives Dana Kirk. Undefined when the subject
 * is not "X's <thing>" or names someone else ("X's lawyer").
 */
export function possessorSubject(v: DocView, sentence: number, before: number): Mention | undefined {
  const s = v.doc.sentences[sentence]!.span
  const limit = wordIndexAfter(v, before)
  const zone = subjectZone(v, wordIndexAfter(v, s.start), limit)
  const w = v.words[zone]
  const m = w && v.mentionStarting.get(w.span.start)
  if (!m?.possessive || m.form !== 'name' || m.kind === 'org' || isQuoted(v, m.span.start)) return undefined
  const verb = mainVerb(v, zone, limit)
  if (verb >= limit) return undefined
  for (let i = wordIndexAfter(v, m.span.end); i < verb; i++) {
    const x = v.words[i]!
    if (OTHER_SPEAKER_HEADS.test(x.text) || v.mentionStarting.has(x.span.start) || x.text === ',')
      return undefined
  }
  return m
}

/**
 * The subject of the sentence before offset `before`: the nearest speaker-like mention before the
 * main verb that is not a prepositional object; else the first person mentioned; else the first
 * institution. Given `referent` (for what a pronoun refers back to), the owner in "X's speech focused
 * on …" comes before the first person mentioned, who must pass `referent`. With `'clause'`, only a
 * subject whose verb also stands before `before`: "X called Y “…”", not "Calling Y, “…,” X said".
 */
export function mainSubject(
  v: DocView,
  sentence: number,
  before: number,
  referent?: ((m: Mention) => boolean) | 'clause',
): Mention | undefined {
  const s = v.doc.sentences[sentence]!.span
  const inRole = (m: Mention) =>
    v.doc.mentions.some((o) => o.role && o.role.start <= m.span.start && m.span.end <= o.role.end)
  const candidates = v.doc.mentions.filter(
    (m) =>
      m.span.start >= s.start &&
      m.span.end <= before &&
      speakerLike(m) &&
      !isQuoted(v, m.span.start) &&
      !inRole(m) &&
      !inParentheses(v, m, s.start),
  )
  const first = wordIndexAfter(v, s.start)
  const limit = wordIndexAfter(v, before)
  const zone = subjectZone(v, first, limit)
  const verbIndex = mainVerb(v, zone, limit)
  const verb = v.words[verbIndex]?.span.start ?? before
  const zoneStart = v.words[zone]?.span.start ?? s.start
  const appositive = appositionSubject(v, zone, verbIndex)
  const subject =
    appositive && PERSONISH(appositive) && candidates.includes(appositive)
      ? appositive
      : candidates
          .filter(
            (m) => m.span.start >= zoneStart && m.span.end <= verb && PERSONISH(m) && !afterPreposition(v, m),
          )
          .at(-1)
  if (referent === 'clause') return verb < before ? subject : undefined
  if (subject) return subject
  if (!referent) return candidates.find(PERSONISH) ?? candidates.find((m) => m.kind === 'org')
  // for what a pronoun refers back to, "X's speech focused on …" keeps X in focus
  const owner = possessorSubject(v, sentence, before)
  if (owner) return owner
  // a capitalised phrase outside the subject ("Wall Street", "Pinellas County") is no one to refer to
  if (candidates.some(PERSONISH))
    return candidates.find((m) => PERSONISH(m) && (m.form !== 'name' || referent(m)))
  return candidates.find((m) => m.kind === 'org')
}

/** The first speech cue verb in words [from, to) that is not inside a quotation. */
export function firstCue(v: DocView, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const w = v.words[i]!
    if (
      (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'NOUN') &&
      isSpeechCue(w.text) &&
      !isQuoted(v, w.span.start)
    )
      return i
  }
  return undefined
}

/** The last speech cue verb in words [from, to) outside quotations. */
export function lastCue(v: DocView, from: number, to: number): number | undefined {
  for (let i = to - 1; i >= from; i--) {
    const w = v.words[i]!
    const cue = isDirectCue(w.text) || isPhrasalCueAt(v.words, i)
    if ((w.pos === 'VERB' || w.pos === 'NOUN') && cue && !isQuoted(v, w.span.start)) return i
  }
  return undefined
}
