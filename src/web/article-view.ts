/**
 * The reader's article body: the text exactly as stored, cut at quotation and region bounds.
 * Quotations are marked by speaker (colour, and speaker and role in the title), set-aside regions
 * (boilerplate, embeds, captions…) are dimmed, and each statement ends with its speaker's link and
 * stance chips. Every piece of text becomes a text node.
 * @module
 */
import type { ArticleView, QuoteItem, StanceItem } from './api-client.ts'
import { type Build, type DomElement, links } from './dom.ts'

/** How many speaker colours the stylesheet defines (speaker-0 … speaker-7). */
export const SPEAKER_COLOURS = 8

const within = (s: { start: number; end: number }, a: number, b: number) => s.start <= a && b <= s.end

/** A stance chip: "iran-us-talks: oppose", styled by label. */
export function stanceChip(h: Build, s: Pick<StanceItem, 'topic' | 'label' | 'confidence'>): DomElement {
  return h(
    'a',
    {
      class: `chip stance-${s.label}`,
      href: links.topic(s.topic),
      title: `confidence ${s.confidence.toFixed(2)}`,
    },
    `${s.topic}: ${s.label}`,
  )
}

/** Colour index per speaker, in order of first appearance. */
function speakerColours(quotes: readonly QuoteItem[]): Map<string, number> {
  const colours = new Map<string, number>()
  for (const q of quotes) {
    const key = q.actorId ?? q.speaker ?? ''
    if (!colours.has(key)) colours.set(key, colours.size % SPEAKER_COLOURS)
  }
  return colours
}

/** What follows a statement: its speaker (a link to their page) and its stances. */
function statementEnd(h: Build, q: QuoteItem, stances: readonly StanceItem[]): DomElement {
  return h(
    'span',
    { class: 'after-quote' },
    q.speaker
      ? h('a', { class: 'speaker', href: links.actor(q.speaker), 'data-speaker': q.speaker }, q.speaker)
      : h('span', { class: 'speaker unknown' }, 'unattributed'),
    ...stances.filter((s) => s.quoteId === q.quoteId).map((s) => stanceChip(h, s)),
  )
}

/**
 * The article text as elements: `<mark class="quote speaker-N">` per quotation (title: speaker and
 * role), `<span class="region region-KIND">` per set-aside region, chips after each quotation.
 * @example body.append(renderArticleText(elements(document), article))
 */
export function renderArticleText(h: Build, article: ArticleView): DomElement {
  const { text, quotes, regions, stances } = article
  const cuts = new Set<number>([0, text.length])
  for (const s of [...quotes, ...regions]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)))
    cuts.add(Math.max(0, Math.min(text.length, s.end)))
  }
  const bounds = [...cuts].sort((a, b) => a - b)
  const colours = speakerColours(quotes)
  const root = h('div', { class: 'article-text' })
  const seen = new Set<string>()
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!
    const b = bounds[i + 1]!
    const quote = quotes.find((q) => within(q, a, b))
    const region = regions.find((r) => within(r, a, b))
    let piece: DomElement | string = text.slice(a, b)
    if (quote) {
      const colour = colours.get(quote.actorId ?? quote.speaker ?? '') ?? 0
      const who = quote.speaker ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}` : 'unattributed'
      const first = !seen.has(quote.quoteId)
      seen.add(quote.quoteId)
      piece = h(
        'mark',
        {
          class: `quote speaker-${colour} kind-${quote.kind}`,
          title: `${who} (${quote.kind}${quote.cue ? `, “${quote.cue}”` : ''})`,
          'data-quote': quote.quoteId,
          ...(first ? { id: quote.quoteId } : {}),
        },
        piece,
      )
    }
    root.append(
      region
        ? h('span', { class: `region region-${region.kind}`, title: region.kind }, piece)
        : h('span', {}, piece),
    )
    if (quote && b === quote.end) root.append(statementEnd(h, quote, stances))
  }
  return root
}

/**
 * A search snippet with its matched words in `<mark>`, split on the API's highlight marks.
 * @example renderSnippet(h, 'the ⟪poison⟫', { open: '⟪', close: '⟫' })
 */
export function renderSnippet(h: Build, snippet: string, marks: { open: string; close: string }): DomElement {
  const out = h('span', { class: 'snippet' })
  for (const [i, part] of snippet.split(marks.open).entries()) {
    const [hit, rest] =
      i === 0 ? [null, part] : [part.split(marks.close)[0]!, part.split(marks.close).slice(1).join('')]
    if (hit !== null) out.append(h('mark', {}, hit))
    if (rest) out.append(h('span', {}, rest))
  }
  return out
}
