import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely'

/** A column naming its article: rows go when the article goes. */
const ofArticle = (c: ColumnDefinitionBuilder) => c.notNull().references('articles.id').onDelete('cascade')

/** The article and its layers: the part of the schema both engines share word for word. */
export const coreMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('doc_id', 'text', (c) => c.notNull())
      .addColumn('source_path', 'text')
      .addColumn('source_url', 'text')
      .addColumn('outlet', 'text')
      .addColumn('outlet_key', 'text')
      .addColumn('title', 'text')
      .addColumn('byline', 'text')
      .addColumn('published', 'text')
      .addColumn('published_inferred', 'integer', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('pipeline_version', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('quote_count', 'integer', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('articles_published').on('articles').column('published').execute()
    await db.schema.createIndex('articles_outlet_key').on('articles').column('outlet_key').execute()
    await createLayers(db)
    await createQuotes(db)
    await createStancesAndDiagnostics(db)
  },
}

async function createLayers(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('article_id', 'text', ofArticle)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('regions_pk', ['article_id', 'seq'])
    .execute()

  await db.schema
    .createTable('actors')
    .addColumn('article_id', 'text', ofArticle)
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addPrimaryKeyConstraint('actors_pk', ['article_id', 'actor_id'])
    .execute()

  await db.schema
    .createTable('actor_names')
    .addColumn('article_id', 'text', ofArticle)
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_names_pk', ['article_id', 'actor_id', 'name_key'])
    .execute()
  await db.schema.createIndex('actor_names_key').on('actor_names').column('name_key').execute()
}

async function createQuotes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quotes')
    .addColumn('article_id', 'text', ofArticle)
    .addColumn('quote_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('verbatim', 'text')
    .addColumn('cue_start', 'integer')
    .addColumn('cue_end', 'integer')
    .addColumn('cue', 'text')
    .addColumn('speaker_actor_id', 'text')
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_role', 'text')
    .addColumn('speaker_start', 'integer')
    .addColumn('speaker_end', 'integer')
    .addColumn('speaker_method', 'text')
    .addColumn('speaker_confidence', 'double precision')
    .addColumn('date', 'text')
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quotes_pk', ['article_id', 'quote_id'])
    .execute()
  await db.schema.createIndex('quotes_speaker_actor').on('quotes').column('speaker_actor_id').execute()
  await db.schema.createIndex('quotes_speaker_name').on('quotes').column('speaker_name').execute()
}

async function createStancesAndDiagnostics(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stances')
    .addColumn('article_id', 'text', ofArticle)
    .addColumn('quote_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('holder', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stances_pk', ['article_id', 'quote_id', 'topic'])
    .execute()
  await db.schema.createIndex('stances_topic').on('stances').columns(['topic', 'label']).execute()

  await db.schema
    .createTable('diagnostics')
    .addColumn('article_id', 'text', ofArticle)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addPrimaryKeyConstraint('diagnostics_pk', ['article_id', 'seq'])
    .execute()
}
