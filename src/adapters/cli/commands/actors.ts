import { parseArgs } from 'node:util'
import type { StageContext } from '../../../core/index.ts'
import { readRegistryFile } from '../../config/registry-file.ts'
import { type ActorSummary, listActors } from '../../corpus/corpus-actors.ts'
import type { CliIo } from '../io.ts'
import { DB_HELP, DB_OPTION, parseCount, withCommandStore } from './store-options.ts'
import { type Column, parseFormat, type RowFormat, writeRows } from './tabular.ts'

export const ACTORS_USAGE = `Usage: subtext actors [--registry FILE] [--limit N] [--offset N]
                     [--format table|jsonl|csv] [--db URL]

Lists the people and institutions of the stored articles, one identity each across articles
(spellings merged, namesakes kept apart, --registry overrides), most quoted first: statements,
articles, first and last dates seen, main role, aliases and registry labels. A table shows 50 rows
unless --limit says otherwise; jsonl and csv print every actor. ${DB_HELP}`

const FORMATS: readonly RowFormat[] = ['table', 'jsonl', 'csv']
const TABLE_LIMIT = 50

/** The columns of the table and of CSV (JSONL prints the whole summary). */
export const ACTOR_COLUMNS: readonly Column<ActorSummary>[] = [
  { header: 'statements', value: (a) => a.statements },
  { header: 'articles', value: (a) => a.articles },
  { header: 'first', value: (a) => a.first },
  { header: 'last', value: (a) => a.last },
  { header: 'name', value: (a) => a.name, width: 28 },
  { header: 'kind', value: (a) => a.kind },
  { header: 'role', value: (a) => a.roles[0]?.title ?? null, width: 30 },
  { header: 'camp', value: (a) => a.labels.camp ?? null, width: 16 },
  { header: 'country', value: (a) => a.labels.country ?? null, width: 16 },
  { header: 'affiliation', value: (a) => a.labels.affiliation ?? null, width: 24 },
  { header: 'id', value: (a) => a.id, width: 32 },
  { header: 'aliases', value: (a) => a.aliases.join('; '), width: 40 },
]

/** The table leaves out what the report of one actor (`subtext actor`) shows. */
const TABLE_COLUMNS = ACTOR_COLUMNS.filter((c) => !['country', 'affiliation'].includes(c.header))

/**
 * `subtext actors`: the canonical actors of the store, most quoted first.
 * @example await actorsCommand(['--registry', 'registry.yaml', '--format', 'jsonl'], io, ctx)
 */
export async function actorsCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      registry: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const format = parseFormat('actors', values.format, FORMATS)
  const fallback = format === 'table' ? TABLE_LIMIT : Number.MAX_SAFE_INTEGER
  const limit = parseCount('actors', 'limit', values.limit, fallback)
  const offset = parseCount('actors', 'offset', values.offset, 0)
  const registry = values.registry ? await readRegistryFile(values.registry) : []
  return withCommandStore('actors', values.db, io, { mustExist: true }, async (store) => {
    const actors = (await listActors(store, registry)).slice(offset, offset + limit)
    if (actors.length === 0) io.stderr.write('subtext actors: no actor is stored\n')
    else writeRows(io, format, format === 'table' ? TABLE_COLUMNS : ACTOR_COLUMNS, actors)
    return 0
  })
}
