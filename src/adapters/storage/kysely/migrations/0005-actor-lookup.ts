import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from '../schema.ts'

/**
 * `quotes --actor` in date order without sorting every quote of a frequent name: actor_names
 * gets the article's date and one index on (name_key, published desc), so the newest matches are
 * read first and the query stops at its limit. Keys are refolded with
 * hyphens as spaces (`actorKey`), which makes an id and its name one entry: a third fewer rows,
 * and as many fewer scattered index pages written per save.
 */
export const actorLookupMigration = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('actor_names').addColumn('published', 'text').execute()
    await sql`UPDATE actor_names SET published =
      (SELECT a.published FROM articles a WHERE a.id = actor_names.article_id)`.execute(db)
    // Of keys that fold to one, keep one: the one without a hyphen, else the smallest.
    await sql`DELETE FROM actor_names WHERE name_key LIKE '%-%' AND EXISTS (
      SELECT 1 FROM actor_names b
      WHERE b.article_id = actor_names.article_id AND b.actor_id = actor_names.actor_id
        AND b.name_key <> actor_names.name_key
        AND replace(b.name_key, '-', ' ') = replace(actor_names.name_key, '-', ' ')
        AND (b.name_key NOT LIKE '%-%' OR b.name_key < actor_names.name_key))`.execute(db)
    await sql`UPDATE actor_names SET name_key = replace(name_key, '-', ' ') WHERE name_key LIKE '%-%'`.execute(
      db,
    )
    await db.schema.dropIndex('actor_names_key').execute()
    // SQLite sorts NULL first, so its DESC is PostgreSQL's DESC NULLS LAST: undated articles last.
    const published = engine === 'sqlite' ? sql`published DESC` : sql`published DESC NULLS LAST`
    // Narrow on purpose: every save adds an entry at a scattered place per key, and wider entries
    // (article and actor ids) doubled what that cost once the index outgrew the page cache.
    await sql`CREATE INDEX actor_names_lookup ON actor_names (name_key, ${published})`.execute(db)
  },
})
