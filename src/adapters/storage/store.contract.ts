import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Analyzed } from '../../core/index.ts'
import { sliceSpan } from '../../core/index.ts'
import { HIGHLIGHT, type Store, type StoredArticle, storedArticleId } from './store.ts'
import { fieldTests } from './store-field.contract.ts'
import { listingTests } from './store-listing.contract.ts'
import { ids, type Run, saveAll, withStore } from './testing/contract-support.ts'
import { analyzePassage, fixtures, metaOf, PASSAGES } from './testing/documents.ts'

/** Every stored quote's text is its slice of the stored text, and matches the document's quote. */
function checkQuotes(stored: StoredArticle, doc: Analyzed): void {
  assert.equal(stored.quotes.length, doc.quotes.length)
  for (const [i, q] of stored.quotes.entries()) {
    const want = doc.quotes[i]!
    assert.equal(q.quoteId, want.id)
    assert.deepEqual([q.start, q.end], [want.span.start, want.span.end])
    assert.equal(q.text, stored.text.slice(q.start, q.end), `${q.quoteId}: text is the slice`)
  }
}

/** Variants of one article: version 2 drops the Zanzibar sentence and adds a new quote. */
const FERRY_V2 = `${PASSAGES.ferry.text.replace(/\n\n"Every family[^\n]*/, '')}

"The boats were overloaded long before the storm," said harbour master Ali Juma.`

/** Saving: round trip, idempotence, replacement. */
function savingTests(run: Run): void {
  test(
    'saves an article and reads it back: text, metadata and layers',
    run(async (store) => {
      const { samples } = await fixtures()
      await saveAll(store, samples)
      for (const doc of samples) {
        const got = await store.getArticle(storedArticleId(doc))
        assert.ok(got, `${doc.id} is stored`)
        assert.equal(got.text, doc.text)
        assert.equal(got.docId, doc.id)
        assert.deepEqual(got.source, {
          path: doc.source.path,
          url: doc.source.url,
          outlet: doc.source.outlet,
        })
        assert.equal(got.published, doc.meta.published)
        assert.equal(got.publishedInferred, doc.meta.publishedInferred)
        assert.equal(got.title, doc.meta.title)
        assert.equal(got.contentHash, metaOf(doc).contentHash)
        assert.deepEqual(
          got.regions,
          doc.regions.map((r) => ({ kind: r.kind, start: r.span.start, end: r.span.end })),
        )
        assert.deepEqual(got.actors.map((a) => a.id).sort(), doc.actors.map((a) => a.id as string).sort())
        assert.equal(got.stances.length, doc.stances.length)
        assert.deepEqual(
          got.acts.map((a) => [a.quoteId, a.kind, a.targetActorId, a.evidence.text]),
          doc.acts.map((a) => [a.quote, a.kind, a.target ?? null, sliceSpan(doc, a.evidence)]),
        )
        assert.equal(got.diagnostics.length, doc.diagnostics.length)
        checkQuotes(got, doc)
      }
      assert.equal(await store.getArticle('no-such-article'), undefined)
      const ids = samples.map((d) => storedArticleId(d))
      const stored = await Promise.all(ids.map((id) => store.getArticle(id)))
      const quotes = stored.flatMap((a) =>
        a ? a.quotes.map((q) => ({ articleId: a.id, quoteId: q.quoteId })) : [],
      )
      const asked = [...quotes.filter((_, i) => i % 2 === 0), { articleId: 'no-such-article', quoteId: 'q1' }]
      const wanted = new Set(asked.map((q) => `${q.articleId}|${q.quoteId}`))
      assert.deepEqual(
        await store.quoteStances(asked),
        stored
          .flatMap((a) => (a ? a.stances.map((st) => ({ articleId: a.id, ...st })) : []))
          .filter((st) => wanted.has(`${st.articleId}|${st.quoteId}`))
          .sort((x, y) => x.articleId.localeCompare(y.articleId)),
        'quoteStances reads what getArticle reads, for the quotations asked',
      )
      assert.ok(
        stored.some((a) => (a?.stances.length ?? 0) > 0),
        'the samples have stances',
      )
    }),
  )

  test(
    're-saving the same article changes nothing',
    run(async (store) => {
      const { samples } = await fixtures()
      await saveAll(store, samples)
      const before = await Promise.all(samples.map((d) => store.getArticle(storedArticleId(d))))
      const stats = await store.stats()
      for (const doc of samples) assert.equal(await store.saveArticle(doc, metaOf(doc)), 'unchanged')
      const after = await Promise.all(samples.map((d) => store.getArticle(storedArticleId(d))))
      assert.deepEqual(after, before, 'rows and ingested_at untouched')
      assert.deepEqual(await store.stats(), stats)
    }),
  )

  test(
    'a new pipeline version re-saves the article',
    run(async (store) => {
      const doc = (await fixtures()).passages.lagos
      await saveAll(store, [doc])
      assert.equal(await store.saveArticle(doc, metaOf(doc, 'test-pipeline@9')), 'updated')
      assert.equal((await store.getArticle(storedArticleId(doc)))?.pipelineVersion, 'test-pipeline@9')
      assert.equal((await store.stats()).quotes, doc.quotes.length)
    }),
  )

  test(
    'a changed article replaces its annotations and its search entries',
    run(async (store) => {
      const { ferry } = (await fixtures()).passages
      await saveAll(store, [ferry])
      assert.ok((await store.search('family answers')).length > 0)
      const v2 = await analyzePassage('ferry', FERRY_V2, PASSAGES.ferry.outlet, PASSAGES.ferry.published)
      assert.equal(storedArticleId(v2), storedArticleId(ferry), 'same article')
      assert.equal(await store.saveArticle(v2, metaOf(v2)), 'updated')
      const got = await store.getArticle(storedArticleId(v2))
      assert.ok(got)
      assert.equal(got.text, FERRY_V2)
      checkQuotes(got, v2)
      assert.deepEqual(await store.search('family answers'), [], 'old words are gone from the index')
      assert.ok((await store.search('overloaded storm')).some((h) => h.kind === 'quote'))
      const stats = await store.stats()
      assert.equal(stats.articles, 1)
      assert.equal(stats.quotes, v2.quotes.length)
    }),
  )
}

