import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { codeMarkdown, escapeMarkdown, renderBriefMarkdown } from './markdown.ts'
import { hostileBrief, SCRIPT } from './testing.ts'

describe('Markdown brief', () => {
  test('article text is escaped and kept on one line', () => {
    const table: [string, string][] = [
      ['a <b>', 'a \\<b\\>'],
      [SCRIPT, '\\<script\\>alert(1)\\</script\\>'],
      ['**now**', '\\*\\*now\\*\\*'],
      ['first\n# heading', 'first \\# heading'],
      ['a | b', 'a \\| b'],
      ['[x](javascript:y)', '\\[x\\](javascript:y)'],
      ['&lt;', '\\&lt;'],
      ['snake_case ~~gone~~', 'snake\\_case \\~\\~gone\\~\\~'],
      ['back\\slash `code`', 'back\\\\slash \\`code\\`'],
      ['  spaced\n\n  out ', 'spaced out'],
      ['Death to America!', 'Death to America!'],
    ]
    for (const [input, expected] of table) assert.equal(escapeMarkdown(input), expected, input)
  })

  test('paths and ids are code spans fenced past any backticks inside', () => {
    const table: [string, string][] = [
      ['samples/a_b.txt', '`samples/a_b.txt`'],
      ['a`b', '`` a`b ``'],
      ['``x', '``` ``x ```'],
    ]
    for (const [input, expected] of table) assert.equal(codeMarkdown(input), expected, input)
  })

  test('a hostile brief renders no markup, no script link and no line of its own', () => {
    const md = renderBriefMarkdown(hostileBrief())
    assert.doesNotMatch(md, /(?<!\\)</, 'every < is escaped')
    assert.doesNotMatch(md, /(?<!\\)\]\(javascript:/i, 'no link to a javascript: URL')
    assert.doesNotMatch(md, /(?<!\\)\*\*now/)
    assert.match(md, /^# Brief: Talks \\<script\\>alert\(1\)\\<\/script\\>$/m)
    // the web URL is a link with its quotes and brackets encoded; the javascript: one is text
    assert.match(
      md,
      /\[Row " onmouseover="alert\(1\)\]\(https:\/\/news\.example\.org\/a\?x=%22%3E%3Cscript%3E/,
    )
    assert.match(md, /— Plain, 2025-03-10, `javascript:alert\(4\)`$/m)
    const headings = md.split('\n').filter((l) => l.startsWith('#'))
    assert.deepEqual(
      headings.map((h) => h.replace(/ .*/, '')),
      ['#', '##', '##', '##', '###', '##', '###', '##', '##', '###', '###'],
    )
  })
})
