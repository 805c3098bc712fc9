/**
 * An actor's page: /actor?id=… (or ?name=…, resolved through the actor list) shows one identity
 * across articles: aliases, registry labels, roles with the dates they were seen, every statement
 * with a link to its place in the article and its stance chips, and a stance-over-time chart per
 * topic. A name that fits several actors lists them.
 * @module
 */
import type { ActorItem, ActorQuoteItem, ActorView } from './api-client.ts'
import { stanceChip } from './article-view.ts'
import { type DomElement, fill, links } from './dom.ts'
import { currentPage, type Page, sourceLine } from './page.ts'
import { drawStanceChart, type StancePoint } from './stance-chart.ts'

/** Most statements one page lists, so a prolific speaker cannot stall it (the API's maximum). */
const MAX_STATEMENTS = 2000

const actorLink = (id: string) => `/actor?id=${encodeURIComponent(id)}`

const seen = (first: string | null, last: string | null) =>
  first === last ? (first ?? 'undated') : `${first ?? '?'} – ${last ?? '?'}`

function showHead({ h, byId }: Page, a: ActorView): void {
  const labels = (['country', 'affiliation', 'camp'] as const)
    .filter((k) => a.labels[k])
    .map((k) => `${k}: ${a.labels[k]}`)
  const roles = a.roles.map((r) =>
    h(
      'li',
      {},
      h('span', { class: 'role' }, r.title),
      ' ',
      h('span', { class: 'meta' }, `${seen(r.first, r.last)} · ${r.articles} article(s)`),
    ),
  )
  fill(
    byId('head'),
    h('h1', {}, a.name),
    h(
      'p',
      { class: 'meta' },
      [a.kind, ...labels].join(' · '),
      ` · ${a.statements} statements in ${a.articles} article(s), ${seen(a.first, a.last)}`,
    ),
    h('p', { class: 'aliases' }, a.aliases.length ? `Also named: ${a.aliases.join('; ')}` : 'No other names'),
    roles.length ? h('ul', { class: 'roles', 'aria-label': 'Roles' }, ...roles) : h('p', {}, 'No role given'),
  )
}

function showCharts({ h, byId }: Page, quotes: readonly ActorQuoteItem[]): void {
  const byTopic = new Map<string, StancePoint[]>()
  for (const q of quotes) {
    const date = q.date ?? q.published
    if (!date) continue
    for (const s of q.stances)
      byTopic.set(s.topic, [...(byTopic.get(s.topic) ?? []), { date, label: s.label }])
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

function showStatements({ h, byId }: Page, a: ActorView): void {
  const items: DomElement[] = a.quotes.map((q) =>
    h(
      'li',
      { class: `kind-${q.kind}` },
      h('span', { class: 'meta' }, sourceLine(q)),
      ' ',
      h('a', { href: links.article(q.articleId, q.quoteId), class: 'statement' }, `“${q.text}”`),
      ' ',
      ...q.stances.map((s) => stanceChip(h, s)),
    ),
  )
  const more =
    a.quotations > a.quotes.length ? `Showing the newest ${a.quotes.length} of ${a.quotations}.` : null
  fill(byId('statements'), ...items, more && h('li', { class: 'meta' }, more))
}

/** The actors a name fits, as links to their pages. */
function showChoices({ h, byId }: Page, name: string, actors: readonly ActorItem[]): void {
  fill(
    byId('head'),
    h('h1', {}, name),
    h('p', {}, `${actors.length} actors answer to this name:`),
    h(
      'ul',
      { class: 'choices' },
      ...actors.map((a) =>
        h(
          'li',
          {},
          h('a', { href: actorLink(a.id) }, a.name),
          ' ',
          h(
            'span',
            { class: 'meta' },
            [a.roles[0]?.title, `${a.statements} statements`, seen(a.first, a.last)]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ),
    ),
  )
  fill(byId('charts'))
  fill(byId('statements'))
}

/** The id of the one actor a name fits; undefined when it fits several, which are then listed. */
async function idOf(page: Page, name: string): Promise<string | undefined> {
  const found = await page.api.actors({ name, limit: 50 })
  if (found.items.length === 0) throw new Error(`No stored actor answers to “${name}”.`)
  if (found.items.length === 1) return found.items[0]!.id
  showChoices(page, name, found.items)
  return undefined
}

async function showActor(page: Page): Promise<void> {
  const name = page.params.get('name')?.trim()
  const given = page.params.get('id')?.trim()
  if (!given && !name) throw new Error('expected ?id= or ?name= in the address')
  page.doc.title = `${name ?? given} · Subtext`
  const id = given || (name ? await idOf(page, name) : undefined)
  if (!id) return
  const actor = await page.api.actor(id, MAX_STATEMENTS)
  page.doc.title = `${actor.name} · Subtext`
  showHead(page, actor)
  showCharts(page, actor.quotes)
  showStatements(page, actor)
}

const page = currentPage()
showActor(page).catch(page.fail)
