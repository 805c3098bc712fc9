import type { Span } from '../../core/index.ts'

/**
 * The sentence around an offset, for showing evidence: from the previous line break or
 * sentence-ending mark (., ! or ? with any closing quotation marks, then a space) to the next.
 * A display aid only, not a segmenter: abbreviations may cut a sentence short.
 */
export function sentenceAt(text: string, offset: number): Span {
  const end = /[.!?][)"'”’»]*(?=\s)|\n/g
  let start = 0
  let stop = text.length
  for (const m of text.matchAll(end)) {
    const close = m.index + m[0].length
    if (close <= offset) start = m[0] === '\n' ? close : close
    else if (m.index >= offset) {
      stop = m[0] === '\n' ? m.index : close
      break
    }
  }
  while (start < stop && /\s/.test(text[start]!)) start++
  return { start, end: stop }
}

/** Stretches between quotation marks on one line (“…”, "…", «…»): words that are not the writer's own. */
export function quotedStretches(text: string): Span[] {
  const out: Span[] = []
  for (const m of text.matchAll(/“[^”\n]*”|"[^"\n]*"|«[^»\n]*»/g))
    out.push({ start: m.index, end: m.index + m[0].length })
  return out
}
