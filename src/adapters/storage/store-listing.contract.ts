import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Analyzed, RawArticle } from '../../core/index.ts'
import { analyze } from '../../pipeline.ts'
import { rawArticleOf } from './raw-article.ts'
import { type Store, storedArticleId } from './store.ts'
import { ids, type Run, saveAll } from './testing/contract-support.ts'
import { fixtures, metaOf, PASSAGES, passageArticle } from './testing/documents.ts'

/** Every fixture document, samples first. */
async function allDocs(): Promise<Analyzed[]> {
  const { samples, passages } = await fixtures()
  return [...samples, ...Object.values(passages)]
}

/** Re-analyses a stored article from what the store kept, as `subtext reanalyze` does. */
async function reanalyzed(store: Store, doc: Analyzed): Promise<Analyzed> {
  const stored = await store.getArticle(storedArticleId(doc))
  assert.ok(stored, `${doc.id} is stored`)
  return analyze(rawArticleOf(stored), (await fixtures()).ctx)
}

/** Listing articles and per-article actors. */
function listTests(run: Run): void {
  test(
    'listArticles: every article once, by id, paged by limit and offset',
    run(async (store) => {
      assert.deepEqual(await store.listArticles(), [])
      const docs = await allDocs()
      await saveAll(store, docs)
      const all = await store.listArticles({ limit: 100 })
      // The order is the engine's for text (its collation): the same on every call, whatever it is.
      assert.deepEqual(all.map((a) => a.id).sort(), docs.map(storedArticleId).sort())
      const want = (await fixtures()).passages.lagos
      assert.deepEqual(
        all.find((a) => a.id === storedArticleId(want)),
        {
          id: storedArticleId(want),
          docId: want.id,
          title: want.meta.title,
          published: want.meta.published,
          outlet: want.source.outlet,
          pipelineVersion: metaOf(want).pipelineVersion,
        },
      )
      const pages = [
        ...(await store.listArticles({ limit: 4 })),
        ...(await store.listArticles({ limit: 4, offset: 4 })),
      ]
      assert.deepEqual(pages, all)
      await assert.rejects(store.listArticles({ limit: -1 }), RangeError)
    }),
  )

  test(
    'articleActors: every actor of every article, by article then actor, or those a name matches',
    run(async (store) => {
      const docs = await allDocs()
      await saveAll(store, docs)
      const all = await store.articleActors()
      assert.equal(
        all.length,
        docs.reduce((n, d) => n + d.actors.length, 0),
      )
      const articles = all.map((r) => r.articleId).filter((id, i, a) => id !== a[i - 1])
      assert.equal(articles.length, docs.length, "an article's actors come together")
      for (const doc of docs) {
        const rows = all.filter((r) => r.articleId === storedArticleId(doc))
        assert.deepEqual(rows.map((r) => r.actor.id).sort(), doc.actors.map((a) => a.id as string).sort())
        for (const r of rows)
          assert.deepEqual([r.published, r.outlet], [doc.meta.published, doc.source.outlet])
      }
      const samples = (await fixtures()).samples
      for (const name of ['Khamenei', 'ALI KHAMENEI', 'ali-khamenei']) {
        const rows = await store.articleActors({ name })
        assert.deepEqual(ids(rows), samples.map(storedArticleId).sort(), name)
        assert.ok(rows.every((r) => r.actor.id === 'ali-khamenei' && r.actor.name === 'Ali Khamenei'))
      }
      const edun = await store.articleActors({ name: 'edun' })
      assert.equal(edun.length, 1)
      assert.match(edun[0]?.actor.role ?? '', /finance minister/i)
      assert.deepEqual(await store.articleActors({ name: 'Nobody Atall' }), [])
      assert.deepEqual(await store.articleActors({ limit: 3, offset: 2 }), all.slice(2, 5))
      assert.deepEqual(await store.articleActors({ offset: 5 }), all.slice(5))
      const third = all[2]!
      const after = { articleId: third.articleId, actorId: third.actor.id }
      assert.deepEqual(await store.articleActors({ after, limit: 4 }), all.slice(3, 7), 'keyset pages')
      await assert.rejects(store.articleActors({ offset: -1 }), RangeError)
      const counts = await store.statementCounts()
      for (const doc of docs) {
        const said = new Map<string, Set<string>>()
        const rows = new Map<string, number>()
        for (const q of doc.quotes)
          if (q.speaker?.actor) {
            said.set(q.speaker.actor, (said.get(q.speaker.actor) ?? new Set()).add(q.statement))
            rows.set(q.speaker.actor, (rows.get(q.speaker.actor) ?? 0) + 1)
          }
        const stored = counts.filter((c) => c.articleId === storedArticleId(doc))
        assert.deepEqual(
          new Map(stored.map((c) => [c.actorId, c.statements])),
          new Map([...said].map(([actor, s]) => [actor as string, s.size])),
        )
        assert.deepEqual(new Map(stored.map((c) => [c.actorId, c.quotations])), rows)
      }
    }),
  )
}

