/**
 * The start page: counts over the store, search results for ?q=, the latest quotations.
 * @module
 */
import { renderSnippet } from './article-view.ts'
import { fill, links } from './dom.ts'
import { currentPage, type Page, sourceLine } from './page.ts'

async function showStats({ h, api, byId }: Page): Promise<void> {
  const stats = await api.stats()
  const keys = ['articles', 'quotes', 'actors', 'outlets', 'stances', 'firstPublished', 'lastPublished']
  fill(
    byId('stats'),
    ...keys.map((k) => h('div', { class: 'stat' }, h('dt', {}, k), h('dd', {}, String(stats[k] ?? '–')))),
  )
}

async function showSearch({ h, api, byId, params }: Page): Promise<void> {
  const q = params.get('q')?.trim()
  if (!q) return
  const result = await api.search(q, 30)
  fill(
    byId('results'),
    h('h2', {}, `Search: ${q}`),
    result.items.length === 0 ? h('p', {}, 'No matches.') : null,
    h(
      'ol',
      { class: 'hits' },
      ...result.items.map((hit) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: links.article(hit.articleId, hit.quoteId ?? undefined) },
            hit.title ?? hit.articleId,
          ),
          h('span', { class: 'meta' }, ` ${hit.kind} · ${sourceLine(hit)}`),
          h('div', {}, renderSnippet(h, hit.snippet, result.highlight)),
        ),
      ),
    ),
  )
}

async function showLatest({ h, api, byId }: Page): Promise<void> {
  const page = await api.quotes({ limit: 20 })
  fill(
    byId('latest'),
    ...page.items.map((q) =>
      h(
        'li',
        {},
        q.speaker ? h('a', { class: 'speaker', href: links.actor(q.speaker) }, q.speaker) : 'unattributed',
        ': “',
        h('a', { href: links.article(q.articleId, q.quoteId) }, q.text),
        '” ',
        h('span', { class: 'meta' }, sourceLine(q)),
      ),
    ),
  )
}

const page = currentPage()
Promise.all([showStats(page), showSearch(page), showLatest(page)]).catch(page.fail)
