import type { Diagnostic, StructureHint } from '../../core/index.ts'
import { diagnostic, spanProblem, trimSpan } from '../../core/index.ts'

/**
 * The reader's structure hints with their spans trimmed. A hint whose span does not fit the text is
 * a reader bug: it is dropped with a warning rather than stopping the article.
 */
export function checkHints(
  text: string,
  hints: readonly StructureHint[],
): { hints: StructureHint[]; diagnostics: Diagnostic[] } {
  const kept: StructureHint[] = []
  const diagnostics: Diagnostic[] = []
  for (const hint of hints) {
    const problem = spanProblem(text, hint.span)
    if (problem) {
      diagnostics.push(
        diagnostic('SPAN_OUT_OF_RANGE', 'clean', {
          severity: 'warning',
          message: `A '${hint.kind}' structure hint was ignored: ${problem}.`,
        }),
      )
      continue
    }
    const span = trimSpan(text, hint.span)
    if (span.end > span.start) kept.push({ kind: hint.kind, span })
  }
  return { hints: kept, diagnostics }
}

/** The hints of one kind. */
export const hintsOf = (hints: readonly StructureHint[], kind: StructureHint['kind']): StructureHint[] =>
  hints.filter((h) => h.kind === kind)
