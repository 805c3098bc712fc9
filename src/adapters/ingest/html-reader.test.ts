import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { assertSpans, sliceSpan } from '../../core/index.ts'
import { collectBlocks, layoutArticle } from './html-blocks.ts'
import { parseDocument } from './html-dom.ts'
import { type HtmlArticle, readHtml } from './html-reader.ts'

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

function readOk(html: string, title?: string): HtmlArticle {
  const r = readHtml(html, title === undefined ? {} : { title })
  if (r.status !== 'ok') assert.fail(`expected an article, got ${r.diagnostic.code}`)
  assertSpans(r.article)
  return r.article
}

/** The structure hints as [kind, text] pairs, so they are checked by their text. */
const hints = (a: HtmlArticle): [string, string][] => a.structure.map((h) => [h.kind, sliceSpan(a, h.span)])

/** Enough words that Readability accepts the article without the body fallback. */
const FILLER =
  'The committee met again on Thursday to review the proposal in detail before the vote. '.repeat(3)

describe('readHtml on a realistic page', () => {
  const article = readOk(fixture('ministers-talks.html'))

  test('reads the metadata', () => {
    assert.equal(article.title, 'Ministers agree to resume talks')
    // The stated local day, not the UTC day (23:30 at UTC-5 is already the 29th in UTC).
    assert.equal(article.published, '2025-01-28')
    assert.equal(article.url, 'https://gazette.example/world/2025/01/28/ministers-talks')
    assert.equal(article.outlet, 'The Harbour Gazette')
    assert.equal(article.byline, 'Jane Doe')
  })

  test('leaves out navigation, related links, footer and scripts', () => {
    for (const furniture of [
      'Politics',
      'Sport',
      'Related stories',
      'Fishing fleet',
      'Copyright',
      'Privacy',
      'dataLayer',
    ]) {
      assert.ok(!article.text.includes(furniture), `text should not contain ${furniture}`)
    }
  })

  test('keeps one block per paragraph, heading and caption, each with a structure hint', () => {
    assert.deepEqual(
      hints(article).filter(([kind]) => kind !== 'paragraph'),
      [
        ['title', 'Ministers agree to resume talks'],
        ['caption', 'The ministers after the meeting on Tuesday.'],
        ['heading', 'A long pause'],
      ],
    )
    const paragraphs = hints(article).filter(([kind]) => kind === 'paragraph')
    assert.ok(paragraphs.some(([, text]) => text.startsWith('Officials said the agenda')))
    assert.equal(article.text, article.structure.map((h) => sliceSpan(article, h.span)).join('\n\n'))
  })

  test('starts with the title line, not repeated by the article h1', () => {
    assert.ok(article.text.startsWith('Ministers agree to resume talks\n\n'))
    assert.equal(article.text.split('Ministers agree to resume talks').length, 2)
  })

  test('decodes entities and collapses white space inside a paragraph', () => {
    assert.ok(
      article.text.includes(
        '“We have an obligation to keep talking,” the first minister told reporters outside the conference hall.',
      ),
    )
    assert.ok(article.text.includes('accusations & threats'))
  })
})

describe('readHtml fallbacks', () => {
  test('reads a bare fragment through the body fallback', () => {
    const article = readOk('<p>Short one.</p><p>Second &amp; last.</p>')
    assert.equal(article.text, 'Short one.\n\nSecond & last.')
    assert.equal(article.title, null)
  })

  test('reads content that sits outside <body>', () => {
    const article = readOk(`<html><head><title>Loose</title></head><p>${FILLER}</p></html>`)
    assert.equal(article.title, 'Loose')
    assert.ok(article.text.startsWith('Loose\n\nThe committee met'))
  })

  test('fails with HTML_NO_ARTICLE when there is only site furniture', () => {
    const r = readHtml('<html><body><nav>Home | World</nav><footer>(c) 2025</footer></body></html>')
    assert.equal(r.status === 'failed' && r.diagnostic.code, 'HTML_NO_ARTICLE')
  })

  test('fails with HTML_NO_ARTICLE on an empty document', () => {
    const r = readHtml('')
    assert.equal(r.status === 'failed' && r.diagnostic.code, 'HTML_NO_ARTICLE')
  })

  test('reads markup nested thousands deep (unclosed tags) without stalling or overflowing', () => {
    const article = readOk(`${'<div>'.repeat(30_000)}<p>${FILLER}</p>`)
    assert.ok(article.text.startsWith('The committee met'))
  })

  test('a title given by the caller wins', () => {
    const article = readOk(`<title>Page title</title><p>${FILLER}</p>`, 'Record title')
    assert.equal(article.title, 'Record title')
    assert.ok(article.text.startsWith('Record title\n\n'))
  })
})

