/**
 * Stories across outlets: near-duplicate groups, incremental story clustering, one statement
 * matched across wordings, and per-outlet framing. Pure: adapters build the input records.
 * @module
 */
export * from './article.ts'
export * from './framing.ts'
export * from './framing-compare.ts'
export * from './lexicon.ts'
export * from './near-duplicates.ts'
export * from './statement-match.ts'
export * from './story-index.ts'
