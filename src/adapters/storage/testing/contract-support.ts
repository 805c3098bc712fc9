/**
 * What the store's contract suites share: running a test on a fresh store, saving fixtures.
 * @module
 */
import assert from 'node:assert/strict'
import type { Analyzed } from '../../../core/index.ts'
import type { Store } from '../store.ts'
import { metaOf } from './documents.ts'

/** Wraps a test body so it runs on a fresh store, closed afterwards. */
export type Run = (fn: (store: Store) => Promise<void>) => () => Promise<void>

/** Opens a store, runs `fn`, closes it whatever happens. */
export async function withStore(
  newStore: () => Promise<Store>,
  fn: (store: Store) => Promise<void>,
): Promise<void> {
  const store = await newStore()
  try {
    await fn(store)
  } finally {
    await store.close()
  }
}

/** Saves documents, checking each is new. */
export async function saveAll(store: Store, docs: readonly Analyzed[]): Promise<void> {
  for (const doc of docs) assert.equal(await store.saveArticle(doc, metaOf(doc)), 'added', doc.id)
}

/** The distinct article ids of some rows, sorted. */
export const ids = (rows: readonly { articleId: string }[]): string[] =>
  [...new Set(rows.map((r) => r.articleId))].sort()
