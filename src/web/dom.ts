/**
 * Safe DOM building for the dashboard. Article text is hostile: strings only ever become text
 * nodes, attributes come from a fixed list (no event handlers), and links must be relative or
 * http(s). Nothing here uses innerHTML. The DOM is typed structurally (the project is not compiled
 * against lib.dom), so the same code runs on a page and on linkedom in tests.
 * @module
 */

/** The part of a DOM node the dashboard uses. */
export interface DomNode {
  readonly nodeType: number
  textContent: string | null
}

/** The part of a DOM element the dashboard uses. */
export interface DomElement extends DomNode {
  readonly tagName: string
  readonly ownerDocument: DomDocument
  append(...nodes: DomNode[]): void
  replaceChildren(...nodes: DomNode[]): void
  setAttribute(name: string, value: string): void
  getAttribute(name: string): string | null
  scrollIntoView?(): void
}

/** The part of a document the dashboard uses. */
export interface DomDocument {
  createElement(tag: string): DomElement
  createTextNode(text: string): DomNode
  getElementById(id: string): DomElement | null
  title: string
}

/** What can be appended: elements, or strings that become text nodes. */
export type Child = DomNode | string | null | undefined | false

/** The attributes the dashboard sets. */
export interface Attrs {
  readonly class?: string
  readonly id?: string
  readonly title?: string
  readonly href?: string
  readonly role?: string
  readonly 'aria-label'?: string
  readonly 'data-quote'?: string
  readonly 'data-speaker'?: string
}

/** Builds an element with attributes and children. */
export type Build = (tag: string, attrs?: Attrs, ...children: Child[]) => DomElement

/**
 * A link target fit for an href: a path on this site, or an absolute http(s) URL; else null
 * (so `javascript:` and `data:` URLs never reach the page).
 * @example safeHref('javascript:alert(1)') // null
 */
export function safeHref(href: string): string | null {
  if (/^\/(?!\/)/.test(href)) return href
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * An element builder over a document (the page's, or linkedom's in tests).
 * @example const h = elements(document); h('a', { href: '/actor?name=X' }, 'X')
 */
export function elements(doc: DomDocument): Build {
  return (tag, attrs = {}, ...children) => {
    const el = doc.createElement(tag)
    for (const [name, value] of Object.entries(attrs) as [string, string | undefined][]) {
      if (value === undefined) continue
      const safe = name === 'href' ? safeHref(value) : value
      if (safe !== null) el.setAttribute(name, safe)
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue
      el.append(typeof child === 'string' ? doc.createTextNode(child) : child)
    }
    return el
  }
}

/** Replaces an element's content with the given children. */
export function fill(el: DomElement, ...children: Child[]): void {
  el.replaceChildren()
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    el.append(typeof child === 'string' ? el.ownerDocument.createTextNode(child) : child)
  }
}

/** The page address of an actor, an article (optionally at a quotation) or a topic. */
export const links = {
  actor: (name: string) => `/actor?name=${encodeURIComponent(name)}`,
  article: (id: string, quoteId?: string) =>
    `/article/${encodeURIComponent(id)}${quoteId ? `#${encodeURIComponent(quoteId)}` : ''}`,
  topic: (id: string, by?: string) => `/topic?id=${encodeURIComponent(id)}${by ? `&by=${by}` : ''}`,
  outlets: (outlets: readonly string[], topic: string) =>
    `/outlets?outlets=${encodeURIComponent(outlets.join(','))}&topic=${encodeURIComponent(topic)}`,
}
