import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Hono } from 'hono'
import { parseRegistry } from '../config/registry-file.ts'
import { passageStore, REGISTRY_YAML } from '../corpus/testing.ts'
import { createApp } from './app.ts'
import { apiRoutes } from './routes/api.ts'
import { storePositions } from './statements.ts'
import { ATTRIBUTE, SCRIPT, type SeededStore, seededStore } from './testing.ts'

let seeded: SeededStore
let app: Hono
before(async () => {
  seeded = await seededStore()
  app = createApp({ store: seeded.store, onServerError: () => {} })
})
after(() => seeded.store.close())

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers })
  return { res, body: (await res.json()) as Record<string, unknown> & { items?: Record<string, unknown>[] } }
}

const assertProblem = async (path: string, status: number, detail: RegExp) => {
  const { res, body } = await get(path)
  assert.equal(res.status, status, path)
  assert.equal(res.headers.get('content-type'), 'application/problem+json')
  assert.deepEqual(Object.keys(body).sort(), ['detail', 'status', 'title', 'type'])
  assert.equal(body.status, status)
  assert.match(String(body.detail), detail)
}

describe('JSON API', () => {
  test('GET /api/stats counts the stored articles', async () => {
    const { res, body } = await get('/api/stats')
    assert.equal(res.status, 200)
    assert.equal(body.articles, 3)
    assert.ok((body.quotes as number) > 20)
  })

  test("GET /api/quotes lists an actor's statements from both samples, paged", async () => {
    const { body } = await get('/api/quotes?actor=Khamenei&limit=500')
    const articles = new Set(body.items!.map((q) => q.articleId))
    assert.deepEqual([...articles].sort(), [...seeded.sampleIds].sort())
    assert.ok(body.items!.every((q) => q.speaker === 'Ali Khamenei'))
    const first = await get('/api/quotes?limit=2')
    assert.deepEqual([first.body.limit, first.body.offset, first.body.next], [2, 0, 2])
    const second = await get('/api/quotes?limit=2&offset=2')
    assert.notEqual(second.body.items![0]!.quoteId, first.body.items![0]!.quoteId)
    const last = await get('/api/quotes?limit=500&offset=0')
    assert.equal(last.body.next, null)
  })

  test('GET /api/quotes filters by topic, stance, kind and dates', async () => {
    const { body } = await get(
      '/api/quotes?topic=iran-us-talks&stance=oppose&kind=direct&since=2025-02-01&until=2025-02-28',
    )
    assert.ok(body.items!.length > 0)
    assert.ok(body.items!.every((q) => q.kind === 'direct' && String(q.published) >= '2025-02-01'))
  })

  test('bad queries are 400 problem details naming the parameter', async () => {
    await assertProblem('/api/quotes?since=2025-02-30', 400, /'since'.*YYYY-MM-DD.*2025-02-30/)
    await assertProblem('/api/quotes?since=2025-03-01&until=2025-01-01', 400, /on or before/)
    await assertProblem('/api/quotes?kind=shouted', 400, /'kind'.*direct, indirect, mixed/)
    await assertProblem('/api/quotes?stance=maybe', 400, /'stance'/)
    await assertProblem('/api/quotes?limit=0', 400, /'limit'.*1 to 500/)
    await assertProblem('/api/quotes?limit=501', 400, /'limit'/)
    await assertProblem('/api/quotes?offset=-1', 400, /'offset'/)
    await assertProblem('/api/quotes?actr=x', 400, /unknown query parameter 'actr'/)
    await assertProblem('/api/search', 400, /'q'/)
    await assertProblem('/api/positions?topic=iran-us-talks&by=year', 400, /'by'/)
  })

  test('GET /api/search ranks and highlights matches', async () => {
    const { body } = await get('/api/search?q=greatest%20poison&limit=5')
    assert.ok(body.items!.length > 0)
    assert.match(String(body.items![0]!.snippet), /⟪poison⟫/)
  })

  test('GET /api/articles/:id returns text, regions, quotes with speakers and stances', async () => {
    const id = seeded.sampleIds[0]!
    const { res, body } = await get(`/api/articles/${encodeURIComponent(id)}`)
    assert.equal(res.status, 200)
    assert.equal(body.id, id)
    const quotes = body.quotes as { start: number; end: number; text: string; speaker: string | null }[]
    for (const q of quotes) assert.equal(q.text, (body.text as string).slice(q.start, q.end))
    assert.ok(quotes.some((q) => q.speaker === 'Ali Khamenei'))
    assert.ok((body.stances as unknown[]).length > 0)
    assert.ok(Array.isArray(body.regions))
    await assertProblem('/api/articles/nope', 404, /no stored article has the id 'nope'/)
  })

  test('GET /api/positions computes the field on a topic', async () => {
    const { body } = await get('/api/positions?topic=iran-us-talks&by=month')
    assert.equal(body.by, 'month')
    const names = (body.actors as { actorName: string }[]).map((a) => a.actorName)
    assert.ok(names.includes('Ali Khamenei'))
    assert.deepEqual(body.window, { since: null, until: null }, 'by month: every period')
    const daily = await get('/api/positions?topic=iran-us-talks')
    const window = daily.body.window as { since: string; until: string }
    assert.equal(window.until, '2025-03-31', "the end of the newest month's statements")
    assert.equal(window.since, '2025-01-01', '90 days')
    const periods = (daily.body.actors as { periods: { period: string }[] }[]).flatMap((a) => a.periods)
    assert.ok(periods.every((p) => p.period >= window.since && p.period <= window.until))
    const early = await get('/api/positions?topic=iran-us-talks&until=2025-01-31')
    assert.ok(
      (early.body.actors as { periods: { period: string }[] }[]).every((a) =>
        a.periods.every((p) => p.period <= '2025-01-31'),
      ),
    )
    await assertProblem('/api/positions?topic=iran-us-talks&since=2025-02-30', 400, /'since'/)
    const khamenei = await get('/api/positions?topic=iran-us-talks&actor=Khamenei')
    assert.deepEqual(
      [...new Set((khamenei.body.actors as { actorName: string }[]).map((a) => a.actorName))],
      ['Ali Khamenei'],
    )
  })

  test('GET /api/openapi.json describes every route', async () => {
    const { body } = await get('/api/openapi.json')
    assert.equal(body.openapi, '3.1.0')
    const paths = Object.keys(body.paths as object)
    const routes = ['/api/stats', '/api/quotes', '/api/search', '/api/articles/{id}', '/api/positions']
    for (const p of [...routes, '/api/actors', '/api/actors/{id}']) {
      assert.ok(paths.includes(p), p)
    }
  })

  test('unknown routes and server errors are problem details without internals', async () => {
    await assertProblem('/api/nothing', 404, /no route for GET \/api\/nothing/)
    const broken = createApp({
      store: { ...seeded.store, stats: () => Promise.reject(new Error('SQLITE_CORRUPT at /secret/path')) },
      onServerError: () => {},
    })
    const res = await broken.request('/api/stats')
    const text = await res.text()
    assert.equal(res.status, 500)
    assert.doesNotMatch(text, /SQLITE|secret|at /)
  })
})

