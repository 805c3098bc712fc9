import { type Kysely, type Migration, sql } from 'kysely'
import type { Engine } from '../schema.ts'

/** The Monday of a day's ISO week, as an ISO day, in each engine's SQL (`day` is an ISO day). */
const monday = (engine: Engine, day: string) =>
  engine === 'sqlite'
    ? sql.raw(`date(${day}, 'weekday 0', '-6 days')`)
    : sql.raw(`to_char(date_trunc('week', ${day}::date), 'YYYY-MM-DD')`)

/**
 * `topic_weeks`: statements per topic, actor, ISO week (its Monday) and label, kept by triggers on
 * `stances` as `topic_days` is (0010). A topic's field by week reads these rows: for the fifty
 * busiest actors of a topic over 182 days at 100,000 articles, 5,700 rows instead of 19,500 days.
 */
export const topicWeeksMigration = (engine: Engine): Migration => ({
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE TABLE topic_weeks (
      topic TEXT NOT NULL, actor TEXT NOT NULL, week TEXT NOT NULL, label TEXT NOT NULL,
      n INTEGER NOT NULL, PRIMARY KEY (topic, actor, week, label))`.execute(db)
    await sql`INSERT INTO topic_weeks (topic, actor, week, label, n)
      SELECT topic, actor, ${monday(engine, 'day')}, label, sum(n) FROM topic_days
      WHERE n > 0 GROUP BY topic, actor, ${monday(engine, 'day')}, label`.execute(db)
    await (engine === 'sqlite' ? sqliteTriggers(db) : postgresTriggers(db))
  },
})

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const week = monday('sqlite', 'NEW.day')
  const old = monday('sqlite', 'OLD.day')
  await sql`CREATE TRIGGER stances_week_add AFTER INSERT ON stances
    WHEN NEW.actor IS NOT NULL AND NEW.day IS NOT NULL BEGIN
      INSERT INTO topic_weeks (topic, actor, week, label, n)
      VALUES (NEW.topic, NEW.actor, ${week}, NEW.label, 1)
      ON CONFLICT (topic, actor, week, label) DO UPDATE SET n = n + 1;
    END`.execute(db)
  await sql`CREATE TRIGGER stances_week_remove AFTER DELETE ON stances
    WHEN OLD.actor IS NOT NULL AND OLD.day IS NOT NULL BEGIN
      UPDATE topic_weeks SET n = n - 1 WHERE topic = OLD.topic AND actor = OLD.actor
        AND week = ${old} AND label = OLD.label;
    END`.execute(db)
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const week = monday('postgres', 'NEW.day')
  const old = monday('postgres', 'OLD.day')
  await sql`CREATE FUNCTION stances_week() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.actor IS NOT NULL AND NEW.day IS NOT NULL THEN
          INSERT INTO topic_weeks (topic, actor, week, label, n)
          VALUES (NEW.topic, NEW.actor, ${week}, NEW.label, 1)
          ON CONFLICT (topic, actor, week, label) DO UPDATE SET n = topic_weeks.n + 1;
        END IF;
      ELSIF OLD.actor IS NOT NULL AND OLD.day IS NOT NULL THEN
        UPDATE topic_weeks SET n = n - 1 WHERE topic = OLD.topic AND actor = OLD.actor
          AND week = ${old} AND label = OLD.label;
      END IF;
      RETURN NULL;
    END $$`.execute(db)
  await sql`CREATE TRIGGER stances_week AFTER INSERT OR DELETE ON stances
    FOR EACH ROW EXECUTE FUNCTION stances_week()`.execute(db)
}
