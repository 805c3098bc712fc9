import { Readability } from '@mozilla/readability'
import type { Diagnostic, StructureHint } from '../../core/index.ts'
import { diagnostic } from '../../core/index.ts'
import { type Block, collectBlocks, countWords, layoutArticle } from './html-blocks.ts'
import { type DomDocument, type DomNode, exceedsDepth, parseDocument } from './html-dom.ts'
import { cleanText, readHtmlMetadata } from './html-metadata.ts'

/** An article read from HTML: paragraph text with structure hints, and the page's metadata. */
export interface HtmlArticle {
  /** Title line, then one block per paragraph, heading or caption, separated by blank lines. */
  readonly text: string
  readonly title: string | null
  readonly byline: string | null
  /** ISO date YYYY-MM-DD. */
  readonly published: string | null
  /** Absolute canonical URL. */
  readonly url: string | null
  /** Site name (og:site_name). */
  readonly outlet: string | null
  readonly structure: readonly StructureHint[]
}

/** The article, or HTML_NO_ARTICLE when the page has no article text. */
export type HtmlReadResult =
  | { readonly status: 'ok'; readonly article: HtmlArticle }
  | { readonly status: 'failed'; readonly diagnostic: Diagnostic }

/** Options for {@link readHtml}. */
export interface HtmlReadOptions {
  /** A title known from elsewhere (a JSONL record); it wins over the page's own. */
  readonly title?: string | null
}

/** Below this many words Readability has most likely picked a menu or a teaser, not the article. */
const MIN_ARTICLE_WORDS = 20

/**
 * Readability's run time grows steeply with nesting depth (seconds at 500 levels, minutes at
 * 3000), which broken markup with unclosed tags reaches; deeper pages go straight to the fallback.
 */
const MAX_READABILITY_DEPTH = 200

/** Elements (and ARIA roles) that hold site furniture, removed before the body fallback. */
const BOILERPLATE =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]'

interface ReadabilityResult {
  readonly title: string | null
  readonly byline: string | null
  readonly siteName: string | null
  readonly blocks: readonly Block[]
}

/** Runs Readability, which rewrites the document: call it after everything else has read it. */
function runReadability(doc: DomDocument): ReadabilityResult | null {
  let parsed: ReturnType<Readability<DomNode>['parse']>
  try {
    // The serializer hands back the content element itself, so it is not serialised and re-parsed.
    // Readability's typings name DOM types this project does not load (no DOM lib), so they take
    // linkedom's document unchecked; linkedom implements what Readability uses.
    parsed = new Readability<DomNode>(doc, { serializer: (node) => node }).parse()
  } catch {
    // Readability throws on some malformed documents; the body fallback still gets a chance.
    return null
  }
  if (!parsed?.content) return null
  return {
    title: cleanText(parsed.title),
    byline: cleanText(parsed.byline),
    siteName: cleanText(parsed.siteName),
    blocks: collectBlocks(parsed.content),
  }
}

/** The body's blocks once navigation, headers, footers and asides are removed. */
function bodyBlocks(html: string): Block[] {
  // Parsed afresh because Readability has already rewritten the first document.
  const doc = parseDocument(html)
  for (const el of [...doc.body.querySelectorAll(BOILERPLATE)]) el.remove()
  return collectBlocks(doc.body)
}

function extractArticle(html: string, opts: HtmlReadOptions): HtmlReadResult {
  const doc = parseDocument(html)
  const meta = readHtmlMetadata(doc)
  const found = exceedsDepth(doc.body, MAX_READABILITY_DEPTH) ? null : runReadability(doc)
  const blocks = found && countWords(found.blocks) >= MIN_ARTICLE_WORDS ? found.blocks : bodyBlocks(html)
  if (blocks.length === 0) return { status: 'failed', diagnostic: diagnostic('HTML_NO_ARTICLE', 'ingest') }
  const title = cleanText(opts.title) ?? meta.ogTitle ?? found?.title ?? meta.documentTitle
  const { text, structure } = layoutArticle(title, blocks)
  return {
    status: 'ok',
    article: {
      text,
      title,
      byline: found?.byline ?? meta.author,
      published: meta.published,
      url: meta.url,
      outlet: meta.siteName ?? found?.siteName ?? null,
      structure,
    },
  }
}

/**
 * Reads an HTML page into article text with Readability (over linkedom). The text keeps one block
 * per paragraph, heading or caption, so later stages see paragraph breaks; entities are decoded and
 * white space inside a block is collapsed. When Readability finds fewer than 20 words, the body's
 * paragraphs minus navigation and footers are used instead. Never throws on bad markup.
 * @example
 * const r = readHtml('<title>Talks</title><article><p>The minister said talks would resume.</p></article>')
 * if (r.status === 'ok') r.article.text // 'Talks\n\nThe minister said talks would resume.'
 */
export function readHtml(html: string, opts: HtmlReadOptions = {}): HtmlReadResult {
  try {
    return extractArticle(html, opts)
  } catch (e) {
    // One page the parser chokes on must not end a batch; the message keeps the cause for a bug report.
    const message = `No article text was found in the HTML: the page could not be processed (${(e as Error).message}).`
    return { status: 'failed', diagnostic: diagnostic('HTML_NO_ARTICLE', 'ingest', { message }) }
  }
}
