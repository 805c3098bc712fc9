import { ENDS_WITH_DATE, isDateOnly } from './date-words.ts'
import { countWords, endsLikeSentence, endsWithQuote } from './lines.ts'

/** Words that describe a photograph rather than report: positions, poses, "is seen", "during a meeting". */
const SCENE_CUES: readonly RegExp[] = [
  /\((?:left|right|centre|center|front|back|top|bottom|l|r|c|(?:second|2nd|third|3rd) (?:from )?(?:left|right))\)/iu,
  /\b(?:is|are|was|were) (?:seen|pictured|shown)\b/iu,
  /\bduring (?:a|an|the|his|her|their) (?:[\p{L}-]+ )?(?:meeting|rally|protest|ceremony|visit|news conference|press conference|funeral|parade|session|speech|summit|gathering|demonstration|event|talks)\b/iu,
  /\b(?:pictured|poses|posing|gestures|gesturing|looks on|waves to|arrives (?:at|for)|attends|shakes hands|take part in|takes part in)\b/iu,
  /^(?:an? )?(?:scene|view|picture|photo|photograph|image|handout (?:photo|picture)|file photo|general view|aerial view|still image) (?:from|of|shows|taken)\b/iu,
  /\b(?:file photo|handout (?:photo|picture|image)|in this (?:photo|picture|image|handout|file photo|screen ?grab))\b/iu,
]

/** A photo credit closing a line: "(Photo: Reuters)", "(AP Photo/Vahid Salemi)", "REUTERS/Name". */
const ENDS_WITH_CREDIT =
  /(?:\((?:[\p{L} .&-]{0,30}\s)?(?:photo|photograph|picture|image|file photo)s?(?: credit)?\s*(?:[:/]|by\b)[^)]{1,80}\)|\b(?:photo|photograph)\s*:\s*[^.:]{1,60}|\b(?:REUTERS|AFP|AP|EPA)\/[\p{L} .'-]{1,40})$/iu

/** Every credit names a photo or an agency: a cheap test before the full pattern. */
const CREDIT_WORD = /photo|picture|image|reuters|afp|\bap\b|epa/i

const MAX_CAPTION_WORDS = 60
const MIN_CAPTION_WORDS = 4

export const hasSceneCue = (line: string): boolean => SCENE_CUES.some((p) => p.test(line))
/** A credit is short: only a line's tail is searched, so that long paragraphs cost nothing. */
export const endsWithCredit = (line: string): boolean => {
  const tail = line.slice(-200)
  return CREDIT_WORD.test(tail) && ENDS_WITH_CREDIT.test(tail)
}

/** A line that closes with a date and no full stop, as captions do; a bare dateline is not one. */
export const endsWithDate = (line: string): boolean =>
  ENDS_WITH_DATE.test(line) && !isDateOnly(line) && countWords(line) >= 6

/**
 * True when a line reads as a photo caption. Captions are short, end without a closing quotation mark,
 * and either close with a credit, or lack final punctuation and describe a scene or close with a date.
 * A `repeated` line (the same text occurs twice) needs less: any unpunctuated line qualifies, since
 * repeating a caption as alt text is the usual reason for a duplicate.
 * @example looksLikeCaption('Protesters gather in Paris on March 3, 2024') // true
 */
export function looksLikeCaption(
  line: string,
  opts: { repeated?: boolean; nearCredit?: boolean } = {},
): boolean {
  const words = countWords(line, MAX_CAPTION_WORDS)
  if (words < MIN_CAPTION_WORDS || words > MAX_CAPTION_WORDS || endsWithQuote(line)) return false
  if (endsWithCredit(line)) return true
  if (endsLikeSentence(line)) return false
  return Boolean(opts.repeated || opts.nearCredit) || hasSceneCue(line) || endsWithDate(line)
}
