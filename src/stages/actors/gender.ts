/**
 * Grammatical gender evidence for pronoun resolution ("she said" never goes to a man the article
 * calls "Mr."). Only evidence the text gives: honorifics, gendered role nouns, and common given
 * names (a short general list, as rule-based coreference systems use). Unknown stays unknown.
 */
export type Gender = 'female' | 'male'

const set = (s: string): ReadonlySet<string> => Object.freeze(new Set(s.trim().split(/\s+/)))

const FEMALE_WORDS = set(`
  mrs mrs. ms ms. miss madam madame lady dame queen princess duchess empress sister mother wife daughter
  grandmother aunt niece widow woman girl spokeswoman congresswoman chairwoman businesswoman
  councilwoman assemblywoman actress congresswomen sen.-elect first-lady
`)
const MALE_WORDS = set(`
  mr mr. sir lord king prince duke emperor brother father husband son grandfather uncle nephew widower
  man boy spokesman congressman chairman businessman councilman assemblyman actor sheikh ayatollah
  imam pope cardinal monsignor
`)
const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura
  sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
  christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
  olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances
  gloria ann teresa kathryn sara janice alice madison doris abigail julia judy grace denise amber
  marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis
  kayla hillary nikki elizabeth kamala nancy condoleezza madeleine theresa angela ursula marine giorgia
  jacinda benazir indira golda aung sanaz fatemeh zahra maryam fatima leila narges shirin
  masih elham mahsa nasrin marzieh azadeh parisa ana sofia lucia elena olga irina tatiana svetlana natalia
  yulia anastasia ekaterina jill michele loretta elena ivanka melania chelsea sarah huckabee kellyanne
  hope kirsten tulsi elise liz susan dianne debbie betsy nikki ilhan rashida alexandria ayanna janet
  gina wendy tammy maxine marsha
`)
const MALE_NAMES = set(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
  jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
  zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
  carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan
  wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitt ted
  marco jeb chris mike rand newt rick lindsey bill hunter kevin mitch chuck vladimir xi emmanuel boris
  olaf recep benjamin bibi narendra justin ali hassan hossein mohammad muhammad mohammed ahmad ahmed
  mahmoud abbas hamid reza javad masoud ebrahim mohsen akbar mehdi saeed hamed majid morteza
  mojtaba yahya kazem gholam abdullah abdul omar osama bashar recep sergei sergey dmitry dmitri alexei
  igor viktor volodymyr petro jong moon shinzo fumio yoshihide nicolas jair luiz andres javier
`)

/** Gender evidence in one word (lower case, with its dot): an honorific, a role noun or a given name. */
export function genderOfWord(word: string): Gender | undefined {
  const w = word.toLowerCase()
  if (FEMALE_WORDS.has(w)) return 'female'
  if (MALE_WORDS.has(w)) return 'male'
  return undefined
}

/** Gender evidence in a name: its first part as a given name. */
export function genderOfName(name: string): Gender | undefined {
  const first = name.toLowerCase().split(/[\s-]+/)[0] ?? ''
  if (FEMALE_NAMES.has(first)) return 'female'
  if (MALE_NAMES.has(first)) return 'male'
  return undefined
}
