import type { Kysely, Migration, MigrationProvider } from 'kysely'
import { Migrator } from 'kysely'
import type { Engine } from '../schema.ts'
import { coreMigration } from './0001-core.ts'
import { searchMigration } from './0002-search.ts'
import { inputMigration } from './0003-input.ts'
import { leanQuotesMigration } from './0004-lean-quotes.ts'
import { actorLookupMigration } from './0005-actor-lookup.ts'
import { searchMergeMigration } from './0006-search-merge.ts'
import { actsMigration } from './0007-acts.ts'
import { topicFieldMigration } from './0008-topic-field.ts'
import { topicMonthsMigration } from './0009-topic-months.ts'
import { topicDaysMigration } from './0010-topic-days.ts'
import { topicWeeksMigration } from './0011-topic-weeks.ts'

/**
 * Every migration, by name, in order. Listed here rather than found on disk, so bundling or
 * running from another directory cannot lose one. Names sort in the order they must run.
 */
export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001-core': coreMigration,
    '0002-search': searchMigration(engine),
    '0003-input': inputMigration,
    '0004-lean-quotes': leanQuotesMigration,
    '0005-actor-lookup': actorLookupMigration(engine),
    '0006-search-merge': searchMergeMigration(engine),
    '0007-acts': actsMigration,
    '0008-topic-field': topicFieldMigration(engine),
    '0009-topic-months': topicMonthsMigration(engine),
    '0010-topic-days': topicDaysMigration(engine),
    '0011-topic-weeks': topicWeeksMigration(engine),
  }
}

/** A provider over {@link migrationsFor}, for Kysely's Migrator. */
export const staticProvider = (engine: Engine): MigrationProvider => ({
  getMigrations: async () => migrationsFor(engine),
})

/**
 * Brings the schema up to date. Throws, naming the migration, when one fails; the Migrator runs
 * them in a transaction and holds a lock, so two processes opening one store do not race.
 */
export async function migrateToLatest(db: Kysely<unknown>, engine: Engine, schema?: string): Promise<void> {
  // Without a schema Kysely takes a migration table in any schema for ours: name it on PostgreSQL.
  const where = schema === undefined ? {} : { migrationTableSchema: schema }
  const migrator = new Migrator({ db, provider: staticProvider(engine), ...where })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`store: migration ${failed} failed: ${(error as Error).message}`, { cause: error })
  }
}
