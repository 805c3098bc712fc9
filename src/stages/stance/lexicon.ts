/**
 * Stance cues: how news statements reject, endorse, set conditions on or show hostility toward
 * something. General political language, not any topic's: the topic file says what a statement is
 * about, these say what position it takes. Case-insensitive word patterns.
 */

export type CueKind = 'reject' | 'endorse' | 'condition' | 'hostility' | 'sarcasm'

const words = (list: string): RegExp =>
  new RegExp(
    `\\b(?:${list
      .trim()
      .split(/\s*\n\s*|\s*\|\s*/)
      .join('|')})\\b`,
    'gi',
  )

export const CUES: Readonly<Record<CueKind, RegExp>> = {
  reject: words(`
    reject\\w* | refus\\w* | oppos(?:e|es|ed|ing) | poison\\w* | betray\\w* | traitor\\w* | sell(?:s|ing)? out | sold out
    surrender\\w* | capitulat\\w* | humiliat\\w* | delusional | naive | dead end | waste of time | pointless | futile
    denounc\\w* | condemn\\w* | resist\\w* | forbid\\w* | ban(?:s|ned)? | trap | ploy | deceptive | no use
    will not (?:negotiate|talk|sign|accept) | won['’]t (?:negotiate|talk|sign|accept) | cannot be trusted | can['’]t be trusted
    never again | out of the question | non-starter | unacceptable | doomed | dangerous | mistake | illusion
  `),
  endorse: words(`
    support\\w* | welcom\\w* | endors\\w* | green light | open to | ready to | willing\\w* | move forward | way forward
    positive | constructive | opportunit\\w* | favou?r\\w* | embrac\\w* | back(?:s|ed|ing)? | hop(?:e|es|ed|eful)
    consensus | solidarity | progress | breakthrough | good deal | win-win | endorsement | must be conducted
    should be pursued | must continue | should continue | step forward | the right path | pave the way | encourag\\w*
    agree\\w* | approv\\w* | commit\\w* to | seriously | in good faith | sign(?:s|ed)? (?:on|up)
  `),
  condition: words(`
    if | only if | unless | provided(?: that)? | as long as | when the conditions | conditions are right | conditions
    depends? on | not under pressure | under pressure | on condition | precondition\\w* | prerequisite\\w* | in exchange for
    careful | vigilan\\w* | open our eyes | know (?:the|their|his|its|our|your) (?:enemy|opponent|adversary)
    caution\\w* | guarantee\\w* | verif\\w* | may make a deal | only when | as soon as
  `),
  hostility: words(`
    liars? | lie(?:s|d)? | deceiv\\w* | deceit\\w* | aggressors? | arrogan\\w* | enem(?:y|ies) | enmit(?:y|ies) | malicious
    hostil\\w* | death to | devil\\w* | satan | imperialis\\w* | colonial\\w* | bull(?:y|ies|ying) | butcher\\w*
    criminal\\w* | untrustworthy | duplicit\\w* | hypocri\\w* | treacher\\w* | animosit(?:y|ies) | wicked | evil
  `),
  sarcasm: words(`so-called | so called | supposed`),
}

/** Words that negate what follows within a few words. */
export const NEGATION = /\b(?:not|never|no|n['’]t|without|nor|neither|none|no one|nobody|cannot|hardly)\b/i

/** A hypothetical ("if he intended to reject …, he should have done so"): what it rejects, it denies. */
export const COUNTERFACTUAL =
  /\bif\b[^.;]*\b(?:reject\w*|oppos\w*|refus\w*)\b[^.;]*\b(?:should|would|could|must) have\b/i
