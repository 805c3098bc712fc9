import type { Region } from '../../core/index.ts'
import { diagnostic } from '../../core/index.ts'
import type { CleanStep } from './clean-step.ts'

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '))

/**
 * Frequent function words of the Latin-script languages news most often comes in. Every language
 * uses them in every article whatever its subject, so their share of the tokens identifies the
 * language even in copy crowded with foreign names.
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(
    'the of and to in is that for on with said was as it by at from he his her are were has have had be been this which an a not but they their its who will would or after about than also she we our',
  ),
  fr: words(
    'le la les des du de un une et est que qui dans pour pas sur au aux avec ce cette il elle ne se sont ont été mais par plus son sa ses leur l d qu n selon',
  ),
  de: words(
    'der die das und ist nicht mit den dem des ein eine einen zu von auf für sich auch es im sie er wir hat haben wird wurde dass nach bei aus oder aber',
  ),
  es: words(
    'el la los las de del y que en un una es por con para se no su sus al lo como más pero fue ha han este esta según',
  ),
  it: words(
    'il lo la gli le di del della dei che e è un una per con non si da nel nella sono ha anche ma come al alla',
  ),
  pt: words('o os a as de do da dos das e que em no na um uma é para com não se por foi mais ao à seu sua'),
  nl: words(
    'de het een en van in is dat op te met voor niet zijn er aan ook als bij door maar om wordt werd heeft hij ze naar',
  ),
}

/** How much of the article the guess reads. */
const SAMPLE_CHARS = 3000
/** Below this share of function words a Latin-script text is in none of the languages above. */
const MIN_SHARE = 0.08
/** Shorter texts are too short to judge; news in Latin script is most likely English. */
const MIN_WORDS = 15

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0

/** Non-Latin scripts and the language each most likely means in news copy. */
const SCRIPTS: readonly {
  /** Global, for counting. */
  readonly pattern: RegExp
  readonly guess: (letters: string) => string
}[] = [
  { pattern: /\p{Script=Arabic}/gu, guess: guessArabicScript },
  { pattern: /\p{Script=Cyrillic}/gu, guess: (s) => (/[іїєґ]/iu.test(s) ? 'uk' : 'ru') },
  { pattern: /\p{Script=Han}/gu, guess: () => 'zh' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, guess: () => 'ja' },
  { pattern: /\p{Script=Hangul}/gu, guess: () => 'ko' },
  { pattern: /\p{Script=Hebrew}/gu, guess: () => 'he' },
  { pattern: /\p{Script=Greek}/gu, guess: () => 'el' },
  { pattern: /\p{Script=Devanagari}/gu, guess: () => 'hi' },
  { pattern: /\p{Script=Thai}/gu, guess: () => 'th' },
]

/** Persian and Urdu write yeh and keheh with their own letters (ی ک), Arabic with ي ك. */
function guessArabicScript(s: string): string {
  if (/[ےٹڈڑں]/u.test(s)) return 'ur'
  const persian = s.match(/[یکپچژگ]/gu)?.length ?? 0
  const arabic = s.match(/[يكة]/gu)?.length ?? 0
  return persian > arabic ? 'fa' : 'ar'
}

function guessLatin(tokens: readonly string[]): string {
  if (tokens.length < MIN_WORDS) return 'en'
  let best = 'und'
  let bestShare = MIN_SHARE - Number.EPSILON
  // English is listed first and wins ties.
  for (const [language, set] of Object.entries(FUNCTION_WORDS)) {
    const share = tokens.filter((t) => set.has(t)).length / tokens.length
    if (share > bestShare) {
      best = language
      bestShare = share
    }
  }
  return best
}

/**
 * The language of a text: by script when most letters are not Latin, else by the share of function
 * words. 'und' when nothing fits.
 * @example guessLanguage('Le ministre a déclaré que les négociations ...') // 'fr'
 */
export function guessLanguage(text: string): string {
  // mostly ASCII: Latin script for sure, and the costly per-script counts can be skipped
  if (count(text, /[^\x00-\x7f]/g) * 10 < text.length) {
    if (!/[a-z]/i.test(text)) return 'und'
    return guessLatin(text.toLowerCase().match(/\p{L}+/gu) ?? [])
  }
  const letters = count(text, /\p{L}/gu)
  if (letters === 0) return 'und'
  if (count(text, /\p{Script=Latin}/gu) * 2 < letters) {
    let top: (typeof SCRIPTS)[number] | undefined
    let topCount = 0
    for (const script of SCRIPTS) {
      const n = count(text, script.pattern)
      if (n > topCount) [top, topCount] = [script, n]
    }
    return top ? top.guess(text) : 'und'
  }
  return guessLatin(text.toLowerCase().match(/\p{L}+/gu) ?? [])
}

/** The text outside regions: boilerplate, embeds and captions say nothing about the article's language. */
function unclaimedText(text: string, regions: readonly Region[]): string {
  const parts: string[] = []
  let cursor = 0
  for (const r of regions) {
    parts.push(text.slice(cursor, r.span.start))
    cursor = Math.max(cursor, r.span.end)
  }
  parts.push(text.slice(cursor))
  return parts.join('\n')
}

/** Sets the article's language; anything but English gets LANGUAGE_UNSUPPORTED. */
export const detectLanguage: CleanStep = ({ text, regions }) => {
  // the first few thousand characters tell the language as well as the whole article does
  const language = guessLanguage(unclaimedText(text, regions).slice(0, SAMPLE_CHARS))
  // A text without letters is empty or binary; the reader has already said so.
  if (language === 'en' || !/\p{L}/u.test(text)) return { language }
  const guess = language === 'und' ? 'no language could be determined' : `it looks like '${language}'`
  const message = `The article does not look like English (${guess}); nothing was extracted.`
  return { language, diagnostics: [diagnostic('LANGUAGE_UNSUPPORTED', 'language', { message })] }
}
