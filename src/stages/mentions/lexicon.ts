/**
 * Default word lists for finding people, titles and institutions. They describe how news writes
 * about officials in general (role nouns, honorifics, institution words, country names), never a
 * particular article. Frozen: stages must not change them.
 */

const set = (words: string): ReadonlySet<string> => Object.freeze(new Set(words.trim().split(/\s+/)))

/** Nouns that head a role: "Foreign Minister", "deputy speaker", "an influential MP". Lower case. */
export const ROLE_HEADS = set(`
  president vice-president premier minister secretary chancellor chairman chairwoman chair chairperson
  spokesman spokeswoman spokesperson leader speaker deputy commentator analyst advisor adviser aide
  ambassador envoy diplomat negotiator senator congressman congresswoman congressmember representative
  lawmaker legislator mp mps governor mayor king queen prince princess emir sheikh sultan monarch
  ayatollah cleric imam mullah cardinal bishop pope rabbi pastor reverend general commander chief
  colonel lieutenant captain admiral marshal sergeant officer director head founder ceo executive
  official officials judge justice prosecutor attorney lawyer professor researcher scholar expert
  economist strategist pollster editor columnist journalist reporter correspondent candidate nominee
  activist campaigner member members chief-of-staff manager coordinator inspector commissioner
  delegate councillor councilor counselor counsellor attaché consul prosecutor-general analysts
  observer observers researcher fellow historian spokespeople presenter host anchor critic critics
  politician politicians diplomat diplomats minister-designate supremo boss whip
`)

/** Abbreviated honorifics and titles written before a name. Lower case, with their dot. */
export const TITLE_ABBREVIATIONS = set(`
  mr. mrs. ms. dr. prof. sen. rep. gov. lt. gen. col. capt. adm. sgt. maj. rev. amb. pres. hon. cmdr. atty. supt. insp. mr mrs ms dr
`)

/** Honorifics that are part of how a person is named but not a role: dropped from the name's core. */
export const HONORIFICS = set(`
  mr. mrs. ms. dr. mr mrs ms dr sir dame lord lady seyyed sayyid sayed hojatoleslam hojjatoleslam
`)

/** Words that make a capitalised phrase an institution rather than a person. Lower case. */
export const ORG_WORDS = set(`
  ministry department agency office council committee commission party parliament congress senate
  assembly majles majlis duma knesset cabinet government administration court tribunal army navy
  force forces corps guard guards police bank fund union association organization organisation
  institute institution university college foundation company corporation inc. ltd. group network
  news times post journal press agency media tv television radio service services bureau board
  authority authorities mission embassy consulate presidency kremlin pentagon white house state
  movement front alliance coalition league federation federal republic regime campaign center centre
  school church mosque society club federation
`)

/**
 * Portfolios and jurisdictions named after "<role> of" in a title: "Secretary of State", "Minister
 * of Foreign Affairs", "Secretary of Homeland Security". Lower case.
 */
export const PORTFOLIO_WORDS = set(`
  state defense defence treasury justice interior commerce labor labour energy education health
  agriculture transportation transport homeland security veterans affairs housing finance foreign
  home trade culture war navy economy environment communications information intelligence
`)

/** Determiners, prepositions and the like that start a sentence in capitals but never a name. */
export const NOT_NAME_WORDS = set(`
  the a an this that these those his her its their our my your during following after before
  despite although though while when where if but and or as at by for from in into of on to with
  without even also yet so however meanwhile still some many most all any each every both either
  neither no not one two three it he she they we i you who what which why how there here then thus
  sitting over under about against among between beyond within since until like unlike behind
`)

/**
 * Conjunctions, prepositions and auxiliaries that a title-case headline or a dash capitalises in
 * front of a name ("Why Iowa Matters If Obama …", "— If Donald Trump fails"): never a name's
 * first word. Determiners are not here: "The Washington Post" keeps its article.
 */
export const LEADING_FUNCTION_WORDS = set(`
  if while when whenever where whether but and or nor as although though because since until unless
  then thus however meanwhile still yet so now is are was were has have had does did for from with
  on in at by of to into onto over under about after before during despite against among between
`)

/** Months and weekdays: capitalised, never names. */
export const DATE_WORDS = set(`
  january february march april may june july august september october november december jan. feb. mar.
  apr. jun. jul. aug. sep. sept. oct. nov. dec. monday tuesday wednesday thursday friday saturday sunday
`)

/** Particles that may sit inside a name: "Bashar al-Assad", "Ursula von der Leyen". */
export const NAME_PARTICLES = set(
  `al el bin ibn bint abu de del della der di da dos du la le van von ul ud ben`,
)

/** Countries, capitals and regions news names often; a place is not a person. Lower case. */
export const PLACES = set(`
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
  belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chad chile china
  colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea estonia ethiopia
  europe finland france georgia germany ghana greece guatemala haiti honduras hungary iceland india
  indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea kosovo kuwait
  kyrgyzstan laos latvia lebanon libya lithuania luxembourg macedonia malaysia mali malta mexico
  moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger
  nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar
  romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland
  syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay
  uzbekistan venezuela vietnam yemen zambia zimbabwe america u.s. us usa uk u.k. eu u.n.
  washington moscow beijing tehran london paris berlin brussels kyiv kiev jerusalem gaza cairo
  riyadh baghdad damascus beirut ankara istanbul doha dubai tokyo seoul pyongyang delhi new
  islamabad kabul mashhad qom isfahan tabriz shiraz geneva vienna rome madrid warsaw budapest
  davos caracas havana ottawa canberra sanaa tripoli khartoum nairobi lagos johannesburg
  west east north south middle asia africa gulf mideast levant caucasus crimea donbas
  california texas florida ohio virginia iowa michigan pennsylvania georgia arizona nevada york
`)

/** Subject pronouns that can name a speaker. */
export const SUBJECT_PRONOUNS = set(`he she they`)
