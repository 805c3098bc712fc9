import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looksLikeHeading } from './find-headings.ts'
import { cleanText, regionTexts } from './testing.ts'

test('looksLikeHeading: short, unpunctuated, not a fragment, date or byline', () => {
  const table: readonly (readonly [string, boolean])[] = [
    ["'Financial elites'", true],
    ['Praise for Hezbollah, Gaza', true],
    ['“A dangerous game”', true],
    ['What comes next', true],
    ['He declined to comment.', false],
    ['"We will not back down."', false],
    ['“Never,” he said.', false],
    ['Asked whether talks would resume:', false],
    ['and then the vote', false],
    ['January 28, 2025', false],
    ['By Jane Doe', false],
    ['- first item', false],
    ['A heading that has far too many words to be a heading at all', false],
  ]
  for (const [line, expected] of table) assert.equal(looksLikeHeading(line), expected, line)
})

const para = (s: string) => `${s} The minister spoke to reporters after the meeting in the capital on Monday.`

test('a heading stands between paragraphs', () => {
  const blank = cleanText(`${para('One.')}\n\nThe road ahead\n\n${para('Two.')}`)
  assert.deepEqual(regionTexts(blank, 'heading'), ['The road ahead'])
  const tight = cleanText(`${para('One.')}\nThe road ahead\n${para('Two.')}`)
  assert.deepEqual(regionTexts(tight, 'heading'), ['The road ahead'])
})

test('short lines that do not stand between paragraphs are no headings', () => {
  // Last line: nothing follows it.
  assert.deepEqual(regionTexts(cleanText(`${para('One.')}\n\nThe road ahead`), 'heading'), [])
  // Single newlines, and the next line is as short as the candidate.
  assert.deepEqual(
    regionTexts(cleanText(`${para('One.')}\nThe road ahead\nMore short words here`), 'heading'),
    [],
  )
  // Single newlines, and the line above does not end a paragraph.
  assert.deepEqual(regionTexts(cleanText(`Tehran bureau\nThe road ahead\n${para('Two.')}`), 'heading'), [])
})

test('Markdown headings count whatever their length', () => {
  const doc = cleanText(
    `${para('One.')}\n\n## A long Markdown heading that goes on and on for many words\n\n${para('Two.')}`,
  )
  assert.deepEqual(regionTexts(doc, 'heading'), [
    '## A long Markdown heading that goes on and on for many words',
  ])
})