/** Listing quotations by actor, outlet, date, kind, topic and stance. */
function queryTests(run: Run): void {
  test(
    'quotes by actor: name, alias, surname or id, any case, across articles',
    run(async (store) => {
      const { samples, passages } = await fixtures()
      await saveAll(store, [...samples, ...Object.values(passages)])
      const want = samples.flatMap((d) => d.quotes.filter((q) => q.speaker?.actor === 'ali-khamenei'))
      for (const name of ['Khamenei', 'KHAMENEI', 'ali khamenei', 'Ali Khamenei', 'ali-khamenei']) {
        const rows = await store.quotes({ actor: name, limit: 1000 })
        assert.deepEqual(ids(rows), samples.map(storedArticleId).sort(), `${name}: both samples`)
        assert.equal(rows.length, want.length, name)
        for (const r of rows) assert.deepEqual([r.speaker, r.actorId], ['Ali Khamenei', 'ali-khamenei'])
      }
      assert.deepEqual(await store.quotes({ actor: 'Nobody Atall' }), [])
      const edun = await store.quotes({ actor: 'edun' })
      assert.equal(edun.length, passages.lagos.quotes.filter((q) => q.speaker?.actor === 'wale-edun').length)
      assert.ok(edun.every((r) => r.role !== null && /finance minister/i.test(r.role)))
    }),
  )

  test(
    'quotes by outlet, dates and kind, newest first; limit and offset page through them',
    run(async (store) => {
      const { samples, passages } = await fixtures()
      await saveAll(store, [...samples, ...Object.values(passages)])
      const times = await store.quotes({ outlet: 'example TIMES' })
      assert.deepEqual(ids(times), [passages.ferry, passages.tehran].map(storedArticleId).sort())
      assert.ok(times.every((r) => r.outlet === 'Example Times'))
      const march = await store.quotes({ since: '2025-03-01', until: '2025-03-05' })
      assert.deepEqual(ids(march), [passages.lagos, passages.tehran].map(storedArticleId).sort())
      const published = (await store.quotes({ limit: 1000 })).map((r) => r.published ?? '')
      assert.deepEqual(published, [...published].sort().reverse(), 'newest first')
      const direct = await store.quotes({ kind: 'direct', limit: 1000 })
      assert.ok(direct.length > 0 && direct.every((r) => r.kind === 'direct'))
      const all = await store.quotes({ limit: 1000 })
      const pages = [
        ...(await store.quotes({ limit: 5 })),
        ...(await store.quotes({ limit: 5, offset: 5 })),
        ...(await store.quotes({ limit: 1000, offset: 10 })),
      ]
      assert.deepEqual(pages, all)
      await assert.rejects(store.quotes({ limit: -1 }), RangeError)
    }),
  )

  test(
    'quotes by topic and stance',
    run(async (store) => {
      const { samples } = await fixtures()
      await saveAll(store, samples)
      const stance = samples.flatMap((d) => d.stances)[0]
      assert.ok(stance, 'the samples take a stance on the example topics')
      const rows = await store.quotes({ topic: stance.topic, stance: stance.label, limit: 1000 })
      assert.ok(rows.some((r) => r.quoteId === stance.quote))
      const expected = samples.flatMap((d) =>
        d.stances.filter((s) => s.topic === stance.topic && s.label === stance.label),
      )
      assert.equal(rows.length, expected.length)
    }),
  )

  test(
    'quotes by speech act',
    run(async (store) => {
      const { samples } = await fixtures()
      await saveAll(store, samples)
      const act = samples.flatMap((d) => d.acts)[0]
      assert.ok(act, 'the samples accuse, warn and reject')
      const rows = await store.quotes({ act: act.kind, limit: 1000 })
      const expected = new Set(
        samples.flatMap((d) => d.acts.filter((a) => a.kind === act.kind).map((a) => a.quote)),
      )
      assert.deepEqual(new Set(rows.map((r) => r.quoteId)), expected)
    }),
  )
}

