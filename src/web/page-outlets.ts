/**
 * Outlets side by side: /outlets?outlets=A,B&topic=ID (or &story=ID) shows each outlet's share of
 * neutral attribution verbs and the verbs, its loaded terms per 1,000 words and the terms, the
 * voices it quotes and their stance, then every difference between them
 * as figures with the sentences behind it.
 * @module
 */
import type { ComparisonView } from './api-client.ts'
import { type Build, type DomElement, fill, links } from './dom.ts'
import { currentPage, type Page } from './page.ts'

const pct = (x: number) => `${Math.round(x * 100)}%`
const list = (items: readonly string[]) => items.join(', ') || '—'
const figure = (unit: string, x: number) =>
  unit === 'share' ? pct(x) : unit === 'per-1000-words' ? `${x.toFixed(1)} per 1,000 words` : String(x)

function profiles(h: Build, c: ComparisonView): DomElement {
  const row = (label: string, value: (p: ComparisonView['profiles'][number]) => string) =>
    h('tr', {}, h('th', {}, label), ...c.profiles.map((p) => h('td', {}, value(p))))
  return h(
    'table',
    { class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), ...c.profiles.map((p) => h('th', {}, p.outlet)))),
    h(
      'tbody',
      {},
      row('articles', (p) => String(p.articles)),
      row('quotations', (p) => String(p.quotes)),
      row('statements introduced with a neutral verb ("said")', (p) => pct(p.attribution.neutralShare)),
      row('attribution verbs', (p) =>
        list(p.attribution.verbs.map((v) => `${v.verb} (${v.class}) ${v.count}`)),
      ),
      row('loaded terms in its own voice', (p) => `${p.loaded.perThousandWords.toFixed(1)} per 1,000 words`),
      row('which loaded terms, own voice', (p) =>
        list(p.loaded.terms.filter((t) => t.ownVoice > 0).map((t) => `${t.term} ${t.ownVoice}`)),
      ),
      row('loaded terms inside quotations', (p) => String(p.loaded.quoted)),
      row('voices quoted', (p) => list(p.voices.map((v) => `${v.name} ${pct(v.share)}`))),
      row('stance of the statements quoted', (p) =>
        list(
          Object.entries(p.stance.byLabel)
            .filter(([, n]) => n > 0)
            .map(([label, n]) => `${label} ${n}`),
        ),
      ),
    ),
  )
}

function differences(h: Build, c: ComparisonView): DomElement[] {
  return c.differences.map((d) =>
    h(
      'li',
      {},
      h('strong', {}, `${d.dimension}: ${d.item}`),
      ` — ${c.outlets.map((o) => `${o} ${figure(d.unit, d.figures[o] ?? 0)}`).join(' · ')}`,
      h(
        'ul',
        {},
        ...d.evidence.map((e) =>
          h('li', {}, `${e.outlet ?? ''}: `, h('a', { href: links.article(e.articleId) }, `“${e.sentence}”`)),
        ),
      ),
    ),
  )
}

async function showOutlets({ h, api, byId, params, doc }: Page): Promise<void> {
  const outlets = (params.get('outlets') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  if (outlets.length < 2) throw new Error('expected ?outlets=A,B in the address')
  const topic = params.get('topic')?.trim() || undefined
  const story = params.get('story')?.trim() || undefined
  doc.title = `${outlets.join(' · ')} · Subtext`
  const c = await api.compare(outlets, { ...(topic ? { topic } : {}), ...(story ? { story } : {}) })
  fill(
    byId('head'),
    h('h1', {}, outlets.join(' · ')),
    h(
      'p',
      { class: 'meta' },
      topic ? 'On ' : story ? `Story ${story}` : 'All their articles',
      ...(topic ? [h('a', { href: links.topic(topic) }, topic)] : []),
    ),
  )
  fill(byId('profiles'), profiles(h, c))
  const diffs = differences(h, c)
  fill(byId('differences'), ...(diffs.length ? diffs : [h('li', {}, 'No difference above the thresholds.')]))
}

const page = currentPage()
showOutlets(page).catch(page.fail)
