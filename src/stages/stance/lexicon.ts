/**
 * Stance cues: how news statements reject, endorse, set conditions on or show hostility toward
 * something. General political language, not any topic's: the topic file says what a statement is
 * about, these say what position it takes. Case-insensitive word patterns; multi-word idioms are
 * written out ("door is open", "at the table", "red line").
 */

/**
 * A cue's kind. `removal` is a verb that ends the thing ("roll back the tariffs") and `modal` a
 * word of obligation, entitlement or want ("should", "has every right to", "we want"): both count
 * only with a topic word right after them. `ending` is an end the thing's subject is to meet
 * ("… should be scrapped", "… must not be allowed to lapse"); `good` and `bad` are evaluations
 * after a copula ("… is premature", "… would be wise"): these two count only when the topic is the
 * subject. `praise` is the mirror of `hostility`.
 */
export type CueKind =
  | 'reject'
  | 'endorse'
  | 'condition'
  | 'hostility'
  | 'praise'
  | 'sarcasm'
  | 'removal'
  | 'ending'
  | 'modal'
  | 'good'
  | 'bad'

/** The entries of a list: one per line, or separated by " | ". */
const entriesOf = (list: string): string[] => list.trim().split(/\s*\n\s*|\s+\|\s+/)

/**
 * One alternation of the entries, grouped by their first letter ("reject|refuse" → "r(?:eject|efuse)")
 * so that the engine tries one group per position instead of every entry: two to three times
 * faster on news text, same matches. Order is kept within a letter; entries that start with a
 * group, a class or an optional letter come first, as they may start with any letter.
 */