describe('actors API', () => {
  type Item = { id: string; name: string; statements: number; articles: number; aliases: string[] }

  test('GET /api/actors pages the actors, most quoted first, Khamenei from both samples', async () => {
    const { res, body } = await get('/api/actors?limit=3')
    assert.equal(res.status, 200)
    const items = body.items as unknown as Item[]
    assert.deepEqual([body.limit, body.offset, body.next], [3, 0, 3])
    assert.equal(items[0]!.name, 'Ali Khamenei')
    assert.equal(items[0]!.articles, 2)
    const counts = items.map((a) => a.statements)
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    )
    const next = await get('/api/actors?limit=3&offset=3')
    assert.notEqual((next.body.items as unknown as Item[])[0]!.id, items[0]!.id)
    const all = await get(`/api/actors?limit=500`)
    assert.equal(all.body.next, null)
    assert.equal((all.body.items as unknown[]).length, all.body.total)
  })

  test('GET /api/actors?name= finds the actors a name fits', async () => {
    const { body } = await get('/api/actors?name=Rasaee')
    const items = body.items as unknown as Item[]
    assert.deepEqual(
      items.map((a) => [a.id, a.name, a.aliases]),
      [['hamid-rasaee', 'Hamid Rasaee', ['Rasae']]],
    )
    assert.deepEqual((await get('/api/actors?name=Nobody%20Atall')).body.items, [])
  })

  test('GET /api/actors/:id reports roles with dates, aliases, stances and statements', async () => {
    const { res, body } = await get('/api/actors/ali-khamenei?limit=500')
    assert.equal(res.status, 200)
    assert.equal(body.name, 'Ali Khamenei')
    assert.deepEqual(
      (body.roles as { title: string; first: string; last: string }[]).map((r) => [r.title, r.first, r.last]),
      [['Supreme Leader', '2025-01-28', '2025-02-03']],
    )
    const quotes = body.quotes as { articleId: string; stances: { topic: string }[] }[]
    assert.deepEqual([...new Set(quotes.map((q) => q.articleId))].sort(), [...seeded.sampleIds].sort())
    assert.ok(quotes.some((q) => q.stances.some((s) => s.topic === 'iran-us-talks')))
    assert.ok((body.stances as { topic: string }[]).some((s) => s.topic === 'iran-us-talks'))
    const short = await get('/api/actors/ali-khamenei?limit=2')
    assert.equal((short.body.quotes as unknown[]).length, 2)
    await assertProblem('/api/actors/nobody', 404, /no actor has the id 'nobody'/)
    await assertProblem('/api/actors?limit=0', 400, /'limit'/)
    await assertProblem('/api/actors?offset=x', 400, /'offset'/)
    await assertProblem('/api/actors?name=', 400, /'name'/)
    await assertProblem('/api/actors?nam=x', 400, /unknown query parameter 'nam'/)
    await assertProblem('/api/actors/ali-khamenei?limit=2001', 400, /'limit'/)
  })

  test('with a registry, /api/actors merges, keeps apart and labels as it says', async () => {
    const store = await passageStore()
    try {
      const api = new Hono().route(
        '/api',
        apiRoutes({ store, positionsFor: storePositions(store), registry: parseRegistry(REGISTRY_YAML) }),
      )
      const list = (await (await api.request('/api/actors?name=Hale')).json()) as { items: Item[] }
      assert.deepEqual(
        list.items.map((a) => [a.id, a.articles]),
        [['robert-hale', 2]],
      )
      const hale = (await (await api.request('/api/actors/robert-hale')).json()) as Record<string, unknown>
      assert.deepEqual(hale.labels, { country: 'Freedonia', camp: 'hawks' })
      const karimi = (await (await api.request('/api/actors?name=Karimi')).json()) as { items: Item[] }
      assert.equal(karimi.items.length, 2)
    } finally {
      await store.close()
    }
  })
})

