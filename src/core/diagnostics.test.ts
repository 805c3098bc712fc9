import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { type DiagnosticCode, diagnostic, diagnosticCatalogue, hasErrors } from './diagnostics.ts'

const TEXT = 'He said “no.'
const unclosed = { start: TEXT.indexOf('“'), end: TEXT.indexOf('“') + 1 }

describe('the diagnostic catalogue', () => {
  const codes = Object.keys(diagnosticCatalogue) as DiagnosticCode[]

  test('codes are UPPER_SNAKE_CASE', () => {
    for (const code of codes) assert.match(code, /^[A-Z]+(?:_[A-Z0-9]+)+$/, code)
  })

  test('every entry has a known severity and a message that is a sentence', () => {
    for (const code of codes) {
      const { severity, message } = diagnosticCatalogue[code]
      assert.ok(['error', 'warning', 'info'].includes(severity), `${code}: ${severity}`)
      assert.match(message, /^[A-Z].*\.$/, `${code}: ${message}`)
    }
  })

  // Tools and tests match on codes: removing or renaming one is a breaking change.
  const pinned: [DiagnosticCode, 'error' | 'warning' | 'info'][] = [
    ['INPUT_UNREADABLE', 'error'],
    ['INPUT_EMPTY', 'error'],
    ['INPUT_BINARY', 'error'],
    ['INPUT_TOO_LARGE', 'error'],
    ['JSONL_INVALID', 'error'],
    ['JSONL_NO_TEXT', 'error'],
    ['LANGUAGE_UNSUPPORTED', 'warning'],
    ['DATE_INFERRED', 'info'],
    ['DATE_UNKNOWN', 'info'],
    ['QUOTE_UNCLOSED', 'warning'],
    ['QUOTE_NO_SPEAKER', 'info'],
    ['SPAN_OUT_OF_RANGE', 'error'],
    ['PIPELINE_FAILED', 'error'],
  ]
  for (const [code, severity] of pinned) {
    test(`${code} exists with severity ${severity}`, () => {
      assert.equal(diagnosticCatalogue[code]?.severity, severity)
    })
  }
})

describe('diagnostic()', () => {
  test('takes severity and message from the catalogue', () => {
    assert.deepEqual(diagnostic('DATE_UNKNOWN', 'dates'), {
      code: 'DATE_UNKNOWN',
      severity: 'info',
      stage: 'dates',
      message: diagnosticCatalogue.DATE_UNKNOWN.message,
    })
  })

  test('has no span key at all when none is given', () => {
    assert.equal('span' in diagnostic('INPUT_EMPTY', 'ingest'), false)
  })

  test('keeps a given span, message and severity', () => {
    const d = diagnostic('QUOTE_UNCLOSED', 'quotes', {
      span: unclosed,
      message: 'The quotation opened here is never closed.',
      severity: 'error',
    })
    assert.equal(TEXT.slice(d.span!.start, d.span!.end), '“')
    assert.equal(d.message, 'The quotation opened here is never closed.')
    assert.equal(d.severity, 'error')
    assert.equal(d.code, 'QUOTE_UNCLOSED')
  })
})

describe('hasErrors', () => {
  const cases: [DiagnosticCode[], boolean][] = [
    [[], false],
    [['DATE_INFERRED'], false],
    [['QUOTE_UNCLOSED', 'QUOTE_NO_SPEAKER'], false],
    [['QUOTE_NO_SPEAKER', 'PIPELINE_FAILED'], true],
    [['INPUT_EMPTY'], true],
  ]
  for (const [codes, expected] of cases) {
    test(`[${codes.join(', ')}] → ${expected}`, () => {
      assert.equal(hasErrors(codes.map((c) => diagnostic(c, 'pipeline'))), expected)
    })
  }

  test('a warning raised to error counts, an error lowered to warning does not', () => {
    assert.equal(hasErrors([diagnostic('QUOTE_UNCLOSED', 'quotes', { severity: 'error' })]), true)
    assert.equal(hasErrors([diagnostic('SPAN_OUT_OF_RANGE', 'clean', { severity: 'warning' })]), false)
  })
})
