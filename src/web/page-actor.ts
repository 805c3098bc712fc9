/**
 * An actor's page: /actor?name=… lists every statement with a link to its place in the article,
 * its stance chips, and a stance-over-time chart per topic.
 * @module
 */
import type { ApiClient, QuoteItem, StanceItem } from './api-client.ts'
import { stanceChip } from './article-view.ts'
import { fill, links } from './dom.ts'
import { currentPage, type Page, sourceLine } from './page.ts'
import { drawStanceChart, type StancePoint } from './stance-chart.ts'

/** Most statements and articles one page reads, so a prolific speaker cannot stall it. */
const MAX_STATEMENTS = 2000
const MAX_ARTICLES = 100

async function statementsOf(api: ApiClient, name: string): Promise<QuoteItem[]> {
  const out: QuoteItem[] = []
  for (let offset: number | null = 0; offset !== null && out.length < MAX_STATEMENTS; ) {
    const page = await api.quotes({ actor: name, limit: 500, offset })
    out.push(...page.items)
    offset = page.next
  }
  return out
}

/** The stances of the statements, read from their articles. */
async function stancesOf(api: ApiClient, quotes: readonly QuoteItem[]): Promise<Map<string, StanceItem[]>> {
  const ids = [...new Set(quotes.map((q) => q.articleId))].slice(0, MAX_ARTICLES)
  const wanted = new Set(quotes.map((q) => q.quoteId))
  const byQuote = new Map<string, StanceItem[]>()
  for (const article of await Promise.all(ids.map((id) => api.article(id)))) {
    for (const s of article.stances) {
      if (wanted.has(s.quoteId)) byQuote.set(s.quoteId, [...(byQuote.get(s.quoteId) ?? []), s])
    }
  }
  return byQuote
}

function showCharts(
  { h, byId }: Page,
  quotes: readonly QuoteItem[],
  stances: Map<string, StanceItem[]>,
): void {
  const byTopic = new Map<string, StancePoint[]>()
  for (const q of quotes) {
    const date = q.date ?? q.published
    if (!date) continue
    for (const s of stances.get(q.quoteId) ?? []) {
      byTopic.set(s.topic, [...(byTopic.get(s.topic) ?? []), { date, label: s.label }])
    }
  }
  const charts = byId('charts')
  fill(charts, byTopic.size === 0 ? h('p', {}, 'No stances recorded for this actor.') : null)
  for (const [topic, points] of [...byTopic].sort(([a], [b]) => a.localeCompare(b))) {
    const canvas = h('canvas', { 'aria-label': `Stance on ${topic} over time`, role: 'img' })
    charts.append(
      h(
        'section',
        { class: 'chart' },
        h('h3', {}, h('a', { class: 'topic', href: links.topic(topic) }, topic)),
        canvas,
      ),
    )
    if (!drawStanceChart(canvas, topic, points)) canvas.append(h('span', {}, `${points.length} statements`))
  }
}

async function showActor(page: Page): Promise<void> {
  const { h, api, byId, params, doc } = page
  const name = params.get('name')?.trim()
  if (!name) throw new Error('expected ?name= in the address')
  doc.title = `${name} · Subtext`
  const quotes = await statementsOf(api, name)
  const roles = [...new Set(quotes.map((q) => q.role).filter((r): r is string => !!r))]
  fill(
    byId('head'),
    h('h1', {}, quotes[0]?.speaker ?? name),
    h(
      'p',
      { class: 'meta' },
      roles.length ? `Roles: ${roles.join('; ')}` : 'No role given',
      ` · ${quotes.length} statements`,
    ),
  )
  const stances = await stancesOf(api, quotes)
  showCharts(page, quotes, stances)
  fill(
    byId('statements'),
    ...quotes.map((q) =>
      h(
        'li',
        { class: `kind-${q.kind}` },
        h('span', { class: 'meta' }, sourceLine(q)),
        ' ',
        h('a', { href: links.article(q.articleId, q.quoteId), class: 'statement' }, `“${q.text}”`),
        ' ',
        ...(stances.get(q.quoteId) ?? []).map((s) => stanceChip(h, s)),
      ),
    ),
  )
}

const page = currentPage()
showActor(page).catch(page.fail)
