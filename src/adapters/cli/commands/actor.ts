import { parseArgs } from 'node:util'
import type { StageContext } from '../../../core/index.ts'
import { readRegistryFile } from '../../config/registry-file.ts'
import {
  type ActorReport,
  findActor,
  readActorReport,
  summariseCandidate,
} from '../../corpus/actor-report.ts'
import {
  type ActorSummary,
  byStatements,
  countMembers,
  readCorpusActors,
} from '../../corpus/corpus-actors.ts'
import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'
import { DB_HELP, DB_OPTION, parseCount, withCommandStore } from './store-options.ts'
import { type Column, parseFormat, toTable } from './tabular.ts'

export const ACTOR_USAGE = `Usage: subtext actor NAME [--registry FILE] [--limit N] [--format table|jsonl] [--db URL]

One person or institution across the stored articles: aliases, registry labels, roles with the
first and last dates each was seen, statements counted by topic and stance, the article actors
merged into it and why, and its --limit newest statements (default 10). NAME is a name, alias,
surname or id in any case; when it fits several actors they are listed with their ids, and the
exit code is 1, as it is when nothing fits. ${DB_HELP}`

const span = (first: string | null, last: string | null) =>
  first === last ? (first ?? 'undated') : `${first ?? '?'} – ${last ?? '?'}`

const cut = (text: string, max: number) => {
  const chars = [...text.replace(/\s+/g, ' ')]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')
}

function renderHead(r: ActorReport): string[] {
  const labels = (['country', 'affiliation', 'camp'] as const)
    .filter((k) => r.labels[k])
    .map((k) => `${k} ${r.labels[k]}`)
  return [
    `${r.name}  (${r.kind}, id ${r.id})`,
    ...(labels.length ? [`Labels:   ${labels.join(' · ')}`] : []),
    `Aliases:  ${r.aliases.length ? r.aliases.join(', ') : 'none'}`,
    r.articles === 0
      ? 'Seen:     in no stored article (named by the registry only)'
      : `Seen:     ${span(r.first, r.last)} in ${r.articles} article(s); ${r.statements} statement(s) in ${r.quotations} quotation(s)`,
  ]
}

function renderRoles(r: ActorReport): string[] {
  if (r.roles.length === 0) return ['', 'Roles: none given']
  const rows = r.roles.map((x) => ({ ...x, seen: span(x.first, x.last) }))
  const columns: Column<(typeof rows)[number]>[] = [
    { header: 'role', value: (x) => x.title, width: 40 },
    { header: 'kind', value: (x) => x.kind },
    { header: 'seen', value: (x) => x.seen },
    { header: 'articles', value: (x) => x.articles },
  ]
  return ['', 'Roles', ...indent(toTable(columns, rows))]
}

function renderStances(r: ActorReport): string[] {
  if (r.stances.length === 0) return ['', 'Stances: none recorded']
  const topics = [...new Set(r.stances.map((s) => s.topic))]
  const lines = topics.map((t) => {
    const counts = r.stances.filter((s) => s.topic === t).map((s) => `${s.label} ${s.statements}`)
    return `  ${t}: ${counts.join(' · ')}`
  })
  const note = r.stancesComplete ? [] : ['  (from the newest articles only)']
  return ['', 'Stances (statements)', ...lines, ...note]
}

function renderEvidence(r: ActorReport): string[] {
  const columns: Column<ActorReport['evidence'][number]>[] = [
    { header: 'name', value: (e) => e.name, width: 32 },
    { header: 'reason', value: (e) => e.reason },
    { header: 'confidence', value: (e) => e.confidence.toFixed(2) },
    { header: 'articles', value: (e) => String(e.articles) },
    { header: 'first article', value: (e) => e.article },
  ]
  return r.evidence.length ? ['', 'Merged from', ...indent(toTable(columns, r.evidence))] : []
}

function renderQuotes(r: ActorReport): string[] {
  if (r.quotes.length === 0) return []
  const lines = r.quotes.map((q) => {
    const stances = q.stances.map((s) => `${s.topic}: ${s.label}`).join(', ')
    const where = [q.date ?? q.published ?? 'undated', q.outlet ?? q.articleId].join(' · ')
    return `  ${where}  “${cut(q.text, 100)}”${stances ? `  [${stances}]` : ''}`
  })
  return ['', `Newest statements (${r.quotes.length} of ${r.quotations} quotations)`, ...lines]
}

const indent = (table: string) =>
  table
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)

/** The report as text for reading: head, roles, stances, merges and the newest statements. */
export function renderActorReport(r: ActorReport): string {
  const lines = [
    ...renderHead(r),
    ...renderRoles(r),
    ...renderStances(r),
    ...renderEvidence(r),
    ...renderQuotes(r),
  ]
  return `${lines.join('\n')}\n`
}

function writeCandidates(io: CliIo, name: string, candidates: readonly ActorSummary[]): void {
  const columns: Column<ActorSummary>[] = [
    { header: 'id', value: (a) => a.id, width: 32 },
    { header: 'name', value: (a) => a.name, width: 28 },
    { header: 'role', value: (a) => a.roles[0]?.title ?? null, width: 30 },
    { header: 'statements', value: (a) => a.statements },
    { header: 'seen', value: (a) => span(a.first, a.last) },
  ]
  io.stderr.write(
    `subtext actor: '${name}' fits ${candidates.length} actors; name one by its id:\n` +
      indent(toTable(columns, candidates)).join('\n') +
      '\n',
  )
}

/**
 * `subtext actor NAME`: one actor's identity, roles over time, stances and statements.
 * @example await actorCommand(['Rasaee', '--format', 'jsonl'], io, ctx)
 */
export async function actorCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DB_OPTION,
      registry: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const name = positionals.join(' ').trim()
  if (!name) throw new UsageError('actor: expected a NAME')
  const format = parseFormat('actor', values.format, ['table', 'jsonl'] as const)
  const limit = parseCount('actor', 'limit', values.limit, 10)
  const registry = values.registry ? await readRegistryFile(values.registry) : []
  return withCommandStore('actor', values.db, io, { mustExist: true }, async (store) => {
    const corpus = await readCorpusActors(store, registry)
    const found = findActor(corpus, name)
    if (found.status === 'none') {
      io.stderr.write(`subtext actor: no stored actor answers to '${name}'; \`subtext actors\` lists them\n`)
      return 1
    }
    if (found.status === 'ambiguous') {
      const { statements } = await countMembers(store)
      const candidates = found.candidates.map((c) => summariseCandidate(corpus, statements, c))
      writeCandidates(io, name, candidates.sort(byStatements))
      return 1
    }
    const report = await readActorReport(store, corpus, found.actor, {
      limit,
      counts: await countMembers(store),
    })
    io.stdout.write(format === 'jsonl' ? `${JSON.stringify(report)}\n` : renderActorReport(report))
    return 0
  })
}
