import { parseHTML } from 'linkedom'

/*
 * The slice of the DOM the HTML reader uses, written out because the project compiles without the
 * DOM library (core and stages must not see browser globals) and linkedom's own typings refer to it.
 */

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
const DOCUMENT_TYPE_NODE = 10

/** A DOM node as linkedom builds it. */
export interface DomNode {
  readonly nodeType: number
  /** Upper case for HTML elements ('P'), '#text' for text. */
  readonly nodeName: string
  readonly childNodes: Iterable<DomNode>
  readonly textContent: string | null
}

/** A DOM element. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null
  appendChild(node: DomNode): DomNode
  remove(): void
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): Iterable<DomElement>
}

/** A DOM document, always with a head and a body (see {@link parseDocument}). */
export interface DomDocument {
  readonly head: DomElement
  readonly body: DomElement
  readonly title: string
  readonly childNodes: Iterable<DomNode>
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): Iterable<DomElement>
}

/** Elements that belong in the head even when the markup leaves them outside one. */
const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE'])

const parseRaw = (html: string): DomDocument => parseHTML(html).document as unknown as DomDocument

/**
 * Parses HTML into a document with a real head and body.
 * linkedom does not run the HTML5 tree-construction rules: for a fragment it has no
 * documentElement (and `document.body` throws), and content outside `<body>` — `<html><p>…</p>`
 * or a `<title>` with no `<head>` — is invisible through `document.body`, which is where
 * Readability looks. So the parsed nodes are moved into a fresh, well-formed shell.
 */
export function parseDocument(html: string): DomDocument {
  const parsed = parseRaw(html)
  const shell = parseRaw('<!DOCTYPE html><html><head></head><body></body></html>')
  const place = (node: DomNode): void => {
    if (node.nodeType === DOCUMENT_TYPE_NODE) return
    if (node.nodeName === 'HTML') {
      for (const child of [...node.childNodes]) place(child)
    } else if (node.nodeName === 'HEAD' || node.nodeName === 'BODY') {
      const target = node.nodeName === 'HEAD' ? shell.head : shell.body
      for (const child of [...node.childNodes]) target.appendChild(child)
    } else if (node.nodeType === ELEMENT_NODE && HEAD_ELEMENTS.has(node.nodeName)) {
      shell.head.appendChild(node)
    } else {
      shell.body.appendChild(node)
    }
  }
  // Copied first: moving a node out of its parent changes the list being iterated.
  for (const node of [...parsed.childNodes]) place(node)
  return shell
}

/**
 * True when the tree under `root` is more than `limit` elements deep. Iterative, and it stops at
 * the first node past the limit, so it is cheap on exactly the trees it exists to catch.
 */
export function exceedsDepth(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > limit) return true
    for (const child of node.childNodes) if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1])
  }
  return false
}
