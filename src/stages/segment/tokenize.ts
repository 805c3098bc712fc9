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

/**
 * One alternative per token shape, tried in order at each position (sticky regex). Clitics are split
 * off as wink-nlp and the Penn treebank do ("he" + "’s", "do" + "n’t"), hyphens stand alone, and
 * URLs, handles, hashtags, numbers and dotted abbreviations stay whole.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s"“”<>]+[^\s"“”<>.,;:!?)\]'’]|www\.[^\s"“”<>]+[^\s"“”<>.,;:!?)\]'’])`,
    String.raw`(?<tag>[@#][\p{L}\p{N}_]+)`,
    String.raw`(?<dotted>(?:\p{L}\.){2,})`,
    String.raw`(?<number>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)`,
    String.raw`(?<negation>n['’]t(?![\p{L}]))`,
    String.raw`(?<clitic>['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)(?![\p{L}]))`,
    String.raw`(?<word>[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{Lu})|\.(?=\p{L}\.))*?(?=n['’]t(?![\p{L}]))|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{Lu}))*\.?)`,
    String.raw`(?<punct>\.\.\.|''|\x60\x60|--|[.,;:!?…"“”‘’'«»„‹›()[\]{}\-–—‐‑/])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'uy',
)

/** Does a word keep the full stop it ends with? Only abbreviations and single initials do. */
function keepsStop(word: string): boolean {
  const bare = word.slice(0, -1)
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare)
}

/**
 * Splits text into tokens with exact offsets. Pure and fast (a single sticky regex pass): the
 * benchmark's "tokenisation alone". Part-of-speech tags are another stage's layer.
 * @example tokenize('Sen. Roe said no.').map((t) => t.kind) // ['word', 'word', 'word', 'word', 'punct']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const re = new RegExp(TOKEN.source, TOKEN.flags)
  let at = 0
  while (at < text.length) {
    const c = text.charCodeAt(at)
    if (
      c === 32 ||
      c === 10 ||
      c === 9 ||
      c === 13 ||
      c === 160 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x3000
    ) {
      at++
      continue
    }
    re.lastIndex = at
    const m = re.exec(text)
    if (!m?.groups) {
      at++
      continue
    }
    const g = m.groups
    let value = m[0]
    if (g.word !== undefined && value.endsWith('.') && !keepsStop(value)) value = value.slice(0, -1)
    const kind: Token['kind'] =
      g.number !== undefined
        ? 'number'
        : g.punct !== undefined
          ? 'punct'
          : g.symbol !== undefined
            ? 'symbol'
            : 'word'
    out.push({ span: { start: at, end: at + value.length }, kind })
    at += value.length
  }
  return out
}
