import type { Embed, Region, Span } from '../../core/index.ts'
import type { CleanStep } from './clean-step.ts'
import { isoDate, MONTH_PATTERN } from './date-words.ts'
import type { Line } from './lines.ts'
import { regionOverlapping } from './regions.ts'

/** The end of a post's signature: "(@handle) January 29, 2025". */
const SIGNATURE_TAIL = new RegExp(
  String.raw`\(\s*(@\w{1,30})\s*\)\s*(${MONTH_PATTERN})\.?\s+(\d{1,2}),?\s+(\d{4})$`,
  'iu',
)
/**
 * What precedes the signature's dash (greedy, so the last dash wins), and the author after it.
 * A hyphen counts as the dash only after a space: "NCRI-FAC" is one name.
 */
const SIGNATURE_HEAD = /^(.*)(?:[—–]|(?<!\S)--?)\s*([^—–()]{1,80}?)\s*$/u

/** Where a signature starts in its line, and what it says. */
export interface Signature {
  /** Offset of the dash within the line. */
  readonly at: number
  readonly author: string | null
  readonly handle: string
  readonly date: string | null
}

/**
 * Reads an embedded post's signature at the end of a line: "— Name (@handle) Month D, YYYY".
 * @example parseSignature('— Jane Doe (@janedoe) March 3, 2024')?.date // '2024-03-03'
 */
export function parseSignature(line: string): Signature | undefined {
  const tail = SIGNATURE_TAIL.exec(line)
  if (!tail) return undefined
  const head = SIGNATURE_HEAD.exec(line.slice(0, tail.index))
  if (!head) return undefined
  const author = head[2]!.trim()
  if (/:\/\//u.test(author)) return undefined
  return {
    at: head[1]!.length,
    author: author === '' ? null : author,
    handle: tail[1]!,
    date: isoDate(tail[2]!, tail[3]!, tail[4]!),
  }
}

/** Links in a post; a link glued to the word before it ("Pressurehttps://t.co/…") still counts. */
const LINK = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>"“”‘’]+/giu
const TWITTER_LINK = /(?:\bt\.co\/|pic\.twitter\.com\/|\b(?:twitter|x)\.com\/)/iu
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"]+$/u

/** The spans of the links inside a span of the text. */
export function findLinks(text: string, within: Span): Span[] {
  const links: Span[] = []
  for (const m of text.slice(within.start, within.end).matchAll(LINK)) {
    const url = m[0].replace(TRAILING_PUNCTUATION, '')
    const start = within.start + m.index
    links.push({ start, end: start + url.length })
  }
  return links
}

/** A post is at most a few hundred characters; a longer line above a signature is the article's own prose. */
const MAX_POST_LINE = 560
const MAX_EXTRA_LINE = 280
const MAX_EXTRA_LINES = 3

/**
 * The first line of a post whose signature is on `sig`. Conservative: the line directly above (or,
 * across one blank line, a line carrying a Twitter link), then further lines up only while they carry
 * a Twitter link, since taking a paragraph of reporting for a post would hide its quotations.
 */
function postStart(lines: readonly Line[], sig: Line, taken: (l: Line) => boolean): Line | undefined {
  const usable = (l: Line | undefined, max: number): l is Line =>
    l !== undefined && l.text !== '' && !taken(l) && l.text.length <= max && !parseSignature(l.text)
  let above = lines[sig.index - 1]
  if (above !== undefined && above.text === '') {
    const beyond = lines[sig.index - 2]
    above = beyond !== undefined && TWITTER_LINK.test(beyond.text) ? beyond : undefined
  }
  if (!usable(above, MAX_POST_LINE)) return undefined
  let first = above
  for (let n = 0; n < MAX_EXTRA_LINES; n++) {
    const next = lines[first.index - 1]
    if (!usable(next, MAX_EXTRA_LINE) || !TWITTER_LINK.test(next.text)) break
    first = next
  }
  return first
}

/**
 * Embedded social posts: a signature line "— Name (@handle) Month D, YYYY" and the post text above it
 * (or before it on the same line). Each becomes an `embed` region and an Embed record.
 */
export const findEmbeds: CleanStep = ({ text, lines, regions }) => {
  const found: Region[] = []
  const embeds: Embed[] = []
  const usedFrom = new Set<number>()
  const taken = (l: Line) => usedFrom.has(l.index) || regionOverlapping(regions, l.span) !== undefined
  for (const line of lines) {
    if (line.text === '' || taken(line)) continue
    const sig = parseSignature(line.text)
    if (!sig) continue
    const sameLine = line.text.slice(0, sig.at).trim() !== ''
    const first = sameLine ? line : (postStart(lines, line, taken) ?? line)
    const span = { start: first.span.start, end: line.span.end }
    const postEnd = line.span.start + sig.at
    for (let i = first.index; i <= line.index; i++) usedFrom.add(i)
    found.push({ kind: 'embed', span })
    embeds.push({
      span,
      author: sig.author,
      handle: sig.handle,
      date: sig.date,
      links: findLinks(text, { start: span.start, end: postEnd }),
    })
  }
  return { regions: found, embeds }
}
