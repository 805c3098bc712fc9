import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isBoilerplateLine } from './find-boilerplate.ts'
import { cleanText, regionTexts } from './testing.ts'

const table: readonly (readonly [string, boolean])[] = [
  // Reading time.
  ['Two-minute read', true],
  ['5 min read', true],
  ['3 minutes', true],
  ['A 4-minute read', true],
  ['Reading time: 6 min', true],
  ['Listen to this article', true],
  // Share, follow, subscribe.
  ['Share this article', true],
  ['Share this:', true],
  ['Share', true],
  ['Facebook Twitter Email', true],
  ['Share on WhatsApp', true],
  ['Follow us on Twitter', true],
  ['Follow Jane Doe on X @janedoe.', true],
  ['Sign up for our newsletter', true],
  ['Subscribe to our daily briefing and get the news in your inbox.', true],
  ['Subscribe now', true],
  // Credits.
  ['Reporting by Parisa Hafezi; Editing by William Maclean', true],
  ['(Reporting by Jane Doe in Paris; Writing by John Roe; Editing by Ann Poe)', true],
  ['Additional reporting by Tom Ruiz', true],
  ['Photo: Reuters', true],
  ['(AP Photo/Vahid Salemi)', true],
  ['REUTERS/Raheb Homavandi', true],
  ['Image source, Getty Images', true],
  ['Credit: Atta Kenare/AFP', true],
  // Advertising, navigation, copyright.
  ['Advertisement', true],
  ['Story continues below advertisement', true],
  ['Read more: Iran rejects talks with the US', true],
  ['Related:', true],
  ['Related stories', true],
  ['© 2025 Example News', true],
  ['Copyright 2024 The Associated Press. All rights reserved.', true],
  // Prose that starts with the same words stays.
  ['Share prices fell sharply on Monday after the central bank raised rates.', false],
  ['Follow-up talks are planned for next month, the ministry said.', false],
  ['Reporting on the talks has been restricted by the authorities, who said little.', false],
  ['"Read more books," the minister told students at the ceremony.', false],
  ['Related talks in Oman ended without agreement, officials said on Tuesday.', false],
  ['The reporters were given five minutes to ask questions.', false],
  ['Praise for Hezbollah, Gaza', false],
]

test('isBoilerplateLine: genre patterns match whole lines only', () => {
  for (const [line, expected] of table) assert.equal(isBoilerplateLine(line), expected, line)
})

test('boilerplate lines are found among prose, and a very long line never is', () => {
  const long = `Reporting by ${'many hands '.repeat(40)}`
  const doc = cleanText(`The minister spoke.\nAdvertisement\nHe left.\n${long}`)
  assert.deepEqual(regionTexts(doc, 'boilerplate'), ['Advertisement'])
})
