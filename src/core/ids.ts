import type { Span } from './span.ts'

type Brand<T, B extends string> = T & { readonly __brand: B }
export type DocumentId = Brand<string, 'DocumentId'>
export type MentionId = Brand<string, 'MentionId'>
export type ActorId = Brand<string, 'ActorId'>
export type QuoteId = Brand<string, 'QuoteId'>
export type TopicId = Brand<string, 'TopicId'>

/** 32-bit FNV-1a of a string, as 8 hex digits: stable across runs and machines. */
export function hash32(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/** 64 bits of hash (two FNV-1a passes with different seeds), as 16 hex digits. */
export function hash64(s: string): string {
  return hash32(s) + hash32(`\u0000${s}`)
}

export const documentId = (id: string): DocumentId => id as DocumentId
export const topicId = (id: string): TopicId => id as TopicId

/** Deterministic id of a quote: the same document and span always give the same id. */
export const quoteId = (doc: DocumentId, s: Span): QuoteId => `${doc}:q:${s.start}-${s.end}` as QuoteId

/** Deterministic id of a mention. */
export const mentionId = (doc: DocumentId, s: Span): MentionId => `${doc}:m:${s.start}-${s.end}` as MentionId

/**
 * A readable, stable actor id from a name: 'Ali Khamenei' → 'ali-khamenei'.
 * @example slugify('Mohammad-Ali Ahangaran') // 'mohammad-ali-ahangaran'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const actorId = (name: string): ActorId => (slugify(name) || `actor-${hash32(name)}`) as ActorId
