import { after, describe, test } from 'node:test'
import pg from 'pg'
import { openPostgresStore } from './kysely/postgres-store.ts'
import { openStore } from './open-store.ts'
import { runStoreContract } from './store.contract.ts'

runStoreContract('sqlite :memory:', () => openStore(':memory:'))

const PG_URL = process.env.SUBTEXT_TEST_PG

if (PG_URL) {
  // Each store gets a schema of its own, dropped at the end: tests never see each other's rows.
  const schemas: string[] = []
  const newPostgresStore = () => {
    const schema = `contract_${process.pid}_${schemas.length}`
    schemas.push(schema)
    return openPostgresStore(PG_URL, { schema })
  }
  after(async () => {
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
    await client.end()
  })
  runStoreContract('postgres', newPostgresStore)
} else {
  describe('Store contract: postgres', () => {
    test('skipped: set SUBTEXT_TEST_PG to a postgres:// URL to run it', { skip: true }, () => {})
  })
}