function alternation(entries: readonly string[]): string {
  const lead: string[] = []
  const byLetter = new Map<string, string[]>()
  for (const e of entries) {
    const letter = e[0]?.toLowerCase() ?? ''
    if (!/^[a-z]$/.test(letter) || /^.[?*+{]/.test(e)) lead.push(e)
    else byLetter.set(letter, [...(byLetter.get(letter) ?? []), e.slice(1)])
  }
  return [...lead, ...[...byLetter].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`)].join('|')
}

const words = (list: string): RegExp => new RegExp(`\\b(?:${alternation(entriesOf(list))})\\b`, 'gi')

const REJECT = words(`
  reject\\w* | refus\\w* | oppos(?:e|es|ed|ing) | poison\\w* | betray\\w* | traitor\\w* | sell(?:s|ing)? out | sold out
  surrender\\w* | capitulat\\w* | humiliat\\w* | delusional | naive | dead end | waste of time | pointless | futile
  denounc\\w* | condemn\\w* | resist\\w* | forbid\\w* | ban(?:s|ned)? | trap | ploy | deceptive | no use | useless
  can(?:not|['’]t) be trusted(?: to \\w+)? | never again | out of the question | non-starter | unacceptable
  doomed | dangerous | mistake | illusion | fiction | worthless | disaster\\w* | catastroph\\w* | reckless | irresponsible
  (?:am|is|are|was|were|be|been|argue|argued|arguing|vote|voted|voting|stand|stood|speak|spoke|firmly|strongly|fight|fought|fighting|campaign\\w*) against
  no way | absolutely not | certainly not | of course not | not a chance | over my dead body | not on my watch
  door (?:is |remains |stays )?(?:closed|shut) | door (?:is |remains )?not open | clos(?:e|es|ed|ing) the door | slam(?:s|med)? the door | shut the door
  gift to (?:the |our |its |their )?\\w+ | (?:an?|grave|serious|strategic|historic|fatal|costly|terrible|big|huge) error | reward(?:s|ed|ing)? (?:\\w+ ){0,3}for | embolden\\w*
  (?:only |merely )?(?:freeze|prolong)\\w* (?:the |this |their )?\\w+ in place | buy(?:s|ing)? time
  trad(?:e|es|ed|ing) away | photo op(?:portunity)? | blood of (?:the |our )?martyrs | stab\\w* (?:us )?in the back
  tax on (?:\\w+ )?(?:families|consumers|workers|households|farmers|businesses|people|shoppers)
  hurt\\w* | harm(?:s|ed|ing|ful)? | damag(?:e|es|ed|ing) | punish\\w* (?:our|its|their) own | shoot\\w* (?:ourselves|itself|themselves) in the foot
  self-defeating | backfir\\w* | kill(?:s|ed|ing)? (?:\\w+ ){0,2}(?:jobs|markets?|industry|industries|farms|businesses|economy|growth|exports?) | cost(?:s|ing)? (?:\\w+ ){0,4}(?:jobs|customers|markets|livelihoods|billions|money|harvests?) | (?:would|will|could) cost | paying (?:the price )?for
  nobody wins | no one wins | no winners | look where it got us | we tried that | been there before | fight to the end
  fight (?:on )?until | stand in the way | block\\w* | sabotag\\w* | undermin\\w* | run(?:s|ning)? (?:away )?from
  bad (?:deal|idea) | terrible | folly | foolish | absurd | ridiculous | nonsense | madness | shameful | disgrace\\w*
  threat to | risky | costly | raise prices | higher prices | appease\\w* | sign of weakness | give in | cav(?:e|es|ed|ing) in
  kowtow\\w* | bow(?:s|ed|ing)? to | illegitimate | unconstitutional | undemocratic | power grab | stunt | circus | chaos
  destabili[sz]\\w* | off the table | unilateral restraint | yet another | last thing (?:\\w+ ){1,2}(?:needs?|wants?) | rubber[- ]stamp
  rul(?:e|es|ed|ing) out | (?:warn|caution|advis)(?:e|es|s|ed|ing)? against | turn(?:s|ed|ing)? down | vot(?:e|es|ed|ing) (?:no|down) | veto\\w*
  torpedo\\w* | derail\\w* | scuttl\\w* | wreck\\w* | ruin\\w* | destroy\\w* | devastat\\w* | crippl\\w* | weaken\\w* | erod(?:e|es|ed|ing) | undercut\\w*
  say(?:s|ing)? no | said no | no to | object(?:s|ed|ing)? to | objection\\w* | opposition to | wrong (?:with|about)
  misguided | ill-advised | ill-conceived | short-sighted | shortsighted | counter-?productive | wrong-?headed | unwise | unjustifi\\w*
  unworkable | unenforceable | unaffordable | indefensible | one-sided | lopsided | flawed | toothless | hollow | meaningless
  empty (?:gesture|promise|words|slogan)s? | sham | farce | charade | hoax | scam | gimmick | blunder | gambl\\w* | distraction
  dead on arrival | dead letter | suicid\\w* | recipe for | slippery slope | blank (?:cheque|check) | step backwards? | backward step | setback
  (?:the )?wrong (?:way|move|time|moment|decision|path|answer|approach|signal|message|direction|choice|priority) | bad for | no good
  insult\\w* | outrage\\w* | scandal\\w* | give(?:s|ing)? away | gave away | giveaway | obsolete | outdated | relic | straitjacket
  tie(?:s|d)? (?:our|their|its|his|her|the country['’]s) hands | handcuff\\w* | burden\\w* | pay(?:s|ing)? more | foot(?:s|ing)? the bill
  bear(?:s|ing)? the (?:cost|brunt) | (?:fuel|stok|driv)(?:e|es|s|ed|ing) (?:up )?inflation | price hikes? | lose-lose | no one benefits | nobody benefits
  can(?:not|['’]t) afford | makes? no sense | no sense in | (?:does not|doesn['’]t) make sense | what['’]s the point
  nothing to (?:discuss|talk about|negotiate|gain) | no point | waste\\w* | wrong time
  (?:is|was|are) not the (?:right )?(?:time|moment)(?: (?:for|to))? | no time (?:for|to) | would be a mistake | big mistake | grave mistake | serious mistake
  (?:hidden|stealth|regressive) tax | (?:has|have|had) cost | chok(?:e|es|ed|ing) | strangl\\w* | suffocat\\w* | crush(?:es|ed|ing)?
  outlived (?:its|their) (?:usefulness|purpose) | (?:has|have|had) run (?:its|their) course | dreaming | wishful thinking | regret\\w* | out of business | tax(?:es|ing)? (?:our|its|their) own
  constrain(?:s|ed|ing)? (?:us|our) | reward(?:s|ed|ing)? (?:bad |such |their |its |his )?(?:behaviou?r|aggression|cheating|violations?|intransigence|defiance) | past (?:its|their) sell-by date
  will (?:answer|pay|be held accountable|be punished|face (?:the )?consequences) | blackmail\\w* | defeat(?<=\\b(?:is|be|was|a|not|means?|amounts? to) defeat) | everyone loses | everybody loses | we all lose | there are no winners
  (?:(?:we|you) (?:have|['’]ve) )?seen (?:how|where) [^.;:]{0,40}?(?:ends|ended|goes|went|leads?|led)
  sell(?:s|ing)? (?:our|the|their) (?:dignity|honou?r|country|soul|pride|sovereignty|independence) | sold (?:our|the|their) (?:dignity|honou?r|country|soul|pride|sovereignty|independence) | against(?<=\\bnot against) | fear(?:s|ed|ing)? | treason | living in the past | stuck in the past | out of touch
  worth (?:less than|nothing) | not worth the paper | (?:would|will) only (?:help|benefit) | blunt instrument | own goal | self-inflicted
  only (?:legitimi[sz]\\w*|serves? to|strengthen\\w*|embolden\\w*|reward\\w*|encourag\\w*|deepen\\w*|worsen\\w*|prolong\\w*|fuel\\w*|feed\\w*|invit\\w*|binds?)
  (?:would|will|only) reward | (?:raise|raises|raised|raising|push(?:es|ed)? up|drive(?:s)? up) (?:\\w+ )?(?:costs|prices|bills)
  (?:done|did|does|do|achieved|accomplished) nothing | punish\\w* (?:\\w+ )?(?:consumers|shoppers|families|farmers|workers|businesses|people|citizens|allies)
  paraly[sz](?:e|es|ed|ing) | cynical | power play | fantasy | one-way street | a luxury | (?:to )?(?:regroup|rearm)
  until the end of (?:our|its|their|the) (?:term|mandate) | afraid (?:of|to) | (?:(?:it is|it['’]s) )?time to move on | mov(?:e|es|ed|ing) on from | turn(?:s|ed|ing)? the page on | bind(?:s|ing)? (?:us|our hands) | trick\\w* | ruse | smokescreen | fig leaf
  cost(?:s|ing)? (?:\\w+ ){0,3}lives | (?:lose|loses|lost|losing) (?:\\w+ ){0,3}(?:markets?|jobs|farms|income|customers|contracts|livelihoods?)
  (?:serve|complete|finish|see out|serve out)(?:s|ed|ing)? (?:its|their|his|her|our|the) (?:full )?(?:term|mandate) | not (?:a|the) (?:answer|solution|way|remedy|cure)
  (?:at )?(?:our|their|its) peril | playing with fire | play(?:s|ing)? into (?:the )?hands | walk(?:s|ing)? into a trap | hand(?:s|ed|ing)? (?:\\w+ ){0,3}(?:a |an )?(?:victory|win|reward|gift)
  (?:would|will|can|could) only (?:help|serve|benefit|strengthen|embolden|reward|encourage|deepen|worsen|prolong|give|hand|buy|delay|fuel|feed|invite|play)
  only serv(?:e|es|ed) to | mak(?:e|es|ing) (?:things|it|matters|the situation|everything) worse | (?:push|drive|send|force)(?:es|s|ed|ing)? (?:up )?(?:prices|costs|bills)(?: up)?
  fool['’]?s['’]? errand | nothing to say to | (?:answer|response|reply|position)(?: \\w+){0,5} is (?:a |an )?(?:clear |firm |simple |resounding |flat )?no\\b | throw(?:s|n|ing)? away | threw away
  plung(?:e|es|ed|ing) (?:\\w+ ){0,3}into | (?:hit|hits|hitting|squeez\\w*) (?:\\w+ ){0,2}(?:farmers|families|consumers|workers|households|businesses|shoppers|exporters|retailers|people)
  (?:the ones|those) (?:who (?:are )?)?(?:really |actually )?pay(?:s|ing)? | more expensive | concession\\w* | (?:would|will|only|merely|simply) legitimi[sz]e
  (?:continu(?:e|es|ed|ing) (?:\\w+ )?(?:fight\\w*|war|operations?|offensive|campaign|struggle|resistance|battle)|press(?:es|ed|ing)? on|carr(?:y|ies|ied|ying) on|keep(?:s|ing)? (?:on )?fighting) until | (?:waste|loss) of (?:money|time|effort)
  (?:sell|sells|selling|sold) (?:out )?(?:the|our|their) (?:revolution|nation|people|future|cause|principles|allies)
  learn(?:ed|t)? nothing | (?:we|you) (?:always |only |just )?(?:lost|lose|losing) (?:something|everything|out|more|again) | bow(?:s|ed|ing)? (?:our|their|its|his|her) heads?
  (?:giv(?:e|es|ing)|gave|given) up (?:our|its|their|my|any of our) | hand(?:s|ing|ed)? over (?:our|its|their) | negotiat\\w* away | sacrific\\w* (?:our|its|their) | compromis\\w* on (?:our|its|their)
  (?:hand|give|deliver)\\w* (?:\\w+ ){0,3}to (?:the )?(?:populists|extremists|radicals|hardliners|warmongers|enemy|enemies)
  leav(?:e|es|ing) (?:us|the world|the country|\\w+) (?:blind|exposed|defen[cs]eless|vulnerable|in the dark|naked)
  leap in the dark | poisoned chalice | trojan horse | house of cards | window[- ]dressing | lipstick on a pig | slap in the face | pipe ?dream | pie in the sky
  kick(?:s|ed|ing)? the can | mov(?:e|es|ed|ing) the goal ?posts | good money after bad | band-?aid | sticking plaster | paper(?:s|ed|ing)? over | hot air | talking shop
  snake oil | a (?:bridge|step) too far | red flag | wolf in sheep['’]s clothing | fox (?:guarding|in) the hen ?house | (?:flog|beat)\\w* a dead horse | going nowhere | road to nowhere
  sell-?out | swindle | noose | shackles | leash | bett?(?:ing|s)? the farm | no-win | (?:would|will) be (?:a )?(?:dead|lost|wasted)
`)

const ENDORSE = words(`
  support\\w* | welcom\\w* | endors\\w* | green light | open to | ready (?:to|for) | prepared to | willing\\w*
  move forward | way forward | positive | constructive | opportunit\\w* | favou?r(?<!\\b(?:a|the|big|small|no|any) favou?r)(?:s|ed|ing|able)? | embrac\\w*
  back(?:s|ed|ing) | back (?:the|this|a|an|our|their|his|her) | hop(?:e|es|ed|eful)
  consensus | solidarity | progress | breakthrough | good deal | win-win | endorsement | must be conducted
  should be pursued | must continue | should continue | step forward | steps? toward | first step | the right path
  pave the way | encourag\\w* | agree(?:s|d|ing)? (?:to|with|on) | approv\\w* | commit\\w* to | in good faith
  sign(?:s|ed|ing)? (?:on|up) (?:to|for) | sign(?:s|ed|ing)? up | accept(?:s|ed|ing)? | call(?:s|ed|ing)? for | urg(?:e|es|ed|ing) | press(?:es|ed|ing)? for | push(?:es|ed|ing)? for
  on the table | door (?:is |remains |stays )?(?:wide )?open | door (?:is |remains )?not (?:shut|closed) | open the door | door wide open | keep the door open | extend(?:s|ed|ing)? a hand
  can (?:begin|start|resume|go ahead|proceed|move ahead) | let the (?:people|voters|country|citizens|electorate|nation) (?:decide|judge|choose|speak)
  give the (?:people|voters) (?:a|their) say | hand (?:the mandate|power) back | the sooner | high time | long overdue | overdue
  (?:it is|it['’]s) time (?:to|for) | the least we (?:should|can|could|must) do | the least we owe | every right to | worth (?:keeping|saving|pursuing|trying|a try|exploring|preserving)
  not nothing | no small (?:thing|achievement|feat) | not insignificant | the sky did(?: not|n['’]t) fall
  hate to (?:see|watch) (?:\\w+ ){0,5}(?:vanish|disappear|lapse|collapse|go|end|die|expire|fall apart) | (?:clean|quick|fast|safe|sur|easi|simpl|cheap|short|smart|wis|fair|honest|quiet)est way(?: out)? | (?:best|only) way | way out of
  should have (?:done|started|begun) (?:this|it|that)(?: \\w+){0,3} (?:ago|sooner|earlier)
  (?:worked|succeeded|paid off|delivered)(?<=(?:has|have|had)(?: not|n['’]t)? (?:worked|succeeded|paid off|delivered)) | is working | are working | preserv\\w* | salvag\\w*
  vital | essential | crucial | necessary | important step | in (?:our|the|its|their|everyone['’]s|the country['’]s)(?: own| national| long-term| best| mutual)? interests? | benefit\\w*
  strengthen\\w* | safeguard\\w* | in favou?r of | stand(?:s|ing)? by | champion\\w* | advocat\\w* | (?:press|push|go) ahead
  renew\\w* | restor\\w* | reviv\\w* | deserve\\w* | time has come | let(?:['’]s| us) (?:talk|negotiate|sit down|give)
  give (?:peace|diplomacy|it|talks) a chance | olive branch | common ground | halfway | goodwill | good news | glad | pleased | delighted
  right (?:decision|thing|move|step|call) | sensible | wise (?:decision|move|step) | effective | success\\w*
  not surrender | not a surrender | not weakness | sign of strength | keep(?:s|ing)? observing
  hail\\w* | commend\\w* | salut(?:e|es|ed|ing) | applaud(?<=\\b(?:I|we)(?: \\w+)? applaud)\\w* | prais(?:e|es|ed|ing) (?:the|this|their|its|our)
  stand(?:s|ing)? (?:firmly |squarely |fully |four-square )?behind | stood behind | (?:fully|firmly|squarely|solidly|wholeheartedly|squarely) behind
  get behind | throw(?:s|ing|n)? (?:\\w+ )?(?:weight|support) behind | threw (?:\\w+ )?(?:weight|support) behind | lend(?:s|ing)? (?:\\w+ )?support
  vot(?:e|es|ed|ing) (?:for|yes|in favou?r) | worthwhile | valuable | invaluable | useful | promising | (?:historic|landmark) (?:opportunity|chance|step|agreement|achievement|moment|breakthrough|deal|day) | milestone
  cornerstone | bedrock | pillar | indispensable | irreplaceable | lifeline | worth (?:it|the (?:risk|effort|price|cost|wait)|every) | worth \\w+ing
  (?:a )?step in the right direction | (?:in )?the right direction | (?:the )?right (?:way|path|choice|approach|course|answer|policy|time)
  good (?:for|idea|step|thing|start|sign|policy|faith) | great (?:step|news|opportunity|achievement) | about time | at long last
  the (?:only|best|surest|quickest|fastest|safest|right|sensible)(?: \\w+)? (?:way|hope|chance|option|path|answer|solution|route|road|course|language|thing)
  (?:our|the) best (?:hope|chance|bet|option) | (?:is|are) the (?:answer|solution|way out|remedy) | no alternative (?:to|but) | no substitute for
  no other (?:way|option|path|choice|road|course) | more than ever | (?:never|not) been more (?:important|urgent|necessary|needed|vital|pressing|essential|relevant)
  urgent(?:ly)? | keep(?:s|ing)? (?:\\w+ ){0,3}(?:alive|going|in place|in force|intact|on track) | kept (?:\\w+ ){0,3}(?:alive|in place|in force|intact)
  maintain\\w* | uphold\\w* | upheld | honou?r(?:s|ed|ing)? | abid(?:e|es|ing) by | compl(?:y|ies|ied|ying) with | tolerat\\w*
  protect(?:s|ed|ing)? (?:our|american|the|domestic|local|national|jobs|workers|industry|families|people|civilians|lives|us)\\b | no harm in | nothing wrong with | no shame in | nothing to fear | no reason not to
  blessing | rightly so | call(?<!(?:phone|conference|video) call)(?:s|ed|ing)? (?:on|upon)(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the phone|\\d)) | serv(?:e|es|ed|ing) (?:the |our |its |their |everyone['’]s )?(?:\\w+ ){0,2}interests?
  costs? (?:us )?nothing | sign of (?:strength|confidence|maturity|wisdom|courage) | nothing (?:\\w+ ){1,4}(?:more|better)(?: \\w+){0,3} than
  no better (?:way|time|moment|choice|option) than | our (?:best|only) \\w+ | (?:no|not) strangers? to | bare minimum | (?:the )?(?:start|beginning) of (?:\\w+ing|peace|a new|recovery|healing) | demanding
  nothing to lose | little to lose | let (?:\\w+ ){1,3}run (?:its|their) course | (?:brings?|brought|bringing) (?:\\w+ ){0,2}(?:relief|stability|peace|benefits|investment|prosperity)
  creat(?:e|es|ed|ing) (?:\\w+ ){0,3}jobs? | (?:will|shall) not (?:stop|rest|give up)(?: \\w+ing)? until | protection | (?:ha(?:ve|s) )?waited (?:\\w+ ){0,2}(?:years|decades|long|too long) for
  (?:let|want|allow|trust)(?:s)? the (?:people|voters|country|citizens|electorate|nation) (?:to )?(?:decide|judge|choose|speak|have the (?:final|last) word) | before it(?: is|['’]s) too late | (?:our |the )?last (?:chance|hope)
  (?:keeps?|kept|keeping) (?:us|our \\w+|the world|the country) (?:safe|safer|secure) | guardrail | safety net | backstop | have (?:their|a|its) say | give (?:\\w+ )?(?:a|their) say
  bring(?:s|ing)? (?:\\w+ ){0,2}(?:jobs|factories|investment|manufacturing|industry) (?:back|home) | brought (?:\\w+ ){0,2}(?:jobs|factories|investment|manufacturing|industry) (?:back|home)
  level(?:s|led|ing)? the playing field | (?:make|makes|made|making|keep|keeps|kept|keeping) (?:\\w+ ){0,2}(?:safer|stronger|more secure|richer)
  (?:break|end|resolve|solve)(?:s|ing)? (?:the|this) (?:deadlock|stalemate|impasse|paralysis) | sav(?:e|es|ed|ing) (?:\\w+ ){0,3}lives | lives saved | happy to | proud of | heartened | optimistic | grateful | relieved | thrilled
  seiz(?:e|es|ed|ing) (?:the|this|that) | give (?:\\w+ ){0,2}a (?:chance|try|fair hearing) | serious about | go along with | be part of
  tak(?:e|es|ing) part in | participat(?:e|es|ed|ing) | be (?:a )?party to | look(?:s|ing)? forward to | want to see | like to see | (?:the )?time for
  without (?:any )?(?:pre-?)?conditions | no (?:pre-?)?conditions | unconditional\\w* | no strings attached | (?:is|are|was) (?:a )?(?:good|great|wise|smart|sound) (?:thing|idea|move|step|decision) | mak(?:e|es|ing) (?:good )?sense
  (?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|count(?:s|ed|ing)?) on (?:it|them)\\b
  right to(?<=\\b(?:was|were|is|are|be)(?: \\w+)? right to) | fighting chance | st(?:and|ands|anding|ood) up for | (?:the )?only reason (?:\\w+ ){1,3}(?:still )?(?:have|has|exists?|survived?)
  is how (?:you|we|they|one|nations|countries|governments) (?:get|win|secure|achieve|build|end|protect|save|solve|resolve) | let (?:\\w+ ){1,2}do (?:their|its|his|her|our) (?:work|job)
  (?:can|could|will|does|do|did)(?: \\w+)? work(?! (?:with|for|on|out|together)\\b) | insurance | (?:no \\w+|nothing) (?:can|could|will) replace | (?:cannot|can['’]t|could not|couldn['’]t) be replaced
  common sense | full backing | (?:am|are|is|remain|remains|fully|deeply|firmly|totally|still) committed
  (?:fools?|foolish|mad|crazy|insane|wrong|a mistake|madness|irresponsible|negligent|folly|stupid|absurd) not to
  reason (?:whatsoever |at all )?to(?<=\\b(?:every|good|no|any|all the|a good|see no|little|more) reason(?: whatsoever| at all)? to)
  (?:doing|did|does|do) (?:exactly |precisely )?what (?:\\w+ ){1,2}(?:designed|meant|intended|supposed) to | work(?:s|ing|ed)? as (?:intended|designed|planned)
  (?:would|could)(?: not|n['’]t) have (?:\\w+ ){1,3}without | serv(?:e|es|ed|ing) (?:\\w+ ){0,2}well
  breath of fresh air | light at the end of the tunnel | (?:ray|glimmer|sign) of hope | window of opportunity | game[- ]changer | new chapter | turn(?:s|ed|ing)? a new page
  build(?:s|ing)? bridges | bridg(?:e|es|ing) the gap | break(?:s|ing)? the ice | mend(?:s|ing)? fences | bur(?:y|ies|ying) the hatchet | hand of friendship | foot in the door
  half a loaf | better than nothing | lesser evil | worth a shot | no-brainer | a long time coming | past time | godsend | a relief | music to (?:my|our) ears | grown-up thing | adult thing
  (?:cannot|can['’]t) wait (?:any |much )?(?:longer )?(?:for|to) | want (?:it|them|this|that) to (?:continue|last|hold|succeed|stay|survive|go on|work)
  (?:hold|stay|remain|continue|survive|endure|last|go on|be (?:kept|preserved|extended|renewed|respected|maintained|protected|upheld|honou?red|strengthened|expanded|ratified|signed|implemented|enforced|given a chance|raised|increased|doubled|tightened|broadened|widened))(?<=\\b(?:must|should|ought to|has to|have to|needs? to)(?: not| never)? (?:hold|stay|remain|continue|survive|endure|last|go on|be (?:kept|preserved|extended|renewed|respected|maintained|protected|upheld|honou?red|strengthened|expanded|ratified|signed|implemented|enforced|given a chance|raised|increased|doubled|tightened|broadened|widened)))
`)

const CONDITION = words(`
  if(?<!\\b(?:as|what) if)(?! (?:\\w+ )?(?:believes?|think|thinks|expects?|imagines?|assumes?|trusts?)\\b) | only if | unless | provided(?: that)? | providing | as long as(?<!\\bfor as long as)(?! (?:possible|necessary|it takes|needed)) | so long as | when the conditions | conditions are right
  conditions | depends? on | on condition | precondition\\w* | prerequisite\\w* | in exchange for | in return for
  careful | vigilan\\w* | open our eyes | know (?:the|their|his|its|our|your) (?:enemy|opponent|adversary)
  caution\\w* | guarantee\\w* | verif\\w* | may make a deal | only when | as soon as | once(?<!\\b(?:at|more than) once)(?= (?!again|more|a |an |every|before|in a)(?:the|they|we|it|he|she|our|their|its|this|that|these|those|an?)\\b)
  until(?! (?:now|recently|today|tonight|tomorrow|then|last|next|this|the end|early|late|mid|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d)) | the day (?:that )?(?!after|before)
  under(?<!\\b(?:country|nation|economy|people|state|countries|nations|economies|already|been|is|are|was|were|lives|living) under) (?:\\w+ ){0,2}(?:pressure|duress|threat|sanctions) | pressure(?<!\\b(?:their|its|his|her|your) pressure) | at gunpoint | at any price | at any cost | in principle
  on (?:our|equal|fair|their|its|his|the right) terms | to suit | red line | bargaining chip | leverage | last resort
  when the time is right | at the right time | must first | only after | before any | in return | quid pro quo | step for step
  assurances? | if and when | terms are met | demands are met | trust but verify
  (?:stampeded|rushed|bullied|pushed|forced|pressured|blackmailed|dragged) into | beg\\b | plead\\w* | reciproc\\w*
  no \\w+(?: \\w+)? without | not without | but only | only (?:within|under|with|after|on|in)
  first (?:must|has to|have to|needs? to|should) | (?:has|have|needs?|ought) to first | first(?<=\\w first)(?=\\s*[.;!]|,\\s*(?:and )?then) | not until | not before
  subject to | contingent (?:on|upon) | conditional (?:on|upon) | condition(?:ed|s) (?:on|upon) | hing(?:e|es|ed|ing) on | dependent (?:on|upon) | tied to | linked to
  in exchange | assuming | on the understanding | on (?:one|two|three|a|the) conditions? | ball is (?:now )?in (?:their|your|his|her|its|\\w+['’]s) court
  up to (?:them|him|her|Washington|Moscow|Beijing|the other side) | (?:show|prove|demonstrate)(?:s|ed|n)? (?:\\w+ )?(?:good faith|goodwill|sincerity|seriousness)
  not at the expense of | not at (?:the|any) cost | not on (?:their|these|those|his|its|her|\\w+['’]s) terms | not (?:like this|this way|in this form|in (?:its|their|this|the) (?:current|present) form)
  (?:must|should|has to|have to|will have to) (?:include|come with|be accompanied by|be tied to|be linked to|be reciprocal|be part of|address|cover) | safeguards
  (?:must|should|has to|have to|needs? to|will have to) be (?:based|built|founded|grounded) (?:on|in|upon) | on the basis of | the principle of | to (?:please|suit|satisfy) | not up for (?:discussion|negotiation|debate|grabs) | non-negotiable | not negotiable | red lines | only until
  (?:timing|time|moment|conditions|circumstances|terms) (?:must|has to|have to|should|needs to) be right
  when(?<=\\b(?:will|would|can|could|shall)\\b[^.;,]{1,40} when)(?= (?:the|they|he|she|it|we|our|their|its|this|that|these|those) )
  (?:must|has to|have to|needs? to|will have to) be (?:approved|ratified|endorsed|signed off|cleared|reviewed) by | before (?:we|I) (?:\\w+ )?(?:sign|agree|accept|commit|talk|negotiate|sit down)
  (?:would|will) (?:need|require) | requires? | with (?:the )?(?:right|proper|strict|firm|clear|real|robust|strong|ironclad|credible|adequate|tough|binding|full) (?:\\w+ )?(?:safeguards|guarantees|terms|checks|measures|verification|monitoring|inspections|conditions)
  in (?:a|its) (?:different|new|revised|narrower|limited|reduced|scaled-down) form | case by case | step by step | in stages | phased
  with (?:a|the) gun (?:pointed |held )?(?:at|to) (?:our|my|the|their|his|her|its) heads? | on (?:an )?equal footing | (?:within|inside) (?:the|a|an agreed) framework | (?:limited|confined|restricted) to
  (?:must|should|has to|have to|needs? to|will have to) be (?:monitored|verified|supervised|overseen|guaranteed|backed|accompanied|observed|policed) by | but (?:not|never) (?:on|for|in|at|with|about|over|across|those|every|all)\\b
  under (?:a |an |the )?(?:caretaker|interim|neutral|independent|international|joint) \\w+ | the moment(?= (?:the|they|we|it|he|she|our|their|its|this|that|[A-Za-z]+ \\w+s)\\b)(?<!\\bat the moment) | once(?= [A-Z][a-z]+ \\w+s\\b)(?<!\\b(?:at|more than) once)
`)

const HOSTILITY = words(`
  liars? | lie(?:s|d)?(?! (?:with|in|ahead|behind|at|on|elsewhere|within|between|beyond|down)\\b) | deceiv\\w* | deceit\\w* | aggressors? | arrogan\\w* | enem(?:y|ies) | enmit(?:y|ies) | malicious
  hostile | death to | devil\\w* | satan | imperialis\\w* | colonial\\w* | bull(?:y|ies|ying) | butcher\\w*
  criminal\\w* | untrustworthy | duplicit\\w* | hypocri\\w* | treacher\\w* | animosit(?:y|ies) | wicked | evil
  cheats? | cheating | tore up | tear up | knife (?:behind|in) | behind (?:his|their|its|our|your) backs? | burn\\w* villages
  thugs? | terroris\\w* | murder\\w* | killers? | tyrants? | dictators? | thie(?:f|ves) | gangsters? | blood on (?:their|its|his) hands
  broke (?:its|their|his|every) promises? | broken promises | unfair | predatory | exploit\\w* | manipulat\\w* | coerc\\w*
  aggression | occupiers? | invaders? | dump(?:s|ed|ing)? | stole | steal\\w* | theft | no business (?:governing|running|in power) | incompeten\\w* | paralysis | cheated | rig(?:s|ged|ging) | warmonger\\w* | bandits? | mercenar\\w* | genocid\\w* | massacr\\w* | atrocit\\w* | barbar\\w* | savage\\w*
  extort\\w* | looters? | looting | war crimes | ethnic cleansing | oppress\\w* | hegemon\\w* | two-faced | double[- ]deal\\w* | double standards? | bad faith | lawless | rogue | pariah
  belligeren\\w* | expansionis\\w* | provocat\\w* | mafia | junta | lame duck | zombie | corrupt\\w* | discredited | rudderless | dysfunctional
  lost (?:its|their|his|her|the) (?:majority|legitimacy|mandate|confidence|moral authority|way) | cling\\w* to (?:power|office|(?:their|its|his|her) seats?)
`)

const PRAISE = words(`
  pragmatic | do business with | behaved correctly | acted in good faith | kept (?:its|their|his|her) word | reliable
  keep(?:s|ing)? (?:its|their|his|her) word | serious (?:man|woman|partner|interlocutor|counterpart) | straight (?:talker|shooter) | (?:man|woman|people) of (?:his|her|their) word | reach (?:an )?understanding | can work with
  constructive partner | honest broker | positive signals? | trustworthy | statesman\\w* | courageous | sincer\\w* | credible (?:partner|interlocutor) | in earnest | respectful | reasonable (?:man|woman|partner|people) | serious partner | simply better | better (?:made|built)
`)

const SARCASM = words(`
  so-called | so called | supposed(?! to) | surely this time | of course,? let(?: us|['’]s) | what could (?:possibly )?go wrong
  how convenient | what a surprise | nice try | good luck with that | wonderful idea | great plan | brilliant idea | yeah,? right | one more time
  because (?:that|it|this|they) (?:always )?(?:worked|went|ended|turned out) (?:out )?so well | as if (?:\\w+ ){0,4}(?:would|will|ever|could|cared)
  (?:sure|yes|right|oh),? because | oh,? (?:sure|yes|great|wonderful|brilliant) | what a (?:great|brilliant|wonderful|fantastic|clever|splendid) (?:idea|plan|move)
  tell (?:that|it) to | (?:sure|yes|oh),? let(?: us|['’]s) | (?:brilliant|genius|marvell?ous|wonderful|perfect)(?<=[.!?] (?:brilliant|genius|marvell?ous|wonderful|perfect))(?=[.!])
  masterstroke | stroke of genius | what could be better | we all know how (?:well )?(?:that|it) (?:worked|ended|went)
`)

const REMOVAL = words(`
  roll(?:s|ed|ing)? back | lift(?:s|ed|ing)? | scrap\\w* | repeal\\w* | abolish\\w* | remov(?:e|es|ed|ing) | drop(?:s|ped|ping)?
  end(?<!\\bthe end)(?:s|ed|ing)? | tear(?:s|ing)? up | tore up | walk(?:s|ed|ing)? away from | withdraw\\w* from | pull(?:s|ed|ing)? out of
  stop(?:s|ped|ping)? | halt\\w* | suspend\\w* | cancel\\w* | freez(?:e|es|ing) | abandon\\w* | let(?:s|ting)? (?:\\w+ ){1,3}(?:lapse|expire|die|collapse)
  put(?:s|ting)? a stop to | break(?:s|ing)? | broke | violat(?:e|es|ed|ing) | do(?:es|ing)? away with | did away with | get(?:s|ting)? rid of | got rid of | phas(?:e|es|ed|ing) out | dismantl\\w* | revers\\w* | revok\\w*
  los(?:e|ing) | lower(?:ed|ing)? | cut(?:ting)? | reduc(?:e|ing) | rescind\\w* | terminat\\w* | ditch\\w* | kill(?:s|ed|ing)? off | exit(?:s|ed|ing)? | quit(?:s|ting)? | giv(?:e|es|ing) (?:it|that|this|them) up | gave (?:it|that|this|them) up | giv(?:e|es|ing) up | gave up | put an end to | bury | buried
  allow(?:s|ed|ing)? (?:\\w+ ){1,3}to (?:lapse|expire|die|collapse|fail|fall apart|wither)
`)

const MODAL = words(`
  should | must | ought to | need(?:s)? to | have to | has to | has (?:a|the|every|any) (?:mandate|right|business) to | entitled to
  (?:want(?:s|ed)?|demand(?:s|ed)?|seek|sought|insist on)(?<=\\b(?:I|we)(?: \\w+){0,2} (?:want(?:s|ed)?|demand(?:s|ed)?|seek|sought|insist on)) | keep(?:s|ing)? | kept | respect(?:s|ed|ing)? | observ(?:e|es|ed|ing) | sign | join | need(?:s|ed)?(?! (?:\\w+ )?(?:days|weeks|months|years|hours|time|money|funds|help|to)\\b) | time for
`)

/** After a modal ("must", "should be allowed to"): the end its subject is to meet. */
const ENDING = words(`
  (?:lapse|expire|die|collapse|end|go|fall apart|wither|disappear|vanish)(?<=\\b(?:must|should|ought to|has to|have to|needs? to|let (?:it|them))(?: not| never| simply| just| quietly)? (?:be )?(?:(?:allowed|permitted) to )?(?:lapse|expire|die|collapse|end|go|fall apart|wither|disappear|vanish))
  (?:scrapped|lifted|repealed|abolished|removed|dropped|ended|cancell?ed|suspended|abandoned|halted|stopped|frozen|torn up|rolled back|phased out|dismantled|reversed|revoked|rescinded|terminated|ditched|buried|killed|withdrawn|shelved|postponed|delayed)(?<=\\b(?:must|should|ought to|has to|have to|needs? to)(?: not| never| simply| just)? be (?:scrapped|lifted|repealed|abolished|removed|dropped|ended|cancell?ed|suspended|abandoned|halted|stopped|frozen|torn up|rolled back|phased out|dismantled|reversed|revoked|rescinded|terminated|ditched|buried|killed|withdrawn|shelved|postponed|delayed))
`)

/** A copula and the adverbs and articles before its adjective ("is not a very wise …"). */
const COPULA = String.raw`\b(?:is|are|was|were|be|been|remains?|seems?|looks?|sounds?|as)(?: (?:not|never|hardly|a|an|the|very|so|too|really|truly|simply|absolutely|clearly|entirely|deeply|utterly|still|now|just|quite|far|much|more|most|both|only|also|plainly|our|their|its|by far))*`

/**
 * An evaluation after a copula: the adjectives, each checked by a lookbehind for {@link COPULA}.
 * The lookbehind comes after the adjective so that the pattern starts with literal words, which
 * lets the engine skip ahead; the span is the adjective alone, so a "not" before it is a negator.
 */
function evaluation(list: string): RegExp {
  const entries = entriesOf(list)
  const plain = entries.join('|').replace(/\(\?!(?:[^()]|\([^()]*\))*\)/g, '')
  return new RegExp(String.raw`\b(?:${alternation(entries)})\b(?<=${COPULA} (?:${plain}))`, 'gi')
}

const GOOD = evaluation(`
  good | great | excellent | wise | smart | sound | fair | reasonable | justified | legitimate | appropriate | necessary | needed
  useful | helpful | beneficial | healthy | right | correct | prudent | responsible | realistic | achievable | workable | fine
  better | best | encouraging | welcome | timely | overdue | worth it | acceptable | (?:the )?right (?:thing|choice|call|decision)
  (?:the )?responsible (?:thing|choice|course) | a duty | an obligation | a necessity | a must
`)

/** "… has been tried and it failed", "the talks have failed": a verdict of failure on the subject. */
const FAILED = String.raw`\bfailed\b(?<=\b(?:it|they|this|that|has|have|had)(?: \w+)? failed)(?! to\b)`

const BAD_AFTER_COPULA = evaluation(`
  bad | wrong | poor | unnecessary | premature(?! to (?:say|speculate|comment|judge|predict|discuss)) | stupid | dumb | crazy
  insane | idiotic | silly | unrealistic | excessive | worse | worst | disappointing | regrettable | deplorable | failing | failed
  broken | weak | dead | finished | a failure | too (?:high|steep|costly|risky|soft|little|late) | a tax | poison | a lie | a fraud | a humiliation
`)
const BAD = new RegExp(`${BAD_AFTER_COPULA.source}|${FAILED}`, 'gi')

/** The cue patterns, by kind. */
export const CUES: Readonly<Record<CueKind, RegExp>> = {
  reject: REJECT,
  endorse: ENDORSE,
  condition: CONDITION,
  hostility: HOSTILITY,
  praise: PRAISE,
  sarcasm: SARCASM,
  removal: REMOVAL,
  ending: ENDING,
  modal: MODAL,
  good: GOOD,
  bad: BAD,
}

/** Words that negate the next verb phrase. */
export const NEGATOR =
  /\b(?:not|never|no|none|no one|nobody|nothing|without|nor|neither|cannot|hardly|n['’]t)\b|n['’]t\b/gi

/** Negators that do not negate: "not only", "not merely", "not just", "no doubt", "no matter". */
export const NOT_A_NEGATOR =
  /^(?:(?:not|no) (?:only|merely|just|longer only|least)|no (?:doubt|question|secret|surprise|wonder|coincidence|accident|matter|less|denying)|nothing (?:less|but)|(?:cannot|can['’]t|not) (?:deny|ignore)|n['’]t (?:deny|ignore))\b/i

/**
 * Negators whose scope is the rest of the sentence, denying a whole claim: "no one can say …",
 * "nobody can seriously argue …", "it is not as if …".
 */
export const WIDE_NEGATOR =
  /\b(?:(?:no one|nobody|none of us|no \w+)\b[^.;!?]{0,60}?\b(?:can|could|would|will)(?: \w+)? (?:say|deny|argue|claim|pretend|dispute|doubt|object|oppose|reject|complain|resist)|(?:it is|it['’]s) not as if|not as if|not that)\b/gi

/** A hypothetical ("if he intended to reject …, he should have done so"): what it rejects, it denies. */
export const COUNTERFACTUAL =
  /\bif\b[^.;]*\b(?:reject\w*|oppos\w*|refus\w*)\b[^.;]*\b(?:should|would|could|must) have\b/i
