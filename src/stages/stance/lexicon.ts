/**
 * Stance cues: how news statements reject, endorse, set conditions on or show hostility toward
 * something. General political language, not any topic's: the topic file says what a statement is
 * about, these say what position it takes. Case-insensitive word patterns; multi-word idioms are
 * written out ("door is open", "at the table", "red line").
 */

/**
 * A cue's kind. `removal` is a verb that ends the thing ("roll back the tariffs") and `modal` a
 * word of obligation or entitlement ("should", "has every right to"): both count only with a topic
 * word right after them. `praise` is the mirror of `hostility`.
 */
export type CueKind =
  | 'reject'
  | 'endorse'
  | 'condition'
  | 'hostility'
  | 'praise'
  | 'sarcasm'
  | 'removal'
  | 'modal'

const words = (list: string): RegExp =>
  new RegExp(
    `\\b(?:${list
      .trim()
      .split(/\s*\n\s*|\s+\|\s+/)
      .join('|')})\\b`,
    'gi',
  )

const REJECT = words(`
  reject\\w* | refus\\w* | oppos(?:e|es|ed|ing) | poison\\w* | betray\\w* | traitor\\w* | sell(?:s|ing)? out | sold out
  surrender\\w* | capitulat\\w* | humiliat\\w* | delusional | naive | dead end | waste of time | pointless | futile
  denounc\\w* | condemn\\w* | resist\\w* | forbid\\w* | ban(?:s|ned)? | trap | ploy | deceptive | no use | useless
  cannot be trusted | can['’]t be trusted | never again | out of the question | non-starter | unacceptable
  doomed | dangerous | mistake | illusion | fiction | worthless | disaster\\w* | catastroph\\w* | reckless | irresponsible
  (?:am|is|are|was|were|be|been|argue|argued|arguing|vote|voted|voting|stand|stood|speak|spoke|firmly|strongly|fight|fought|fighting|campaign\\w*) against
  no way | absolutely not | certainly not | of course not | not a chance | over my dead body | not on my watch
  door (?:is |remains |stays )?(?:closed|shut) | door (?:is |remains )?not open | close[sd]? the door | slam(?:s|med)? the door | shut the door
  gift to (?:the|our|its|their) \\w+ | reward(?:s|ed|ing)? (?:\\w+ ){0,3}for | embolden\\w*
  (?:only |merely )?(?:freeze|prolong)\\w* (?:the |this |their )?\\w+ in place | buy(?:s|ing)? time
  trad(?:e|es|ed|ing) away | photo op(?:portunity)? | blood of (?:the |our )?martyrs | stab\\w* (?:us )?in the back
  tax on (?:\\w+ )?(?:families|consumers|workers|households|farmers|businesses|people|shoppers)
  hurt\\w* | harm(?:s|ed|ing|ful)? | damag(?:e|es|ed|ing) | punish\\w* (?:our|its|their) own | shoot\\w* (?:ourselves|itself|themselves) in the foot
  self-defeating | backfir\\w* | kill(?:s|ed|ing)? jobs | cost(?:s|ing)? (?:us )?jobs | paying (?:the price )?for
  nobody wins | no one wins | no winners | look where it got us | we tried that | been there before | fight to the end
  fight (?:on )?until | stand in the way | block\\w* | sabotag\\w* | undermin\\w* | run(?:s|ning)? (?:away )?from | afraid of
  bad (?:deal|idea) | terrible | folly | foolish | absurd | ridiculous | nonsense | madness | shameful | disgrace\\w*
  threat to | risky | costly | raise prices | higher prices | appease\\w* | sign of weakness | give in | cav(?:e|es|ed|ing) in
  kowtow\\w* | bow(?:s|ed|ing)? to | illegitimate | unconstitutional | undemocratic | power grab | stunt | circus | chaos
  destabili[sz]\\w* | off the table | unilateral restraint | yet another | last thing (?:we|this country|the country) needs | rubber[- ]stamp
`)