describe('token', () => {
  test('with a token, /api/* needs the bearer token; pages do not', async () => {
    const locked = createApp({ store: seeded.store, token: 's3cret' })
    assert.equal((await locked.request('/api/stats')).status, 401)
    const wrong = await locked.request('/api/stats', { headers: { authorization: 'Bearer nope' } })
    assert.equal(wrong.status, 401)
    assert.equal(wrong.headers.get('content-type'), 'application/problem+json')
    const right = await locked.request('/api/stats', { headers: { authorization: 'Bearer s3cret' } })
    assert.equal(right.status, 200)
    assert.equal((await locked.request('/')).status, 200)
  })
})

describe('hostile article text', () => {
  test('the API returns markup as data, and pages are static shells', async () => {
    const { body } = await get(`/api/articles/${encodeURIComponent(seeded.hostileId)}`)
    assert.ok((body.text as string).includes(SCRIPT))
    assert.ok((body.text as string).includes(ATTRIBUTE))
    assert.ok((body.quotes as { text: string }[]).some((q) => q.text.includes(SCRIPT)))
    const pages = [
      '/',
      `/article/${encodeURIComponent(seeded.hostileId)}`,
      '/actor?name=Araghchi',
      '/topic?id=iran-us-talks',
    ]
    for (const page of pages) {
      const res = await app.request(page)
      const html = await res.text()
      assert.equal(res.status, 200, page)
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/)
      assert.doesNotMatch(html, /alert|onmouseover|onerror|Araghchi|hostile/, page)
      assert.equal((html.match(/<script/g) ?? []).length, page.startsWith('/actor') ? 2 : 1, page)
    }
  })
})

describe('dashboard assets', () => {
  test('modules are served as JavaScript with types stripped, chart.js from node_modules', async () => {
    const mod = await app.request('/web/page-article.ts')
    assert.equal(mod.status, 200)
    assert.match(mod.headers.get('content-type') ?? '', /text\/javascript/)
    const js = await mod.text()
    assert.doesNotMatch(js, /import type|: Page\b/)
    assert.doesNotMatch(js, /innerHTML/)
    const chart = await app.request('/assets/chart.umd.js')
    assert.equal(chart.status, 200)
    assert.ok((await chart.text()).length > 100_000)
    assert.equal((await app.request('/web/..%2Fpackage.json')).status, 404)
    assert.equal((await app.request('/web/dom.test.ts')).status, 404)
  })
})
