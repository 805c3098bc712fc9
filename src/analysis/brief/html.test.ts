import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseHTML } from 'linkedom'
import { escapeHtml, renderBriefHtml } from './html.ts'
import { ATTRIBUTE, HOSTILE_QUOTE, hostileBrief, SCRIPT } from './testing.ts'

describe('HTML brief', () => {
  test('escapes what could open a tag, an entity or leave an attribute', () => {
    const table: [string, string][] = [
      [SCRIPT, '&lt;script&gt;alert(1)&lt;/script&gt;'],
      [ATTRIBUTE, '&quot; onmouseover=&quot;alert(1)'],
      ["it's & <b>", 'it&#39;s &amp; &lt;b&gt;'],
      ['plain — “quoted”', 'plain — “quoted”'],
    ]
    for (const [input, expected] of table) assert.equal(escapeHtml(input), expected, input)
  })

  test('a hostile brief is one standalone page where markup stays text', () => {
    const html = renderBriefHtml(hostileBrief())
    const { document } = parseHTML(html)
    assert.equal(document.querySelectorAll('script, iframe, img, link, object, embed').length, 0)
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) assert.doesNotMatch(attr.name, /^on/i, `${el.tagName} ${attr.name}`)
    }
    const hrefs = [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))
    assert.deepEqual(hrefs, [
      'https://news.example.org/a?x="><script>alert(3)</script>&y=(1)',
      'https://news.example.org/a?x="><script>alert(3)</script>&y=(1)',
      'https://news.example.org/a?x="><script>alert(3)</script>&y=(1)',
      'https://news.example.org/a?x="><script>alert(3)</script>&y=(1)',
    ])
    const text = document.body.textContent ?? ''
    assert.ok(text.includes(`“${HOSTILE_QUOTE}”`), 'the quotation reads as written')
    assert.ok(text.includes(`Evil ${SCRIPT} Times`))
    assert.ok(text.includes('javascript:alert(4)'), 'the javascript: URL is shown as text')
    assert.equal(document.title, `Brief: Talks ${SCRIPT}`)
    assert.doesNotMatch(html, /https?:\/\/(?!news\.example\.org)/, 'nothing else is fetched or linked')
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')
    assert.match(policy?.getAttribute('content') ?? '', /default-src 'none'/)
  })
})
