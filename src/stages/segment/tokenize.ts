import type { Token } from '../../core/index.ts'

/**
 * Abbreviations that keep their full stop: titles, months, and a few others news uses. Lower case.
 * A token ending in one of these is never where a sentence ends before a capital.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr sen rep gov gen lt col sgt capt adm cmdr maj prof rev sr jr st ft mt jan feb mar apr
  jun jul aug sep sept oct nov dec no nos vol pres amb atty supt insp inc ltd co corp bros vs etc approx
  dept est fig univ assn ave blvd`
    .split(/\s+/)
    .filter(Boolean),
)

const LETTER = /[\p{L}\p{M}]/u
const UPPER = /\p{Lu}/u
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 10 ||
  c === 9 ||
  c === 13 ||
  c === 160 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x3000 ||
  c === 0xfeff
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (isAsciiLetter(c)) return true
  return c > 127 && LETTER.test(text[i]!)
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019
const PUNCT = new Set('.,;:!?…"“”‘’\'«»„‹›()[]{}-–—‐‑/')
const URL_END = /[\s"“”<>]/
const URL_TRIM = /[.,;:!?)\]'’]+$/

/** Length of a clitic at i ("’s", "'re", "n’t"), or 0. Penn treebank and wink-nlp split them off. */
function cliticAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if ((c === 110 || c === 78) && isApostrophe(text.charCodeAt(i + 1)) && /[tT]/.test(text[i + 2] ?? '')) {
    return isLetterAt(text, i + 3) ? 0 : 3
  }
  if (!isApostrophe(c)) return 0
  for (const ending of ['s', 're', 've', 'll', 'd', 'm']) {
    if (
      text.slice(i + 1, i + 1 + ending.length).toLowerCase() === ending &&
      !isLetterAt(text, i + 1 + ending.length)
    ) {
      return 1 + ending.length
    }
  }
  return 0
}

/** Length of the word at i: letters, digits, an apostrophe before a capital (O'Donnell), stopping before "n’t". */
function wordAt(text: string, i: number): number {
  let j = i + 1
  for (;;) {
    const c = text.charCodeAt(j)
    if (j >= text.length) break
    if ((c === 110 || c === 78) && cliticAt(text, j) === 3) break
    if (isAsciiLetter(c) || isDigit(c) || (c > 127 && LETTER.test(text[j]!))) j++
    else if (isApostrophe(c) && UPPER.test(text[j + 1] ?? '')) j++
    else break
  }
  // a dotted abbreviation (U.S., N.Y.) or a word that keeps its stop (Sen., Feb., E.)
  if (text.charCodeAt(j) === 46) {
    let k = j
    while (text.charCodeAt(k) === 46 && isLetterAt(text, k + 1) && text.charCodeAt(k + 2) === 46) k += 2
    if (k > j && j - i === 1) return k + 1 - i
    const bare = text.slice(i, j)
    if (ABBREVIATIONS.has(bare.toLowerCase()) || (j - i === 1 && UPPER.test(bare))) return j + 1 - i
  }
  return j - i
}

/** Length of the number at i: digits with inner , . : and an ordinal or plural ending. */
function numberAt(text: string, i: number): number {
  let j = i
  while (isDigit(text.charCodeAt(j))) {
    j++
    const c = text.charCodeAt(j)
    if ((c === 44 || c === 46 || c === 58) && isDigit(text.charCodeAt(j + 1))) j++
  }
  const ending = /^(st|nd|rd|th|s)(?![\p{L}])/u.exec(text.slice(j, j + 3))
  return j - i + (ending ? ending[0].length : 0)
}

/** Length of the token at i and its kind. */
function tokenAt(text: string, i: number): [number, Token['kind']] {
  const c = text.charCodeAt(i)
  const rest = text.slice(i, i + 8)
  if ((c === 104 && /^https?:\/\//.test(rest)) || (c === 119 && rest.startsWith('www.'))) {
    let j = i
    while (j < text.length && !URL_END.test(text[j]!)) j++
    const url = text.slice(i, j).replace(URL_TRIM, '')
    if (url.length > 7) return [url.length, 'word']
  }
  if ((c === 64 || c === 35) && /[\p{L}\p{N}_]/u.test(text[i + 1] ?? '')) {
    let j = i + 1
    while (j < text.length && /[\p{L}\p{N}_]/u.test(text[j]!)) j++
    return [j - i, 'word']
  }
  if (isDigit(c)) return [numberAt(text, i), 'number']
  const clitic = cliticAt(text, i)
  if (clitic) return [clitic, 'word']
  if (isLetterAt(text, i)) return [wordAt(text, i), 'word']
  if (c === 46 && text.startsWith('...', i)) return [3, 'punct']
  if ((c === 39 && text.charCodeAt(i + 1) === 39) || (c === 96 && text.charCodeAt(i + 1) === 96))
    return [2, 'punct']
  if (c === 45 && text.charCodeAt(i + 1) === 45) return [2, 'punct']
  const ch = text[i]!
  if (PUNCT.has(ch)) return [1, 'punct']
  // a character outside the basic plane is two code units: never split it
  return [c >= 0xd800 && c <= 0xdbff ? 2 : 1, 'symbol']
}

/**
 * Splits text into tokens with exact offsets: a single hand-written scan, the benchmark's
 * "tokenisation alone". Clitics are split off as wink-nlp and the Penn treebank do ("he" + "’s",
 * "do" + "n’t"), hyphens stand alone, and URLs, handles, hashtags, numbers and dotted
 * abbreviations stay whole. Part-of-speech tags are another stage's layer.
 * @example tokenize('Sen. Roe said no.').map((t) => t.kind) // ['word', 'word', 'word', 'word', 'punct']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  let at = 0
  while (at < text.length) {
    if (isSpace(text.charCodeAt(at))) {
      at++
      continue
    }
    const [length, kind] = tokenAt(text, at)
    out.push({ span: { start: at, end: at + length }, kind })
    at += length
  }
  return out
}
