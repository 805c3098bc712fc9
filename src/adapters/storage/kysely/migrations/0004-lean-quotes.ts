import type { Kysely, Migration } from 'kysely'

/**
 * Drops the two indexes on quotes by speaker. No query reads them (an actor is found through
 * `actor_names`, then its quotes through the article's primary key), and every saved quote paid
 * for them: two B-tree pages written at scattered places, a third of a save's I/O on SQLite.
 */
export const leanQuotesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('quotes_speaker_actor').ifExists().execute()
    await db.schema.dropIndex('quotes_speaker_name').ifExists().execute()
  },
}
