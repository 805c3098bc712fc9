import type { Kysely, Migration } from 'kysely'

/**
 * What the reader handed the pipeline beyond the text (format, stated title, HTML structure
 * hints), so `subtext reanalyze` can rebuild the same input from the store. Nullable: rows saved
 * before this migration have none, and are re-analysed as their path's format.
 */
export const inputMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const column of ['input_format', 'input_title', 'input_structure']) {
      await db.schema.alterTable('articles').addColumn(column, 'text').execute()
    }
  },
}
