/**
 * The reader: /article/:id shows the article with its quotations marked by speaker.
 * @module
 */
import { renderArticleText } from './article-view.ts'
import { fill, links } from './dom.ts'
import { currentPage, type Page } from './page.ts'

async function showArticle({ h, api, byId, path, doc, hash }: Page): Promise<void> {
  const id = decodeURIComponent(path.replace(/^\/article\//, ''))
  const article = await api.article(id)
  doc.title = `${article.title ?? article.id} · Subtext`
  const url = article.source.url
  fill(
    byId('head'),
    h('h1', {}, article.title ?? article.id),
    h(
      'p',
      { class: 'meta' },
      [article.published ?? 'undated', article.source.outlet].filter(Boolean).join(' · '),
      url ? ' · ' : null,
      url ? h('a', { href: url, class: 'source' }, 'source') : null,
    ),
  )
  const speakers = new Map<string, string | null>()
  for (const q of article.quotes) if (q.speaker && !speakers.has(q.speaker)) speakers.set(q.speaker, q.role)
  fill(
    byId('speakers'),
    ...[...speakers].map(([name, role]) =>
      h(
        'li',
        {},
        h('a', { class: 'speaker', href: links.actor(name), title: role ?? '' }, name),
        role ? ` (${role})` : null,
      ),
    ),
  )
  fill(byId('article'), renderArticleText(h, article))
  if (hash && !hash.startsWith('token=')) doc.getElementById(hash)?.scrollIntoView?.()
}

const page = currentPage()
showArticle(page).catch(page.fail)
