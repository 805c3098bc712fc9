import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { parseRegistry } from '../config/registry-file.ts'
import type { Store } from '../storage/store.ts'
import {
  type ActorLookup,
  actorQuotes,
  findActor,
  MAX_MEMBERS_SHOWN,
  readActorReport,
} from './actor-report.ts'
import { type CorpusActors, countMembers, readCorpusActors } from './corpus-actors.ts'
import { passageStore, REGISTRY_YAML } from './testing.ts'

let store: Store
let corpus: CorpusActors
let registered: CorpusActors
before(async () => {
  store = await passageStore()
  corpus = await readCorpusActors(store)
  registered = await readCorpusActors(store, parseRegistry(REGISTRY_YAML))
})
after(() => store.close())

const names = (found: ActorLookup) =>
  found.status === 'found'
    ? [found.actor.name]
    : found.status === 'ambiguous'
      ? found.candidates.map((c) => c.name).sort()
      : []

describe('findActor', () => {
  test('a name, an alias, a spelling, a surname or an id finds the one actor it fits', async () => {
    for (const [query, expected] of [
      ['Robert Hale', 'Robert Hale'],
      ['robert-hale', 'Robert Hale'],
      ['ROBERT  HALE', 'Robert Hale'],
      ['Qasemi', 'Dariush Qasemi'],
      ['Dariush Ghasemi', 'Dariush Qasemi'],
      ['Mohammad Reza Karimi', 'Mohammad Reza Karimi'],
    ] as const) {
      const found = findActor(corpus, query)
      assert.equal(found.status, 'found', query)
      assert.deepEqual(names(found), [expected], query)
    }
  })

  test('a surname two actors share is ambiguous; an unknown name finds nothing', async () => {
    const hale = findActor(corpus, 'Hale')
    assert.equal(hale.status, 'ambiguous')
    assert.deepEqual(names(hale), ['Bob Hale', 'Robert Hale'])
    assert.deepEqual(findActor(corpus, 'Nobody Atall'), { status: 'none' })
    // With the registry, Bob Hale is Robert Hale, and the two Karimis are apart.
    assert.deepEqual(names(findActor(registered, 'Hale')), ['Robert Hale'])
    assert.deepEqual(names(findActor(registered, 'Karimi')), ['Mohammad Reza Karimi', 'Reza Karimi'])
  })
})

describe('readActorReport', () => {
  test("an actor's quotations are its own, from every article, newest first", async () => {
    const found = findActor(registered, 'Robert Hale')
    assert.equal(found.status, 'found')
    const quotes = await actorQuotes(store, found.actor)
    assert.deepEqual(
      quotes.map((q) => [q.published, q.speaker, q.text]),
      [
        ['2025-03-09', 'Bob Hale', 'the bill was not dead'],
        ['2025-03-09', 'Bob Hale', 'Nobody should count us out,'],
        ['2025-03-02', 'Robert Hale', 'the border bill would pass'],
        ['2025-03-02', 'Robert Hale', 'We have the votes, and we will use them,'],
      ],
    )
  })

  test('the report has roles with dates, aliases, labels, merges, stances and the newest quotes', async () => {
    const found = findActor(registered, 'Bob Hale')
    assert.equal(found.status, 'found')
    const report = await readActorReport(store, registered, found.actor, { limit: 1 })
    assert.equal(report.name, 'Robert Hale')
    assert.ok(report.aliases.includes('Bob Hale'))
    assert.deepEqual(report.labels, { country: 'Freedonia', camp: 'hawks' })
    assert.deepEqual(report.roles, [
      { title: 'Senator', kind: 'official', first: '2025-03-02', last: '2025-03-09', articles: 2 },
    ])
    assert.deepEqual([report.articles, report.statements, report.quotations], [2, 4, 4])
    assert.deepEqual(report.evidence.map((e) => [e.name, e.reason]).sort(), [
      ['Bob Hale', 'registry'],
      ['Robert Hale', 'registry'],
    ])
    assert.deepEqual(
      report.members.map((m) => m.published),
      ['2025-03-02', '2025-03-09'],
    )
    assert.equal(report.quotes.length, 1)
    assert.equal(report.quotes[0]!.text, 'the bill was not dead')
    assert.ok(report.stancesComplete)
    const withStance = (await actorQuotes(store, found.actor)).length
    assert.ok(report.stances.every((s) => s.topic === 'border-bill'))
    const counted = report.stances.reduce((n, s) => n + s.statements, 0)
    assert.ok(counted > 0 && counted <= withStance, `${counted} of ${withStance}`)
  })

  test("a quotation's stances are the ones its article stores; reading fewer articles says so", async () => {
    const found = findActor(corpus, 'Dariush Ghasemi')
    assert.equal(found.status, 'found')
    const report = await readActorReport(store, corpus, found.actor, { limit: 10 })
    for (const q of report.quotes) {
      const stored = (await store.getArticle(q.articleId))!.stances.filter((s) => s.quoteId === q.quoteId)
      assert.deepEqual(
        q.stances,
        stored.map((s) => ({ topic: s.topic, label: s.label, confidence: s.confidence })),
      )
    }
    const partial = await readActorReport(store, corpus, found.actor, { limit: 10, maxStanceArticles: 1 })
    assert.equal(partial.stancesComplete, false)
    assert.ok(partial.quotes.filter((q) => q.published === '2025-03-02').every((q) => q.stances.length === 0))
  })
})

