import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely'

const ofArticle = (c: ColumnDefinitionBuilder) => c.notNull().references('articles.id').onDelete('cascade')

/**
 * Speech acts (`acts`): what each statement does (accuse, threaten, warn, …), with the words that
 * show it and its target. Articles stored before this migration have none until re-analysed
 * (`subtext reanalyze`).
 */
export const actsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('acts')
      .addColumn('article_id', 'text', ofArticle)
      .addColumn('quote_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('target_actor_id', 'text')
      .addColumn('target_name', 'text')
      .addColumn('evidence_start', 'integer', (c) => c.notNull())
      .addColumn('evidence_end', 'integer', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('acts_pk', ['article_id', 'seq'])
      .execute()
    await db.schema.createIndex('acts_kind').on('acts').columns(['kind']).execute()
  },
}
