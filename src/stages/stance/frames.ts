/**
 * Sentence frames: shapes of a whole sentence that carry a stance or change how its cues read.
 * Each is a pattern over one sentence; the classifier decides what they vote.
 */

/**
 * "Why would anyone negotiate with …?", "How can we trust …?", "What have we gained from …?",
 * "Who in their right mind …?", "Do we really want …?": a question that argues against.
 */
export const RHETORICAL_QUESTION = new RegExp(
  `^\\W*(?:${[
    String.raw`(?:why|how)\b(?! not\b)[^?]*\b(?:would|should|could|are|is|do|does|did|must|can|on earth)\b`,
    'who in (?:their|his|her|your) right mind',
    "what (?:exactly )?(?:is|was|['’]s) the (?:point|use|sense|good)",
    String.raw`what (?:exactly |good |on earth )?(?:have|has|did|will|would) (?:we|they|you|anyone|\w+) (?:ever |really |actually )?(?:gain|gained|get|got|achieve|achieved|win|won|earn|earned)`,
    'since when',
    '(?:do|did|does|are|is|should|must|can) (?:we|you|they|anyone|this|that|it) (?:really|seriously|honestly) ',
    '(?:are|were) we (?:supposed|expected) to',
    'who (?:really )?(?:benefits|gains|wins)',
  ].join('|')})[^?]*\\?\\s*$`,
  'i',
)

/** "Why not talk to them?": a question that argues for. */
export const WHY_NOT = /^\W*why not\b[^?]*\?\s*$/i

/** "Targeted duties, yes. Blanket tariffs, no.": acceptance of part only. */
export const YES_NO_SPLIT =
  /\byes\b[^.;!?]*[.;!?]\s*[^.;!?]*\b(?:no|never|not)\s*[.!]|\bno\b[^.;!?]*[.;!?]\s*[^.;!?]*\byes\s*[.!]/i

/** "… would have my support. A bilateral rerun would not.": a negated ellipsis. */
export const NEGATED_ELLIPSIS =
  /\b(?:(?:would|will|does|do|is|are|could|should|can)(?: not|n['’]t)|cannot|won['’]t)\s*[.!]?\s*$|,\s*(?:no|never)\s*[.!]?\s*$/i

/** "Should the junior partner walk out, …": a condition by inversion, at the start of a sentence. */
export const INVERTED_CONDITION =
  /^\W*(?:[Ss]hould|[Ww]ere|[Hh]ad) (?:the|a|an|they|he|she|it|we|our|their|his|her|any|[A-Z]\w+)\b[^,.;]*,/

/** "Even if they lifted every sanction …": a concession, not a condition; up to the clause's end. */
export const CONCESSIVE = /\beven (?:if|though|when|so)\b[^,.;]*/gi

/** "Whether a ceasefire holds depends on …": a sentence that weighs an open question. */
export const WHETHER = /^\W*whether\b/i

/** "The Leader will decide whether talks go ahead": an open question inside a sentence, up to its clause's end. */
export const WHETHER_CLAUSE = /\bwhether\b[^;.!?]*/gi

/** "A trap dressed up as an opportunity": what follows is a false appearance, so its cues turn around. */
export const DISGUISE =
  /\b(?:dressed up|dressed|disguised|masquerading|posing|presented|sold|packaged|marketed|passed off|wrapped up|camouflaged) as\b/gi

/** "I will not speculate about the date": a negated verb of saying declines to comment, it refuses nothing. */
export const SPEECH_VERB =
  /\b(?:comment\w*|speculat\w*|discuss\w*|say|tell|characteri[sz]e|reveal|disclose|confirm|elaborate|go into|get into|predict|guess)\b/i

/** Words after which the argument turns: what follows weighs more. */
export const CONTRAST = /\b(?:but|however|yet|nevertheless|nonetheless|still|instead|rather)\b/gi

/** Where a negator's reach ends: punctuation or a new clause. */
export const CLAUSE_BREAK = /[,;:.!?—–]|\b(?:but|however|yet|and|or|while|whereas|because|although|though)\b/i

/** "If we don't resist, they will …": a warning that argues for what it negates, not a condition. */
export const WARNING = /\bif (?:we|you) (?:do not|don['’]t|does not|doesn['’]t|fail to|cannot|can['’]t)\b/gi

/** An auxiliary or modal that ends a relative clause's subject: "those who call for a truce | are …". */
const MAIN_VERB = String.raw`(?=\s(?:are|is|was|were|have|has|had|should|must|will|would|can|could|do|does|did|deserve|need)\b|[,;.!?]|$)`

/** "Those who call for a truce", "anyone who trusts Washington": a relative clause on other people. */
const HOLDERS = String.raw`(?:(?:those|anyone|people|everyone|politicians|someone|somebody|the ones|all those|any \w+) who|any (?:party|side|country|government|group|faction|leader|commander) that|whoever)`

export const RELATIVE_OTHERS = new RegExp(
  [
    // "those who say talks are treason | are …": what they say has a copula of its own
    String.raw`\b${HOLDERS} (?:\w+ )?(?:say|says|said|claim|claims|think|thinks|believe|believes|insist|insists|argue|argues)\b[^,;.!?]*?\s(?:is|are|was|were|would be|will be)\s[^,;.!?]*?${MAIN_VERB}`,
    String.raw`\b${HOLDERS} \S+[^,;.!?]*?${MAIN_VERB}`,
  ].join('|'),
  'gi',
)

/** "Washington says it wants talks", "the opposition claims …", "backed by the US": someone else's position. */
export const REPORTED = new RegExp(
  [
    String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:We|I|Our|My|This|That|It|There|What|If|When|But|And|So|No|Nobody|None|Nothing|Everyone|Everybody|Anyone|Anybody|Who|Which|All|Many|Most|Some|One|Each)\b)[A-Z][a-z]+|[Tt]he (?:\w+ )?(?:government|ministry|side|administration|opposition|president|minister|army|militia|rebels|leadership|Americans|Russians|Chinese)|(?:[Ss]ome|[Mm]any|[Oo]thers?|[Ss]everal|[Cc]ritics|[Ss]upporters|[Oo]pponents|[Ss]keptics|[Hh]ardliners|[Ll]awmakers|[Aa]nalysts|[Ee]xperts|[Ee]conomists)(?: \w+)?) (?:says|said|claims|claimed|insists|insisted|argues|argued|wants|wanted|prefers|preferred|(?:support|oppose|back|reject|favou?r|want|fear|hope|say|argue|believe|think|insist|claim)s?)\b[^;.!?]*?(?=\s(?:and|but) (?:we|I)\b|[;.!?]|$)`,
    // "both sides have accused each other of violating the truce": a charge reported, not made
    String.raw`\baccus(?:e|es|ed|ing) (?:each other|one another|\w+) of\b[^,;.!?]*`,
    // "fully backed by the US": a position held by the agent, not the speaker
    String.raw`\b(?:backed|supported|endorsed|welcomed|approved|favou?red|championed|sponsored|opposed|rejected|condemned|denounced) by\b[^,;.!?]*`,
  ].join('|'),
  'g',
)

/** "… and they are right", "I agree with them": the speaker takes the reported position as their own. */
export const AGREEMENT =
  /\b(?:(?:they|he|she) (?:are|is|were|was) (?:quite |absolutely |entirely )?right|I agree|we agree|I see no reason to doubt)\b/gi

/** "I would rather resign than sign …", "dialogue rather than war", "sanctions instead of talks": a preference. */
export const PREFERENCE = /(?:would|['’]d) rather\b[^.;!?]*?\bthan\b|\brather than\b|\binstead of\b/gi
