import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from '../schema.ts'

/**
 * `topic_months`: statements per topic, actor, month and label, kept by triggers on `stances` as
 * `topic_actors` is (0008). A topic's field by month reads a few thousand of these rows where it
 * read every statement of the actors shown (126,000 for the top fifty of a topic at 100,000
 * articles: 70–130 ms).
 */
export const topicMonthsMigration = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE TABLE topic_months (
      topic TEXT NOT NULL, actor TEXT NOT NULL, month TEXT NOT NULL, label TEXT NOT NULL,
      n INTEGER NOT NULL, PRIMARY KEY (topic, actor, month, label))`.execute(db)
    await sql`INSERT INTO topic_months (topic, actor, month, label, n)
      SELECT topic, actor, substr(day, 1, 7), label, count(*) FROM stances
      WHERE actor IS NOT NULL AND day IS NOT NULL GROUP BY topic, actor, substr(day, 1, 7), label`.execute(db)
    await (engine === 'sqlite' ? sqliteTriggers(db) : postgresTriggers(db))
  },
})

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TRIGGER stances_month_add AFTER INSERT ON stances
    WHEN NEW.actor IS NOT NULL AND NEW.day IS NOT NULL BEGIN
      INSERT INTO topic_months (topic, actor, month, label, n)
      VALUES (NEW.topic, NEW.actor, substr(NEW.day, 1, 7), NEW.label, 1)
      ON CONFLICT (topic, actor, month, label) DO UPDATE SET n = n + 1;
    END`.execute(db)
  await sql`CREATE TRIGGER stances_month_remove AFTER DELETE ON stances
    WHEN OLD.actor IS NOT NULL AND OLD.day IS NOT NULL BEGIN
      UPDATE topic_months SET n = n - 1 WHERE topic = OLD.topic AND actor = OLD.actor
        AND month = substr(OLD.day, 1, 7) AND label = OLD.label;
    END`.execute(db)
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION stances_month() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.actor IS NOT NULL AND NEW.day IS NOT NULL THEN
          INSERT INTO topic_months (topic, actor, month, label, n)
          VALUES (NEW.topic, NEW.actor, substr(NEW.day, 1, 7), NEW.label, 1)
          ON CONFLICT (topic, actor, month, label) DO UPDATE SET n = topic_months.n + 1;
        END IF;
      ELSIF OLD.actor IS NOT NULL AND OLD.day IS NOT NULL THEN
        UPDATE topic_months SET n = n - 1 WHERE topic = OLD.topic AND actor = OLD.actor
          AND month = substr(OLD.day, 1, 7) AND label = OLD.label;
      END IF;
      RETURN NULL;
    END $$`.execute(db)
  await sql`CREATE TRIGGER stances_month AFTER INSERT OR DELETE ON stances
    FOR EACH ROW EXECUTE FUNCTION stances_month()`.execute(db)
}