/** Quotations read by the article actors that made them. */
function memberQuoteTests(run: Run): void {
  test(
    'memberQuotes: the quotations of the article actors asked, and no one else',
    run(async (store) => {
      const docs = await allDocs()
      await saveAll(store, docs)
      const all = await store.quotes({ limit: 10_000 })
      const speakers = all.flatMap((q) => (q.actorId ? [{ articleId: q.articleId, actor: q.actorId }] : []))
      const unique = [...new Map(speakers.map((m) => [`${m.articleId}|${m.actor}`, m])).values()]
      assert.ok(unique.length > 4, 'the fixtures have several speakers')
      const asked = unique.filter((_, i) => i % 2 === 0)
      const askedKeys = new Set(asked.map((m) => `${m.articleId}|${m.actor}`))
      const got = await store.memberQuotes([...asked, { articleId: 'no-such-article', actor: 'x' }])
      const key = (q: { articleId: string; quoteId: string }) => `${q.articleId}|${q.quoteId}`
      const wanted = all.filter((q) => askedKeys.has(`${q.articleId}|${q.actorId}`))
      assert.deepEqual(got.map(key).sort(), wanted.map(key).sort())
      assert.ok(
        got.every(
          (q, i) => i === 0 || got[i - 1]?.articleId !== q.articleId || (got[i - 1]?.start ?? 0) <= q.start,
        ),
        'text order within an article',
      )
      const first = got[0]
      assert.ok(first)
      assert.deepEqual(
        first,
        all.find((q) => key(q) === key(first)),
        'the same row as quotes() gives',
      )
      assert.deepEqual(await store.memberQuotes([]), [])
    }),
  )
}

/** Forced saves and the reader's input, kept for re-analysis. */
function reanalysisTests(run: Run): void {
  test(
    'force re-saves an unchanged article; its rows come back the same',
    run(async (store) => {
      const { lagos } = (await fixtures()).passages
      await saveAll(store, [lagos])
      const before = await store.getArticle(storedArticleId(lagos))
      assert.equal(await store.saveArticle(lagos, metaOf(lagos)), 'unchanged')
      assert.equal(await store.saveArticle(lagos, { ...metaOf(lagos), force: true }), 'updated')
      const after = await store.getArticle(storedArticleId(lagos))
      assert.deepEqual({ ...after, ingestedAt: '' }, { ...before, ingestedAt: '' })
      assert.equal((await store.stats()).quotes, lagos.quotes.length)
    }),
  )

  test(
    "the reader's format, stated title and structure are kept; without them, unknown",
    run(async (store) => {
      const { ferry, port } = (await fixtures()).passages
      const structure = [{ kind: 'heading' as const, span: { start: 0, end: 28 } }]
      const input = { format: 'html' as const, title: 'Ferry inquiry', structure }
      await store.saveArticle(ferry, { ...metaOf(ferry), input })
      await store.saveArticle(port, metaOf(port))
      assert.deepEqual((await store.getArticle(storedArticleId(ferry)))?.input, input)
      assert.deepEqual((await store.getArticle(storedArticleId(port)))?.input, {
        format: null,
        title: null,
        structure: [],
      })
    }),
  )

  test(
    're-analysing what the store kept gives the same analysis as ingest did',
    run(async (store) => {
      const { samples, passages } = await fixtures()
      const raws: RawArticle[] = Object.entries(PASSAGES).map(([name, p]) =>
        passageArticle(name, p.text, p.outlet, p.published),
      )
      for (const [i, doc] of Object.values(passages).entries()) {
        await store.saveArticle(doc, { ...metaOf(doc), input: raws[i] })
      }
      // The samples are saved without their input, as stores made before it was kept hold them.
      await saveAll(store, samples)
      for (const doc of [...Object.values(passages), ...samples]) {
        assert.deepEqual(await reanalyzed(store, doc), doc, doc.id)
      }
    }),
  )
}

/**
 * The contract for listing articles and actors, forced saves and re-analysis from stored input.
 * Part of `runStoreContract`.
 */
export function listingTests(run: Run): void {
  listTests(run)
  memberQuoteTests(run)
  reanalysisTests(run)
}
