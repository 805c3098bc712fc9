import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { parseRegistry } from '../config/registry-file.ts'
import { openStore } from '../storage/open-store.ts'
import type { Store } from '../storage/store.ts'
import { type ActorSummary, countStatements, listActors, readCorpusActors } from './corpus-actors.ts'
import { passageStore, REGISTRY_YAML } from './testing.ts'

let store: Store
before(async () => {
  store = await passageStore()
})
after(() => store.close())

/** The actor with this name, or with it among its aliases. */
const holding = (actors: readonly ActorSummary[], name: string) => {
  const found = actors.find((a) => a.name === name || a.aliases.includes(name))
  assert.ok(found, `${name} in ${actors.map((a) => a.name).join(', ')}`)
  return found
}

describe('listActors', () => {
  test('one identity per person across articles: spellings merge, namesakes stay apart', async () => {
    const actors = await listActors(store)
    const minister = holding(actors, 'Dariush Ghasemi')
    assert.equal(minister, holding(actors, 'Dariush Qasemi'))
    assert.deepEqual([minister.articles, minister.statements], [2, 3])
    assert.deepEqual([minister.first, minister.last], ['2025-03-02', '2025-03-09'])
    assert.notEqual(holding(actors, 'Robert Hale'), holding(actors, 'Bob Hale'))
    assert.equal(holding(actors, 'Mohammad Reza Karimi'), holding(actors, 'Reza Karimi'))
    assert.ok(actors.every((a) => Object.keys(a.labels).length === 0))
  })

  test('most quoted first; roles carry the dates they were seen', async () => {
    const actors = await listActors(store)
    const counts = actors.map((a) => a.statements)
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    )
    assert.equal(actors[0], holding(actors, 'Dariush Ghasemi'))
    assert.deepEqual(holding(actors, 'Robert Hale').roles, [
      { title: 'Senator', kind: 'official', first: '2025-03-02', last: '2025-03-02', articles: 1 },
    ])
    assert.deepEqual(
      holding(actors, 'Reza Karimi').roles.map((r) => [r.title, r.first]),
      [
        ['Mayor', '2025-03-02'],
        ['Student leader', '2025-03-09'],
      ],
    )
  })

  test('the registry forces a merge, forbids one and labels actors', async () => {
    const actors = await listActors(store, parseRegistry(REGISTRY_YAML))
    const hale = holding(actors, 'Robert Hale')
    assert.equal(hale, holding(actors, 'Bob Hale'))
    assert.equal(hale.name, 'Robert Hale')
    assert.deepEqual(
      [hale.articles, hale.statements, hale.first, hale.last],
      [2, 4, '2025-03-02', '2025-03-09'],
    )
    assert.deepEqual(hale.labels, { country: 'Freedonia', camp: 'hawks' })
    const mayor = holding(actors, 'Mohammad Reza Karimi')
    assert.notEqual(mayor, holding(actors, 'Reza Karimi'))
    assert.deepEqual(mayor.labels, { affiliation: 'Town Council', camp: 'government' })
    assert.deepEqual(holding(actors, 'Reza Karimi').labels, {})
  })

  test('statement counts cover every stored statement with a known actor', async () => {
    const counts = await countStatements(store)
    const quotes = await store.quotes({ limit: 1000 })
    const statements = new Set(quotes.filter((q) => q.actorId).map((q) => `${q.articleId} ${q.statement}`))
    assert.equal(
      [...counts.values()].reduce((a, b) => a + b, 0),
      statements.size,
    )
    const { actors } = await readCorpusActors(store)
    const total = (await listActors(store)).reduce((n, a) => n + a.statements, 0)
    assert.equal(total, statements.size)
    assert.ok(actors.every((a) => a.members.length > 0))
  })

  test('an empty store has no actors; a registry alone lists its entries with no articles', async () => {
    const empty = await openStore(':memory:')
    try {
      assert.deepEqual(await listActors(empty), [])
      const only = await listActors(empty, parseRegistry('- name: Nobody Known\n  camp: none\n'))
      assert.deepEqual(
        only.map((a) => [a.name, a.articles, a.statements, a.labels.camp]),
        [['Nobody Known', 0, 0, 'none']],
      )
    } finally {
      await empty.close()
    }
  })
})
