import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from '../schema.ts'

/**
 * SQLite: FTS5 merges its segments 16 at a time instead of 4. Every save writes a small segment
 * and merging them is most of what indexing costs; wider merges rewrite each posting half as
 * often, for a few more segments to read per query. (PostgreSQL's GIN index needs nothing.)
 */
export const searchMergeMigration = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>): Promise<void> {
    if (engine !== 'sqlite') return
    await sql`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 16)`.execute(db)
    await sql`INSERT INTO search_fts (search_fts, rank) VALUES ('crisismerge', 64)`.execute(db)
  },
})