describe('readHtml metadata sources', () => {
  const page = (head: string, body = ''): string =>
    `<html><head><title>T</title>${head}</head><body>${body}<article><p>${FILLER}</p></article></body></html>`
  const cases: [string, string, Partial<HtmlArticle>][] = [
    ['meta name=date', page('<meta name="date" content="2024-12-03">'), { published: '2024-12-03' }],
    ['meta pubdate', page('<meta name="pubdate" content="20241203T101500Z">'), { published: '2024-12-03' }],
    [
      'JSON-LD datePublished in @graph',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-11-05T08:00:00Z"}]}</script>',
      ),
      { published: '2024-11-05' },
    ],
    [
      'malformed JSON-LD is skipped',
      page('<script type="application/ld+json">{oops</script>'),
      { published: null },
    ],
    [
      '<time datetime> as a last resort',
      page('', '<time datetime="2024-10-09">9 Oct</time>'),
      { published: '2024-10-09' },
    ],
    [
      'og:url when there is no canonical link',
      page('<meta property="og:url" content="https://x.example/a">'),
      { url: 'https://x.example/a' },
    ],
    ['a relative canonical link is ignored', page('<link rel="canonical" href="/a">'), { url: null }],
    ['meta author as byline', page('<meta name="author" content="A. Writer">'), { byline: 'A. Writer' }],
    ['<title> when there is no og:title', page(''), { title: 'T' }],
    ['og:title over <title>', page('<meta property="og:title" content="Og">'), { title: 'Og' }],
  ]
  for (const [name, html, expected] of cases) {
    test(name, () => {
      const article = readOk(html)
      for (const [key, value] of Object.entries(expected))
        assert.equal(article[key as keyof HtmlArticle], value, key)
    })
  }
})

describe('collectBlocks', () => {
  const cases: [string, string, [string, string][]][] = [
    [
      'paragraphs and a heading',
      '<h2>A</h2><p>b <i>c</i></p>',
      [
        ['heading', 'A'],
        ['paragraph', 'b c'],
      ],
    ],
    ['<br> is a space', '<p>one<br>two</p>', [['paragraph', 'one two']]],
    [
      'a leading <br> does not inherit the kind before it',
      '<h2>H</h2><p><br>Para</p>',
      [
        ['heading', 'H'],
        ['paragraph', 'Para'],
      ],
    ],
    [
      'loose text before a nested list',
      '<ul><li>Item<ul><li>Sub</li></ul></li></ul>',
      [
        ['paragraph', 'Item'],
        ['paragraph', 'Sub'],
      ],
    ],
    [
      'caption inside a figure',
      '<figure><img src="x"><figcaption><span>Cap</span></figcaption></figure>',
      [['caption', 'Cap']],
    ],
    [
      'quote paragraphs stay apart',
      '<blockquote><p>One.</p><p>Two.</p></blockquote>',
      [
        ['paragraph', 'One.'],
        ['paragraph', 'Two.'],
      ],
    ],
    [
      'scripts and styles are skipped',
      '<p>Kept<script>x()</script><style>p{}</style></p>',
      [['paragraph', 'Kept']],
    ],
    ['no-break spaces and newlines collapse', '<p>a&nbsp;&nbsp;b\n  c</p>', [['paragraph', 'a b c']]],
  ]
  for (const [name, html, expected] of cases) {
    test(name, () => {
      const blocks = collectBlocks(parseDocument(html).body)
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        expected,
      )
    })
  }
})

describe('layoutArticle', () => {
  test('makes the first block the title when it repeats the title', () => {
    const { text, structure } = layoutArticle('Talks  resume', [
      { kind: 'heading', text: 'Talks resume' },
      { kind: 'paragraph', text: 'Body.' },
    ])
    assert.equal(text, 'Talks resume\n\nBody.')
    assert.deepEqual(
      structure.map((h) => h.kind),
      ['title', 'paragraph'],
    )
  })

  test('without a title the text is just the blocks', () => {
    assert.equal(layoutArticle(null, [{ kind: 'paragraph', text: 'Only.' }]).text, 'Only.')
  })
})