const ENDORSE = words(`
  support\\w* | welcom\\w* | endors\\w* | green light | open to | ready (?:to|for) | prepared to | willing\\w*
  move forward | way forward | positive | constructive | opportunit\\w* | favou?r(?:s|ed|ing|able)? | embrac\\w*
  back(?:s|ed|ing) | back (?:the|this|a|an|our|their|his|her) | hop(?:e|es|ed|eful)
  consensus | solidarity | progress | breakthrough | good deal | win-win | endorsement | must be conducted
  should be pursued | must continue | should continue | step forward | steps? toward | first step | the right path
  pave the way | encourag\\w* | agree(?:s|d|ing)? (?:to|with|on) | approv\\w* | commit\\w* to | in good faith
  sign(?:s|ed)? (?:on|up) | accept(?:s|ed|ing)? | call(?:s|ed|ing)? for | urg(?:e|es|ed|ing) | press(?:es|ed|ing)? for | push(?:es|ed|ing)? for
  on the table | door (?:is |remains |stays )?(?:wide )?open | door (?:is |remains )?not (?:shut|closed) | open the door | door wide open | keep the door open | extend(?:s|ed|ing)? a hand
  can (?:begin|start|resume|go ahead|proceed|move ahead) | let the (?:people|voters|country|citizens|electorate) decide
  give the (?:people|voters) (?:a|their) say | hand (?:the mandate|power) back | the sooner | high time | long overdue | overdue
  (?:it is|it['’]s) time (?:to|for) | the least we (?:should|can|could|must) do | every right to | worth (?:keeping|saving|pursuing|trying|a try|exploring|preserving)
  not nothing | no small (?:thing|achievement|feat) | not insignificant | the sky did(?: not|n['’]t) fall
  hate to see (?:\\w+ ){0,5}(?:vanish|disappear|lapse|collapse|go|end|die|expire|fall apart) | cheapest way | best way | only way
  should have (?:done|started|begun) (?:this|it|that)(?: \\w+){0,3} (?:ago|sooner|earlier)
  (?<=(?:has|have|had)(?: not|n['’]t)? )(?:worked|succeeded|paid off|delivered) | is working | are working | preserv\\w* | salvag\\w*
  vital | essential | crucial | necessary | important step | in (?:our|the) (?:national )?interest | benefit\\w*
  strengthen\\w* | safeguard\\w* | in favou?r of | stand(?:s|ing)? by | champion\\w* | advocat\\w* | (?:press|push|go) ahead
  renew\\w* | restor\\w* | reviv\\w* | deserve\\w* | time has come | let(?:['’]s| us) (?:talk|negotiate|sit down|give)
  give (?:peace|diplomacy|it|talks) a chance | olive branch | common ground | halfway | goodwill | good news | glad | pleased | delighted
  right (?:decision|thing|move|step|call) | sensible | wise (?:decision|move|step) | effective | success\\w*
  beginning of (?:saving|peace|the end) | not surrender | not a surrender | not weakness | sign of strength | keep(?:s|ing)? observing
`)

const CONDITION = words(`
  (?<!as |what )if | only if | unless | provided(?: that)? | providing | as long as | so long as | when the conditions | conditions are right
  conditions | depends? on | on condition | precondition\\w* | prerequisite\\w* | in exchange for | in return for
  careful | vigilan\\w* | open our eyes | know (?:the|their|his|its|our|your) (?:enemy|opponent|adversary)
  caution\\w* | guarantee\\w* | verif\\w* | may make a deal | only when | as soon as | once | until | the day (?:that )?(?!after|before)
  under (?:\\w+ ){0,2}(?:pressure|duress|threat|sanctions) | pressure | at gunpoint | at any price | at any cost | in principle
  on (?:our|equal|fair|their|its|his|the right) terms | to suit | red line | bargaining chip | leverage | last resort
  when the time is right | at the right time | must first | only after | before any | in return | quid pro quo | step for step
  assurances? | if and when | terms are met | demands are met | trust but verify
  (?:stampeded|rushed|bullied|pushed|forced|pressured|blackmailed|dragged) into | beg\\b | plead\\w* | reciproc\\w*
  no \\w+(?: \\w+)? without | not without | but only | only (?:within|under|with|after|on|in)
`)

