import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { border, borderOther, GARR, independent, LIND, reworked, trimmed, wire } from './fixtures/passages.ts'
import { StoryIndex } from './story-index.ts'

const EVENTS = [wire, trimmed, reworked, independent, border, borderOther]

describe('stories', () => {
  test('two events with the same actors a week apart form two stories', () => {
    const index = new StoryIndex()
    for (const a of EVENTS) index.add(a)
    const stories = index.stories()
    assert.deepEqual(
      stories.map((s) => [s.articles, s.first, s.last]),
      [
        [['wire', 'trimmed', 'reworked', 'independent'], '2025-03-03', '2025-03-04'],
        [['border', 'border-other'], '2025-03-10', '2025-03-11'],
      ],
    )
    assert.deepEqual(
      stories.map((s) => s.actors),
      [
        [LIND.name, GARR.name],
        [LIND.name, GARR.name],
      ],
    )
  })

  test('a story counts copies once and lists its outlets', () => {
    const index = new StoryIndex()
    for (const a of EVENTS) index.add(a)
    const dam = index.story(index.storyOf('wire')!)!
    assert.equal(dam.distinct, 2)
    assert.deepEqual(dam.outlets, ['Northwire', 'Vessa Courier', 'River Post', 'Oranth Daily'])
    assert.equal(dam.headline, 'Valdoria sets terms for Kessel dam talks')
    assert.match(dam.label, /^Petra Lind, Tomas Garr: /)
  })

  test('even with a wide time window, shared actors alone do not join different events', () => {
    const index = new StoryIndex({ maxGapDays: 10 })
    for (const a of EVENTS) index.add(a)
    assert.equal(index.stories().length, 2)
  })

  test('each assignment says why: a copy joins its original, an independent report by shared statements', () => {
    const index = new StoryIndex()
    const [first, copy, , report] = EVENTS.slice(0, 4).map((a) => index.add(a))
    assert.equal(first?.opened, true)
    assert.deepEqual([copy?.opened, copy?.score, copy?.duplicate.of], [false, 1, 'wire'])
    assert.equal(report?.opened, false)
    assert.equal(report?.parts?.statements, 1)
    assert.ok((report?.parts?.actors ?? 0) > 0.9, `actors ${report?.parts?.actors}`)
  })

  test('the same input gives the same ids; adding an article again changes nothing', () => {
    const a = new StoryIndex()
    const b = new StoryIndex()
    for (const x of EVENTS) a.add(x)
    for (const x of EVENTS) b.add(x)
    assert.deepEqual(a.stories(), b.stories())
    const again = a.add(wire)
    assert.equal(again.story, a.storyOf('wire'))
    assert.deepEqual(
      a.stories().map((s) => s.articles.length),
      [4, 2],
    )
  })

  test('an article sharing nothing opens its own story', () => {
    const index = new StoryIndex()
    index.add(wire)
    const other = index.add({
      id: 'weather',
      outlet: 'Northwire',
      published: '2025-03-03',
      title: 'Snow closes mountain passes',
      text: 'Heavy snow closed three mountain passes on Monday, stranding lorries for hours.',
      actors: [],
      quotes: [],
    })
    assert.equal(other.opened, true)
  })

  test('bad options throw', () => {
    assert.throws(() => new StoryIndex({ threshold: -1 }), /options.threshold/)
  })
})
