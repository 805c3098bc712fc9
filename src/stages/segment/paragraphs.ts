import type { Span } from '../../core/index.ts'
import { trimSpan } from '../../core/index.ts'

/**
 * Paragraphs are the non-blank lines of the text, trimmed. News copy puts one paragraph on a line;
 * readers of HTML join blocks with blank lines, so this holds for both.
 * @example findParagraphs('A b.\n\nC d.') // [{start:0,end:4},{start:6,end:10}]
 */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = []
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const s = trimSpan(text, { start: lineStart, end: i })
      if (s.end > s.start) out.push(s)
      lineStart = i + 1
    }
  }
  return out
}