/** Full-text search and counts. */
function searchAndStatsTests(run: Run): void {
  test(
    'search ranks articles, finds quotations, stems words and highlights them',
    run(async (store) => {
      const { samples, passages } = await fixtures()
      await saveAll(store, [...samples, ...Object.values(passages)])
      const hits = await store.search('Zanzibar')
      assert.ok(hits.length >= 3)
      const ranks = hits.map((h) => h.rank)
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => b - a),
        'best first',
      )
      const articles = hits.filter((h) => h.kind === 'article').map((h) => h.articleId)
      assert.deepEqual(
        articles,
        [passages.ferry, passages.port].map(storedArticleId),
        'title and repeats rank higher',
      )
      const quote = hits.find((h) => h.kind === 'quote' && h.articleId === storedArticleId(passages.port))
      assert.ok(quote?.quoteId, 'the quotation naming Zanzibar is a hit of its own')
      for (const h of hits)
        assert.ok(h.snippet.includes(`${HIGHLIGHT.open}Zanzibar${HIGHLIGHT.close}`), h.snippet)
      assert.equal((await store.search('Zanzibar', { limit: 1 })).length, 1)
      const stemmed = await store.search('negotiating pressures')
      assert.ok(
        stemmed.some((h) => h.articleId === storedArticleId(passages.tehran)),
        'stems match',
      )
      assert.deepEqual(await store.search('zanzibar qwertyuiop'), [], 'every word must match')
    }),
  )

  test(
    'each hit carries its own snippet, and optimize changes no answer',
    run(async (store) => {
      const { samples, passages } = await fixtures()
      await saveAll(store, [...samples, ...Object.values(passages)])
      const before = await store.search('talks')
      const quoteHits = before.filter((h) => h.kind === 'quote')
      assert.ok(quoteHits.length >= 2, 'several quotations mention talks')
      for (const h of quoteHits) {
        const stored = await store.getArticle(h.articleId)
        const text = stored?.quotes.find((q) => q.quoteId === h.quoteId)?.text ?? ''
        const plain = h.snippet.replaceAll(HIGHLIGHT.open, '').replaceAll(HIGHLIGHT.close, '')
        for (const piece of plain.split('…').filter((p) => p.trim()))
          assert.ok(text.includes(piece), `${h.quoteId}: '${piece}' is not from its quotation`)
      }
      await store.optimize()
      assert.deepEqual(await store.search('talks'), before)
    }),
  )

  test(
    'search reads no query syntax from user input',
    run(async (store) => {
      await saveAll(store, [(await fixtures()).passages.ferry])
      for (const q of ['"', 'AND OR NOT', 'ferry*', 'title:ferry', '(ferry', "ferry's -inquiry", '', '  '])
        assert.ok(Array.isArray(await store.search(q)), q)
      assert.ok((await store.search('"ferry" (inquiry)')).length > 0)
    }),
  )

  test(
    'stats count what is stored',
    run(async (store) => {
      const { samples, passages } = await fixtures()
      const docs = [...samples, ...Object.values(passages)]
      await saveAll(store, docs)
      const stats = await store.stats()
      assert.equal(stats.articles, docs.length)
      assert.equal(
        stats.quotes,
        docs.reduce((n, d) => n + d.quotes.length, 0),
      )
      assert.equal(
        stats.stances,
        docs.reduce((n, d) => n + d.stances.length, 0),
      )
      assert.equal(
        stats.diagnostics,
        docs.reduce((n, d) => n + d.diagnostics.length, 0),
      )
      assert.equal(stats.actors, new Set(docs.flatMap((d) => d.actors.map((a) => a.id))).size)
      assert.equal(stats.outlets, 3)
      const kinds = stats.quotesByKind
      assert.equal(kinds.direct + kinds.indirect + kinds.mixed, stats.quotes)
      assert.equal(stats.firstPublished, '2024-12-20')
      assert.equal(stats.lastPublished, '2025-04-10')
      assert.deepEqual(Object.values(stats.pipelineVersions), [docs.length])
    }),
  )
}

