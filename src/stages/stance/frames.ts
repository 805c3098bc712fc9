/**
 * Sentence frames: shapes of a whole sentence that carry a stance or change how its cues read.
 * Each is a pattern over one sentence; the classifier decides what they vote.
 */

/** "Why would anyone negotiate with …?", "How can we trust …?": a question that argues against. */
export const RHETORICAL_QUESTION =
  /^\W*(?:why|how)\b(?! not\b)[^?]*\b(?:would|should|could|are|is|do|does|did|must|can|on earth)\b[^?]*\?\s*$/i

/** "Why not talk to them?": a question that argues for. */
export const WHY_NOT = /^\W*why not\b[^?]*\?\s*$/i

/** "Targeted duties, yes. Blanket tariffs, no.": acceptance of part only. */
export const YES_NO_SPLIT =
  /\byes\b[^.;!?]*[.;!?]\s*[^.;!?]*\bno\s*[.!]|\bno\b[^.;!?]*[.;!?]\s*[^.;!?]*\byes\s*[.!]/i

/** "… would have my support. A bilateral rerun would not.": a negated ellipsis. */
export const NEGATED_ELLIPSIS =
  /\b(?:would|will|does|do|is|are|could|should|can)(?: not|n['’]t)\s*[.!]?\s*$|,\s*no\s*[.!]?\s*$/i

/** "Should the junior partner walk out, …": a condition by inversion, at the start of a sentence. */
export const INVERTED_CONDITION =
  /^\W*(?:[Ss]hould|[Ww]ere|[Hh]ad) (?:the|a|an|they|he|she|it|we|our|their|his|her|any|[A-Z]\w+)\b[^,.;]*,/

/** "Even if they lifted every sanction …": a concession, not a condition; up to the clause's end. */
export const CONCESSIVE = /\beven (?:if|though|when|so)\b[^,.;]*/gi

/** "Whether a ceasefire holds depends on …": a sentence that weighs an open question. */
export const WHETHER = /^\W*whether\b/i

/** Words after which the argument turns: what follows weighs more. */
export const CONTRAST = /\b(?:but|however|yet|nevertheless|nonetheless|still|instead|rather)\b/gi

/** Where a negator's reach ends: punctuation or a new clause. */
export const CLAUSE_BREAK = /[,;:.!?—–]|\b(?:but|however|yet|and|or|while|whereas|because|although|though)\b/i

/** "If we don't resist, they will …": a warning that argues for what it negates, not a condition. */
export const WARNING = /\bif (?:we|you) (?:do not|don['’]t|does not|doesn['’]t|fail to|cannot|can['’]t)\b/gi
