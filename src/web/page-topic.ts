/**
 * A topic's page: /topic?id=…&by=day|week|month shows actors by stance over time as a matrix,
 * then shifts and contradictions with the statements behind them.
 * @module
 */
import type { PositionStatement, PositionsView } from './api-client.ts'
import { type Build, type Child, type DomElement, fill, links } from './dom.ts'
import { currentPage, type Page } from './page.ts'

const cite = (h: Build, s: PositionStatement, side: string): DomElement =>
  h(
    'li',
    {},
    h('span', { class: `chip stance-${s.label}` }, `${side} ${s.label}`),
    ` ${s.date}${s.outlet ? ` · ${s.outlet}` : ''} `,
    h('a', { href: links.article(s.articleId, s.quoteId) }, `“${s.text}”`),
  )

/** The matrix: one row per actor, one column per period, the period's label in each cell. */
function matrix(h: Build, p: PositionsView): DomElement {
  const periods = [...new Set(p.actors.flatMap((a) => a.periods.map((x) => x.period)))].sort()
  const head = h('tr', {}, h('th', {}, 'actor'), ...periods.map((x) => h('th', {}, x)))
  const rows = p.actors.map((a) =>
    h(
      'tr',
      {},
      h('th', {}, h('a', { class: 'speaker', href: links.actor(a.actorName) }, a.actorName)),
      ...periods.map((x) => {
        const cell = a.periods.find((y) => y.period === x)
        return cell
          ? h(
              'td',
              {
                class: `stance-${cell.label}`,
                title: `${cell.count ?? cell.statements.length} statement(s)`,
              },
              cell.label,
            )
          : h('td', {}, '')
      }),
    ),
  )
  return h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...rows))
}

/** The outlets that carried the topic most, side by side, when there are two or more. */
function compareLink(h: Build, p: PositionsView): Child[] {
  const outlets = (p.outlets ?? []).slice(0, 4).map((o) => o.outlet)
  return outlets.length < 2
    ? []
    : [
        ' · ',
        h('a', { id: 'compare-outlets', href: links.outlets(outlets, p.topic) }, 'outlets side by side'),
      ]
}

async function showTopic({ h, api, byId, params, doc }: Page): Promise<void> {
  const topic = params.get('id')?.trim()
  if (!topic) throw new Error('expected ?id= in the address')
  const by = params.get('by') ?? 'day'
  doc.title = `${topic} · Subtext`
  const p = await api.positions(topic, by)
  fill(
    byId('head'),
    h('h1', {}, topic),
    h(
      'p',
      { class: 'meta' },
      'By ',
      ...['day', 'week', 'month'].flatMap((g) => [
        g === by ? h('strong', {}, g) : h('a', { href: links.topic(topic, g) }, g),
        ' ',
      ]),
      `· ${p.totals?.actors ?? p.actors.length} actors`,
      p.window?.since ? ` · ${p.window.since} to ${p.window.until}` : '',
      ...compareLink(h, p),
    ),
  )
  fill(byId('matrix'), p.actors.length ? matrix(h, p) : h('p', {}, 'No statements on this topic.'))
  fill(
    byId('shifts'),
    ...p.shifts.map((s) =>
      h(
        'li',
        {},
        h('strong', {}, s.actorName),
        `: ${s.from.label} (${s.from.period}) → ${s.to.label} (${s.to.period})`,
        h(
          'ul',
          {},
          ...s.from.statements.filter((x) => x.label === s.from.label).map((x) => cite(h, x, 'before')),
          ...s.to.statements.filter((x) => x.label === s.to.label).map((x) => cite(h, x, 'after')),
        ),
      ),
    ),
  )
  fill(
    byId('contradictions'),
    ...p.contradictions.map((c) =>
      h(
        'li',
        {},
        h('strong', {}, c.actorName),
        `, ${c.days} day(s) apart`,
        h('ul', {}, cite(h, c.a, ''), cite(h, c.b, '')),
      ),
    ),
  )
}

const page = currentPage()
showTopic(page).catch(page.fail)
