import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looksLikeCaption } from './caption-cues.ts'
import { cleanText, regionTexts } from './testing.ts'

test('looksLikeCaption: scene cues, final dates and credits, never quotations or prose', () => {
  const table: readonly (readonly [string, boolean])[] = [
    ['President Pezeshkian (right) speaks with envoys', true],
    ['Protesters gather in central Paris on March 3, 2024', true],
    ['A view of the port of Bandar Abbas', true],
    ['The minister is seen leaving the building in Geneva', true],
    ['Ministers arrive for talks in Geneva. (Photo: Example Wire)', true],
    ['Smoke rises over the city, Tuesday, Jan. 28, 2025. (AP Photo/Jane Doe)', true],
    ['Protesters gather in central Paris on Sunday.', false],
    ['“We were seen as enemies during the meeting”', false],
    ['Iran rejects talks', false],
    ['TEHRAN, January 28, 2025', false],
  ]
  for (const [line, expected] of table) assert.equal(looksLikeCaption(line), expected, line)
})

test('a repeated unpunctuated line is a caption; a repeated sentence is only a duplicate', () => {
  const caption = 'Ministers gather before the talks in Geneva'
  const sentence = 'The talks will resume next month, officials said.'
  const doc = cleanText(`${caption}\n${caption}\n\n${sentence}\n\nMore.\n\n${sentence}`)
  assert.deepEqual(regionTexts(doc, 'caption'), [caption])
  assert.deepEqual(regionTexts(doc, 'duplicate'), [caption, sentence])
})

test('a line next to a photo credit is a caption', () => {
  const doc = cleanText(
    'Body text here.\n\nMinisters gather before the talks\nPhoto: Example Wire\n\nMore body text.',
  )
  assert.deepEqual(regionTexts(doc, 'caption'), ['Ministers gather before the talks'])
  assert.deepEqual(regionTexts(doc, 'boilerplate'), ['Photo: Example Wire'])
})