/** Offsets in UTF-16 and all-or-nothing saves. */
function integrityTests(run: Run): void {
  test(
    'emoji: offsets are UTF-16 code units and quote text is sliced in JavaScript',
    run(async (store) => {
      const { tehran } = (await fixtures()).passages
      await saveAll(store, [tehran])
      const got = await store.getArticle(storedArticleId(tehran))
      assert.ok(got)
      assert.equal(got.text, tehran.text)
      checkQuotes(got, tehran)
      assert.ok(got.quotes.some((q) => q.text.includes('😠')))
      const rows = await store.quotes({ actor: 'Araghchi' })
      assert.equal(rows[0]?.text, 'We will not negotiate under pressure 😠, and the world knows it.')
    }),
  )

  test(
    'a failed save writes nothing and keeps the stored version',
    run(async (store) => {
      const { lagos, ferry } = (await fixtures()).passages
      const broken: Analyzed = { ...lagos, quotes: [...lagos.quotes, lagos.quotes[0]!] }
      await assert.rejects(store.saveArticle(broken, metaOf(broken)))
      assert.equal(await store.getArticle(storedArticleId(lagos)), undefined)
      assert.equal((await store.stats()).articles, 0)
      assert.deepEqual(await store.search('subsidy'), [])

      await saveAll(store, [ferry])
      const before = await store.getArticle(storedArticleId(ferry))
      const v2 = await analyzePassage('ferry', FERRY_V2, PASSAGES.ferry.outlet, PASSAGES.ferry.published)
      const brokenV2: Analyzed = { ...v2, quotes: [...v2.quotes, v2.quotes[0]!] }
      await assert.rejects(store.saveArticle(brokenV2, metaOf(brokenV2)))
      assert.deepEqual(await store.getArticle(storedArticleId(ferry)), before)
      assert.ok((await store.search('family answers')).length > 0, 'the index still has the old text')

      const outside: Analyzed = { ...lagos, regions: [{ kind: 'title', span: { start: 0, end: 1e6 } }] }
      await assert.rejects(store.saveArticle(outside, metaOf(outside)), RangeError)
      assert.equal((await store.stats()).articles, 1)
    }),
  )
}

/**
 * The behaviour every {@link Store} must have, run against each engine with real analysed
 * articles. `newStore` must return an empty store each time.
 * @example runStoreContract('sqlite', () => openStore(':memory:'))
 */
export function runStoreContract(name: string, newStore: () => Promise<Store>): void {
  const run: Run = (fn) => () => withStore(newStore, fn)
  describe(`Store contract: ${name}`, () => {
    savingTests(run)
    queryTests(run)
    searchAndStatsTests(run)
    integrityTests(run)
    listingTests(run)
    fieldTests(run)
  })
}
