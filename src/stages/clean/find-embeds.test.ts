import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isoDate } from './date-words.ts'
import { parseSignature } from './find-embeds.ts'
import { cleanText, expectSpan, regionTexts } from './testing.ts'

test('parseSignature reads author, handle and date', () => {
  const table: readonly (readonly [string, readonly [string | null, string, string | null] | undefined])[] = [
    ['— Jane Doe (@janedoe) March 3, 2024', ['Jane Doe', '@janedoe', '2024-03-03']],
    ['— NCRI-FAC (@iran_policy) January 29, 2025', ['NCRI-FAC', '@iran_policy', '2025-01-29']],
    ['-- Jane Doe (@janedoe) Mar. 3, 2024', ['Jane Doe', '@janedoe', '2024-03-03']],
    ['- Jane Doe (@janedoe) Sept 30 2024', ['Jane Doe', '@janedoe', '2024-09-30']],
    ['– Jane Doe (@janedoe) February 30, 2024', ['Jane Doe', '@janedoe', null]],
    [
      'We will win https://t.co/x — Jane Doe (@janedoe) March 3, 2024',
      ['Jane Doe', '@janedoe', '2024-03-03'],
    ],
    ['Jane Doe (@janedoe) March 3, 2024', undefined],
    ['— Jane Doe (@janedoe)', undefined],
    ['He wrote to Jane Doe (@janedoe) on March 3, 2024.', undefined],
  ]
  for (const [line, expected] of table) {
    const sig = parseSignature(line)
    assert.deepEqual(sig && [sig.author, sig.handle, sig.date], expected, line)
  }
})

test('isoDate checks the calendar', () => {
  assert.equal(isoDate('February', '29', '2024'), '2024-02-29')
  assert.equal(isoDate('Feb', '29', '2025'), null)
  assert.equal(isoDate('Dec.', '31', '2025'), '2025-12-31')
  assert.equal(isoDate('Smarch', '1', '2025'), null)
})

const SIG = '— Jane Doe (@janedoe) March 3, 2024'

test('an embed takes the line directly above its signature, and no more', () => {
  const text = `The mayor replied within the hour, saying the plan was sound.\nOur plan works. https://t.co/abc\n${SIG}\nCouncil members were not convinced.`
  const doc = cleanText(text)
  expectSpan(doc, doc.embeds[0]?.span, `Our plan works. https://t.co/abc\n${SIG}`)
})

test('an embed climbs further only through lines that carry a Twitter link', () => {
  const text = `He said nothing.\nFirst part https://t.co/one\nSecond part pic.twitter.com/two\n${SIG}`
  const doc = cleanText(text)
  expectSpan(doc, doc.embeds[0]?.span, `First part https://t.co/one\nSecond part pic.twitter.com/two\n${SIG}`)
  assert.equal(doc.embeds[0]?.links.length, 2)
})

test('across a blank line, an embed takes the post only when it carries a Twitter link', () => {
  const withLink = cleanText(`Intro.\n\nBig news today pic.twitter.com/xyz\n\n${SIG}`)
  expectSpan(withLink, withLink.embeds[0]?.span, `Big news today pic.twitter.com/xyz\n\n${SIG}`)
  const without = cleanText(`"We will not back down," she said.\n\n${SIG}`)
  expectSpan(without, without.embeds[0]?.span, SIG)
})

test('a long paragraph above a signature stays prose', () => {
  const paragraph = `"${'The council must act now. '.repeat(30)}" she said.`
  const doc = cleanText(`${paragraph}\n${SIG}`)
  assert.deepEqual(regionTexts(doc, 'embed'), [SIG])
})

test('a post and its signature on one line make a one-line embed', () => {
  const line = `Vote today! https://t.co/v0te ${SIG}`
  const doc = cleanText(`Polls opened at seven.\n${line}\nTurnout was high.`)
  expectSpan(doc, doc.embeds[0]?.span, line)
  expectSpan(doc, doc.embeds[0]?.links[0], 'https://t.co/v0te')
})
