import type { Diagnostic } from '../../core/index.ts'
import { lineAndColumn } from '../../core/index.ts'

/**
 * A diagnostic in the vfile/retext format: `path:line:col-line:col  message  [CODE]`.
 * Without a text (file-level problems) the position is the JSONL line, or 1:1.
 */
export function formatDiagnostic(path: string, d: Diagnostic, text?: string, line?: number): string {
  let place: string
  if (d.span && text !== undefined) {
    const a = lineAndColumn(text, d.span.start)
    const b = lineAndColumn(text, d.span.end)
    place = `${a.line}:${a.column}-${b.line}:${b.column}`
  } else {
    place = `${line ?? 1}:1`
  }
  return `${path}:${place}  ${d.severity} ${d.message}  [${d.code}]`
}
