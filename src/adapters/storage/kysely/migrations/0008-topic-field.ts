import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from '../schema.ts'

/**
 * What a topic's field (GET /api/positions) reads, kept as statements are saved, so a topic with
 * hundreds of thousands of statements answers in milliseconds:
 * - `stances` carries its statement's actor key (the speaker's actor id, else name), the day it
 *   was said (the quotation's date, else the article's) and the outlet, with one index
 *   (topic, actor, day, label): an actor's days on a topic are one index range;
 * - `topic_actors` and `topic_outlets` count statements per topic and actor or outlet, kept by
 *   triggers on `stances`, which fire for the rows a deleted or replaced article takes with it.
 * Existing stances are filled in from their quotations and articles.
 */
export const topicFieldMigration = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>): Promise<void> {
    for (const column of ['actor', 'actor_name', 'day', 'outlet'])
      await db.schema.alterTable('stances').addColumn(column, 'text').execute()
    await sql`UPDATE stances SET
      actor = (SELECT coalesce(q.speaker_actor_id, q.speaker_name) FROM quotes q
        WHERE q.article_id = stances.article_id AND q.quote_id = stances.quote_id),
      actor_name = (SELECT q.speaker_name FROM quotes q
        WHERE q.article_id = stances.article_id AND q.quote_id = stances.quote_id),
      day = (SELECT coalesce(q.date, a.published) FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.article_id = stances.article_id AND q.quote_id = stances.quote_id),
      outlet = (SELECT a.outlet FROM articles a WHERE a.id = stances.article_id)`.execute(db)
    await sql`CREATE INDEX stances_field ON stances (topic, actor, day, label)`.execute(db)
    await sql`CREATE TABLE topic_actors (
      topic TEXT NOT NULL, actor TEXT NOT NULL, actor_name TEXT, n INTEGER NOT NULL,
      PRIMARY KEY (topic, actor))`.execute(db)
    await sql`CREATE INDEX topic_actors_rank ON topic_actors (topic, n)`.execute(db)
    await sql`CREATE TABLE topic_outlets (
      topic TEXT NOT NULL, outlet TEXT NOT NULL, n INTEGER NOT NULL,
      PRIMARY KEY (topic, outlet))`.execute(db)
    await sql`INSERT INTO topic_actors (topic, actor, actor_name, n)
      SELECT topic, actor, max(actor_name), count(*) FROM stances
      WHERE actor IS NOT NULL AND day IS NOT NULL GROUP BY topic, actor`.execute(db)
    await sql`INSERT INTO topic_outlets (topic, outlet, n)
      SELECT topic, outlet, count(*) FROM stances WHERE outlet IS NOT NULL GROUP BY topic, outlet`.execute(db)
    await (engine === 'sqlite' ? sqliteTriggers(db) : postgresTriggers(db))
  },
})

/** Counted statements are those with an actor and a day: the ones positions are made of. */
async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TRIGGER stances_field_add AFTER INSERT ON stances
    WHEN NEW.actor IS NOT NULL AND NEW.day IS NOT NULL BEGIN
      INSERT INTO topic_actors (topic, actor, actor_name, n) VALUES (NEW.topic, NEW.actor, NEW.actor_name, 1)
      ON CONFLICT (topic, actor) DO UPDATE SET n = n + 1, actor_name = excluded.actor_name;
    END`.execute(db)
  await sql`CREATE TRIGGER stances_field_remove AFTER DELETE ON stances
    WHEN OLD.actor IS NOT NULL AND OLD.day IS NOT NULL BEGIN
      UPDATE topic_actors SET n = n - 1 WHERE topic = OLD.topic AND actor = OLD.actor;
    END`.execute(db)
  await sql`CREATE TRIGGER stances_outlet_add AFTER INSERT ON stances
    WHEN NEW.outlet IS NOT NULL BEGIN
      INSERT INTO topic_outlets (topic, outlet, n) VALUES (NEW.topic, NEW.outlet, 1)
      ON CONFLICT (topic, outlet) DO UPDATE SET n = n + 1;
    END`.execute(db)
  await sql`CREATE TRIGGER stances_outlet_remove AFTER DELETE ON stances
    WHEN OLD.outlet IS NOT NULL BEGIN
      UPDATE topic_outlets SET n = n - 1 WHERE topic = OLD.topic AND outlet = OLD.outlet;
    END`.execute(db)
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION stances_field() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.actor IS NOT NULL AND NEW.day IS NOT NULL THEN
          INSERT INTO topic_actors (topic, actor, actor_name, n) VALUES (NEW.topic, NEW.actor, NEW.actor_name, 1)
          ON CONFLICT (topic, actor) DO UPDATE SET n = topic_actors.n + 1, actor_name = excluded.actor_name;
        END IF;
        IF NEW.outlet IS NOT NULL THEN
          INSERT INTO topic_outlets (topic, outlet, n) VALUES (NEW.topic, NEW.outlet, 1)
          ON CONFLICT (topic, outlet) DO UPDATE SET n = topic_outlets.n + 1;
        END IF;
      ELSE
        IF OLD.actor IS NOT NULL AND OLD.day IS NOT NULL THEN
          UPDATE topic_actors SET n = n - 1 WHERE topic = OLD.topic AND actor = OLD.actor;
        END IF;
        IF OLD.outlet IS NOT NULL THEN
          UPDATE topic_outlets SET n = n - 1 WHERE topic = OLD.topic AND outlet = OLD.outlet;
        END IF;
      END IF;
      RETURN NULL;
    END $$`.execute(db)
  await sql`CREATE TRIGGER stances_field AFTER INSERT OR DELETE ON stances
    FOR EACH ROW EXECUTE FUNCTION stances_field()`.execute(db)
}
