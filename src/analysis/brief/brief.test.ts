import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { computePositions } from '../positions.ts'
import { type BriefSource, buildBrief, linkOf, statementsBetween } from './brief.ts'
import { say } from './testing.ts'

const source = (articleId: string, fields: Partial<BriefSource> = {}): BriefSource => ({
  articleId,
  outlet: null,
  published: null,
  title: null,
  url: null,
  path: null,
  ...fields,
})

describe('brief model', () => {
  test('links: an http(s) URL, else the URL, path or id as text', () => {
    const table: [BriefSource | undefined, ReturnType<typeof linkOf>][] = [
      [source('a', { url: 'https://x.org/a', path: '/p' }), { kind: 'web', href: 'https://x.org/a' }],
      [source('a', { url: 'HTTP://x.org/a' }), { kind: 'web', href: 'HTTP://x.org/a' }],
      [source('a', { url: 'javascript:alert(1)' }), { kind: 'text', text: 'javascript:alert(1)' }],
      [source('a', { path: 'samples/a.txt' }), { kind: 'text', text: 'samples/a.txt' }],
      [source('a'), { kind: 'text', text: 'a' }],
      [undefined, { kind: 'text', text: 'a' }],
    ]
    for (const [s, expected] of table) assert.deepEqual(linkOf(s, 'a'), expected)
  })

  test('statements between two days, both ends included, either open', () => {
    const all = ['2025-01-31', '2025-02-01', '2025-02-28', '2025-03-01'].map((d) => say('A', d, 'oppose'))
    const dates = (r: { since?: string; until?: string }) => statementsBetween(all, r).map((s) => s.date)
    assert.deepEqual(dates({ since: '2025-02-01', until: '2025-02-28' }), ['2025-02-01', '2025-02-28'])
    assert.deepEqual(dates({ since: '2025-03-01' }), ['2025-03-01'])
    assert.deepEqual(dates({}).length, 4)
  })

  test('runs, shifts with their quotes, citations and summary figures', () => {
    const statements = [
      say('Leader', '2025-01-10', 'conditional', 'We may talk.', 'art-1'),
      say('Leader', '2025-01-20', 'conditional', 'Talks, with care.', 'art-1'),
      say('Leader', '2025-01-20', 'neutral', 'It is Monday.', 'art-1'),
      say('Leader', '2025-02-02', 'oppose', 'No talks.', 'art-2'),
      say('Envoy', '2025-02-03', 'support', 'Talk now.', 'art-2'),
    ]
    const sources = new Map([
      ['art-1', source('art-1', { outlet: 'Daily', published: '2025-01-21', url: 'https://d.example/1' })],
      ['art-2', source('art-2', { published: '2025-02-03', path: 'b.txt' })],
    ])
    const b = buildBrief({
      positions: computePositions(statements, { topic: 'talks', by: 'month' }),
      sources,
      label: 'Talks',
    })
    assert.deepEqual(b.summary, {
      statements: 5,
      actors: 2,
      articles: 2,
      outlets: 1,
      firstDate: '2025-01-10',
      lastDate: '2025-02-03',
    })
    assert.deepEqual(
      b.actors.map((a) => a.actorName),
      ['Leader', 'Envoy'],
    )
    assert.deepEqual(
      b.actors[0]!.runs.map((r) => [r.label, r.firstPeriod, r.lastPeriod, r.statements]),
      [
        ['conditional', '2025-01', '2025-01', 3],
        ['oppose', '2025-02', '2025-02', 1],
      ],
    )
    const [shift] = b.shifts
    assert.deepEqual(
      shift!.from.statements.map((s) => s.text),
      ['We may talk.', 'Talks, with care.'],
    )
    assert.deepEqual(
      shift!.to.statements.map((s) => s.text),
      ['No talks.'],
    )
    assert.deepEqual(shift!.from.statements[0]!.cite, {
      articleId: 'art-1',
      outlet: 'Daily',
      title: null,
      date: '2025-01-21',
      link: { kind: 'web', href: 'https://d.example/1' },
    })
    assert.deepEqual(b.actors[1]!.statements[0]!.cite.link, { kind: 'text', text: 'b.txt' })
  })

  test('a statement whose article is gone is cited by its id and own date', () => {
    const b = buildBrief({
      positions: computePositions([say('A', '2025-05-05', 'oppose', 'x', 'lost')], { topic: 'talks' }),
      sources: new Map(),
    })
    assert.deepEqual(b.actors[0]!.statements[0]!.cite, {
      articleId: 'lost',
      outlet: null,
      title: null,
      date: '2025-05-05',
      link: { kind: 'text', text: 'lost' },
    })
  })
})
