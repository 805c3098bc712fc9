/**
 * Words as the stories module compares them: accents folded, lower case, apostrophes unified;
 * contractions expanded and a light stemmer for statement matching.
 * @module
 */

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu

/** Lower case, accents removed, curly apostrophes made straight. Changes the length: compare only. */
export function foldText(text: string): string {
  // ASCII and typographic punctuation (curly quotes, dashes) need no decomposition: most English
  // text skips the costly part
  const decomposed = /[^\x00-\x7f\u2000-\u206f]/.test(text)
    ? text.normalize('NFKD').replace(/\p{M}+/gu, '')
    : text
  return decomposed.toLowerCase().replace(/[’‘ʼ`]/g, "'")
}

/**
 * The words of a text, folded; punctuation and symbols dropped.
 * @example wordsOf('“Iran’s hand,” he said.') // ["iran's", 'hand', 'he', 'said']
 */
export function wordsOf(text: string): string[] {
  return foldText(text).match(WORD) ?? []
}

const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/^won't$/, 'will not'],
  [/^can't$/, 'can not'],
  [/^shan't$/, 'shall not'],
  [/^(\w+)n't$/, '$1 not'],
  [/^(\w+)'re$/, '$1 are'],
  [/^(\w+)'ll$/, '$1 will'],
  [/^(\w+)'ve$/, '$1 have'],
  [/^(\w+)'m$/, '$1 am'],
  [/^(\w+)'d$/, '$1 would'],
  [/^(\w+)'s$/, '$1'],
]

/** "don't" → "do not", "Iran's" → "iran": one wording of a statement against another. */
export function expandContraction(word: string): string[] {
  if (!word.includes("'")) return [word]
  for (const [re, to] of CONTRACTIONS) if (re.test(word)) return word.replace(re, to).split(' ')
  return [word.replace(/'/g, '')]
}

/**
 * A light English stem for matching wordings, applied the same on both sides: British spellings
 * folded (-our, -ise), then one inflection stripped (-ies, -ing, -ed, -es, -s, -ly).
 * @example stem('negotiations') === stem('negotiation') // true
 */
export function stem(word: string): string {
  if (word.length <= 3) return word
  let w = word
  if (w.includes('is')) w = w.replace(/isation(s?)$/, 'ization$1').replace(/is(e|ed|es|ing)$/, 'iz$1')
  if (w.includes('our')) w = w.replace(/our(s?)$/, 'or$1')
  if (w.endsWith('ss')) return w
  // the shortest stem of three letters or more before one of the endings
  for (let i = Math.max(3, w.length - 3); i < w.length; i++) {
    const rest = w.slice(i)
    if (INFLECTIONS.has(rest)) return rest === 'ies' ? `${w.slice(0, i)}y` : w.slice(0, i)
  }
  return w
}

const INFLECTIONS: ReadonlySet<string> = new Set(['ies', 'ing', 'ed', 'es', 's', 'ly'])

/** Words of a statement for matching: contractions expanded, stemmed. */
export function statementWords(text: string): string[] {
  return wordsOf(text).flatMap(expandContraction).map(stem)
}

/** Function words: never keywords, never enough on their own to match two statements. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say told tells according added adds also would
  one two three new mr mrs ms dr last first year years week day days time since still even however
  may might must shall us like well many much per cent percent`.split(/\s+/),
)

/** True for a word that can carry meaning on its own: not a function word, not a bare number. */
export const isContentWord = (w: string): boolean => {
  const first = w.charCodeAt(0)
  return w.length > 2 && !STOPWORDS.has(w) && !(first >= 48 && first <= 57 && /^\d+$/.test(w))
}
