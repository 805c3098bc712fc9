import type { StructureHint } from '../../core/index.ts'
import { type DomNode, ELEMENT_NODE, TEXT_NODE } from './html-dom.ts'

/** What a block of article text is. */
export type BlockKind = 'heading' | 'caption' | 'paragraph'

/** One paragraph-like run of text, white space already collapsed. */
export interface Block {
  readonly kind: BlockKind
  readonly text: string
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
])

/** Elements that end the running paragraph: text on either side of them belongs to different blocks. */
const BOUNDARIES = new Set([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'figure'],
  ...['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'hr'],
  ...['ul', 'ol', 'dl', 'dt', 'dd', 'table', 'caption', 'tr', 'td', 'th', 'details', 'summary', 'form'],
])

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Collapses every white-space run (including no-break spaces and newlines) to one space. */
export const collapseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim()

/**
 * Splits an element's content into blocks at block-level elements (p, h2–h6, li, blockquote,
 * figcaption, pre, div, …). Splitting at every block boundary, rather than picking out `<p>`
 * elements, keeps loose text (`<div>Text<p>…</p></div>`, `<li>Item<ul>…</ul></li>`) that a
 * selector would drop or merge. A block's kind comes from its nearest heading or figcaption
 * ancestor. `<br>` becomes a space: inside a paragraph it breaks a line, not the paragraph.
 * @example collectBlocks(parseDocument('<h2>A</h2><p>b <i>c</i></p>').body) // [{ kind: 'heading', text: 'A' }, { kind: 'paragraph', text: 'b c' }]
 */
export function collectBlocks(root: DomNode): Block[] {
  const blocks: Block[] = []
  let run = ''
  let runKind: BlockKind = 'paragraph'
  const flush = (): void => {
    const text = collapseSpace(run)
    if (text) blocks.push({ kind: runKind, text })
    run = ''
  }
  // An explicit stack, not recursion: broken markup (unclosed tags) can nest tens of thousands deep.
  const stack: ({ readonly node: DomNode; readonly kind: BlockKind } | 'flush')[] = [
    { node: root, kind: 'paragraph' },
  ]
  while (stack.length > 0) {
    const step = stack.pop()!
    if (step === 'flush') {
      flush()
      continue
    }
    const { node, kind } = step
    if (node.nodeType === TEXT_NODE) {
      // All text of one run shares its nearest block ancestor, so the first visible text sets the
      // kind (not a <br> or white space, which may be all that is left of the previous block).
      if (run.trim() === '') runKind = kind
      run += node.textContent ?? ''
      continue
    }
    const tag = node.nodeType === ELEMENT_NODE ? node.nodeName.toLowerCase() : ''
    if (tag === '' || SKIPPED.has(tag)) continue
    if (tag === 'br') run += ' '
    if (BOUNDARIES.has(tag)) {
      flush()
      stack.push('flush')
    }
    const inner: BlockKind = HEADINGS.has(tag) ? 'heading' : tag === 'figcaption' ? 'caption' : kind
    const children = [...node.childNodes]
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, kind: inner })
  }
  flush()
  return blocks
}

/** Number of white-space separated words in the blocks. */
export const countWords = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0)

const sameText = (a: string, b: string): boolean =>
  collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase()

/**
 * Joins blocks into the article text, one blank line between blocks, with the title as the first
 * block (unless the content already begins with it, which then becomes the title), and records a
 * structure hint for every block.
 * @example layoutArticle('T', [{ kind: 'paragraph', text: 'P' }]).text // 'T\n\nP'
 */
export function layoutArticle(
  title: string | null,
  blocks: readonly Block[],
): { text: string; structure: StructureHint[] } {
  const parts: { kind: StructureHint['kind']; text: string }[] = [...blocks]
  const first = parts[0]
  if (title && first && sameText(first.text, title)) parts[0] = { kind: 'title', text: first.text }
  else if (title) parts.unshift({ kind: 'title', text: collapseSpace(title) })
  let text = ''
  const structure: StructureHint[] = []
  for (const part of parts) {
    if (text) text += '\n\n'
    structure.push({ kind: part.kind, span: { start: text.length, end: text.length + part.text.length } })
    text += part.text
  }
  return { text, structure }
}