const HOSTILITY = words(`
  liars? | lie(?:s|d)? | deceiv\\w* | deceit\\w* | aggressors? | arrogan\\w* | enem(?:y|ies) | enmit(?:y|ies) | malicious
  hostile | death to | devil\\w* | satan | imperialis\\w* | colonial\\w* | bull(?:y|ies|ying) | butcher\\w*
  criminal\\w* | untrustworthy | duplicit\\w* | hypocri\\w* | treacher\\w* | animosit(?:y|ies) | wicked | evil
  cheats? | cheating | tore up | tear up | knife (?:behind|in) | behind (?:his|their|its|our|your) back | burn\\w* villages
  thugs? | terroris\\w* | murder\\w* | killers? | tyrants? | dictators? | thie(?:f|ves) | gangsters? | blood on (?:their|its|his) hands
  broke (?:its|their|his|every) promises? | broken promises | unfair | predatory | exploit\\w* | manipulat\\w* | coerc\\w*
  aggression | occupiers? | invaders? | dump(?:s|ed|ing)? | stole | steal\\w* | theft | no business (?:governing|running|in power) | incompeten\\w* | paralys\\w*
`)

const PRAISE = words(`
  pragmatic | do business with | behaved correctly | acted in good faith | kept (?:its|their|his|her) word | reliable
  constructive partner | honest broker | positive signals? | trustworthy | reasonable (?:man|woman|partner|people) | serious partner | simply better | better (?:made|built)
`)

const SARCASM = words(`
  so-called | so called | supposed(?! to) | surely this time | of course,? let(?: us|['’]s) | what could (?:possibly )?go wrong
  how convenient | what a surprise | nice try | good luck with that | wonderful idea | great plan | brilliant idea | yeah,? right | because that (?:worked|went) so well | one more time
`)

const REMOVAL = words(`
  roll(?:s|ed|ing)? back | lift(?:s|ed|ing)? | scrap\\w* | repeal\\w* | abolish\\w* | remov(?:e|es|ed|ing) | drop(?:s|ped|ping)?
  end(?:s|ed|ing)? | tear(?:s|ing)? up | tore up | walk(?:s|ed|ing)? away from | withdraw\\w* from | pull(?:s|ed|ing)? out of
  stop(?:s|ped|ping)? | halt\\w* | suspend\\w* | cancel\\w* | freez(?:e|es|ing) | abandon\\w* | let (?:\\w+ ){0,3}(?:lapse|expire|die)
`)

const MODAL = words(`
  should | must | ought to | need(?:s)? to | have to | has to | has (?:a|the|every|any) (?:mandate|right|business) to
`)

/** The cue patterns, by kind. */
export const CUES: Readonly<Record<CueKind, RegExp>> = {
  reject: REJECT,
  endorse: ENDORSE,
  condition: CONDITION,
  hostility: HOSTILITY,
  praise: PRAISE,
  sarcasm: SARCASM,
  removal: REMOVAL,
  modal: MODAL,
}

/** Words that negate the next verb phrase. */
export const NEGATOR =
  /\b(?:not|never|no|none|no one|nobody|nothing|without|nor|neither|cannot|hardly|n['’]t)\b|n['’]t\b/gi

/** Negators that do not negate: "not only", "not merely", "not just". */
export const NOT_A_NEGATOR = /^(?:not|no) (?:only|merely|just|longer only)\b/i

/**
 * Negators whose scope is the rest of the sentence, denying a whole claim: "no one can say …",
 * "nobody can seriously argue …", "it is not as if …".
 */
export const WIDE_NEGATOR =
  /\b(?:(?:no one|nobody|none of us)\b[^.;!?]{0,60}?\b(?:can|could|would|will)(?: \w+)? (?:say|deny|argue|claim|pretend|dispute|doubt)|(?:it is|it['’]s) not as if|not as if|not that)\b/gi

/** A hypothetical ("if he intended to reject …, he should have done so"): what it rejects, it denies. */
export const COUNTERFACTUAL =
  /\bif\b[^.;]*\b(?:reject\w*|oppos\w*|refus\w*)\b[^.;]*\b(?:should|would|could|must) have\b/i
