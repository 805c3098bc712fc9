import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseHTML } from 'linkedom'
import type { ArticleView, QuoteItem } from './api-client.ts'
import { renderArticleText, renderSnippet } from './article-view.ts'
import { type DomDocument, type DomElement, elements, safeHref } from './dom.ts'

const SCRIPT = '<script>alert(1)</script>'
const ATTR = '" onmouseover="alert(1)'
const text = `Boilerplate ${SCRIPT}\nAli said: We reject ${SCRIPT} talks${ATTR}. The end.`
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })

const quote: QuoteItem = {
  articleId: 'a',
  outlet: null,
  published: '2025-02-02',
  title: null,
  quoteId: 'a:q:1',
  ...span(`We reject ${SCRIPT} talks${ATTR}`),
  text: `We reject ${SCRIPT} talks${ATTR}`,
  kind: 'direct',
  speaker: `Ali ${ATTR}`,
  role: `Leader ${SCRIPT}`,
  actorId: 'ali',
  cue: 'said',
  date: null,
  statement: 'a:q:1',
}
const article: ArticleView = {
  id: 'a',
  title: SCRIPT,
  published: null,
  source: { url: null, outlet: null, path: null },
  text,
  regions: [{ kind: 'boilerplate', ...span(`Boilerplate ${SCRIPT}`) }],
  actors: [],
  quotes: [quote],
  stances: [{ quoteId: 'a:q:1', topic: 'talks', label: 'oppose', holder: 'ali', confidence: 0.9 }],
}

const setup = () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  return { document, h: elements(document as unknown as DomDocument) }
}

describe('renderArticleText', () => {
  test('hostile text ends up as text nodes, never as elements or attributes', () => {
    const { document, h } = setup()
    const root = renderArticleText(h, article)
    document.body.append(root as never)
    assert.equal(document.querySelectorAll('script').length, 0)
    assert.equal(document.querySelectorAll('[onmouseover]').length, 0)
    assert.ok(root.textContent?.startsWith(text.slice(0, quote.end)))
    const mark = document.querySelector('mark.quote')!
    assert.equal(mark.textContent, quote.text)
    assert.equal(mark.getAttribute('title'), `Ali ${ATTR}, Leader ${SCRIPT} (direct, “said”)`)
    assert.ok([...mark.childNodes].every((n) => n.nodeType === 3))
    assert.ok(document.querySelector('.region-boilerplate')?.textContent?.includes(SCRIPT))
    const speaker = document.querySelector('a.speaker')!
    assert.equal(speaker.getAttribute('href'), `/actor?name=${encodeURIComponent(`Ali ${ATTR}`)}`)
    assert.equal(document.querySelector('.chip.stance-oppose')?.textContent, 'talks: oppose')
    // serialised and parsed again (as a browser would), the markup is still only text
    const again = parseHTML(`<!doctype html><html><body>${document.body.innerHTML}</body></html>`).document
    assert.equal(again.querySelectorAll('script, [onmouseover]').length, 0)
    assert.equal(again.body.textContent, document.body.textContent)
  })

  test('the text between the marks is the article text, unchanged', () => {
    const { h } = setup()
    const root = renderArticleText(h, article)
    const chips = (
      root as DomElement & { querySelectorAll(s: string): ArrayLike<DomElement> }
    ).querySelectorAll('.after-quote')
    const chipText = Array.from(chips).reduce((s, c) => s + (c.textContent ?? ''), '')
    assert.equal(root.textContent?.replace(chipText, ''), text)
  })

  test('snippets mark matches; unsafe links are dropped', () => {
    const { h } = setup()
    const s = renderSnippet(h, `a ⟪${SCRIPT}⟫ b`, { open: '⟪', close: '⟫' })
    assert.equal(s.textContent, `a ${SCRIPT} b`)
    assert.equal(safeHref('javascript:alert(1)'), null)
    assert.equal(safeHref('//evil.example/x'), null)
    assert.equal(safeHref('/actor?name=x'), '/actor?name=x')
    assert.equal(h('a', { href: 'javascript:alert(1)' }, 'x').getAttribute('href'), null)
  })
})