describe('reports at scale', () => {
  test('evidence comes once per name and reason, counting its articles', async () => {
    for (const actor of corpus.actors) {
      const report = await readActorReport(store, corpus, actor, { limit: 0 })
      const keys = report.evidence.map((e) => `${e.name}|${e.reason}|${e.confidence}`)
      assert.equal(new Set(keys).size, keys.length, `${actor.name}: no repeated group`)
      const byKey = new Map<string, Set<string>>()
      for (const e of actor.evidence) {
        const k = `${e.name}|${e.reason}|${e.confidence}`
        byKey.set(k, (byKey.get(k) ?? new Set()).add(e.article))
      }
      assert.deepEqual(
        new Map(report.evidence.map((e) => [`${e.name}|${e.reason}|${e.confidence}`, e.articles])),
        new Map([...byKey].map(([k, v]) => [k, v.size])),
      )
    }
    assert.ok(
      corpus.actors.some((a) => new Set(a.evidence.map((e) => e.article)).size > 1),
      'some actor is merged from several articles',
    )
  })

  test("reading some of an actor's members finds those members' quotations", async () => {
    const counts = await countMembers(store)
    const split = corpus.actors.filter((a) => a.members.length > 1)
    assert.ok(split.length > 0, 'some actor gathers several article actors')
    for (const actor of split) {
      const [first, ...rest] = actor.members
      assert.ok(first)
      const own = await actorQuotes(store, actor, [first])
      assert.ok(own.every((q) => q.articleId === first.article && q.actorId === first.actor))
      assert.equal(own.length, counts.quotations.get(`${first.article}\u0000${first.actor}`) ?? 0)
      const others = await actorQuotes(store, actor, rest)
      assert.equal(own.length + others.length, (await actorQuotes(store, actor)).length)
    }
    assert.deepEqual(await actorQuotes(store, corpus.actors[0]!, []), [])
  })

  test('with the counts, a report reads only the newest articles and says the same', async () => {
    const counts = await countMembers(store)
    for (const actor of corpus.actors) {
      const exact = await readActorReport(store, corpus, actor, { limit: 1, maxStanceArticles: 1 })
      const counted = await readActorReport(store, corpus, actor, { limit: 1, maxStanceArticles: 1, counts })
      assert.deepEqual(counted, exact, actor.name)
    }
    assert.ok(corpus.actors.some((a) => new Set(a.members.map((m) => m.article)).size > 1))
  })

  test('an actor of thousands of articles shows its newest members, oldest first, undated last', async () => {
    const actor = corpus.actors[0]
    assert.ok(actor)
    // 1,000 members over 40 days, some undated, given in no particular order
    const members = Array.from({ length: 1000 }, (_, i) => ({
      article: `a${(i * 7919) % 1000}`,
      actor: actor.members[0]?.actor ?? actor.id,
    }))
    const day = (article: string) => Number(article.slice(1)) % 41
    const published = new Map(
      members.map((m) => [
        m.article,
        day(m.article) === 40 ? null : `2025-03-${String((day(m.article) % 28) + 1).padStart(2, '0')}`,
      ]),
    )
    const big = { ...actor, members, evidence: [] }
    const report = await readActorReport(store, { ...corpus, published }, big, { limit: 0 })
    const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const naive = members
      .map((m) => ({ ...m, published: published.get(m.article) ?? null }))
      .sort((a, b) => codePoints(a.published ?? '~', b.published ?? '~') || codePoints(a.article, b.article))
      .slice(-MAX_MEMBERS_SHOWN)
    assert.equal(report.members.length, MAX_MEMBERS_SHOWN)
    assert.deepEqual(report.members, naive)
    assert.equal(report.members.at(-1)?.published, null, 'undated last')
  })
})
