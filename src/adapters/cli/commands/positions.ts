import { parseArgs } from 'node:util'
import {
  computePositions,
  type Granularity,
  type Positions,
  type Statement,
} from '../../../analysis/positions.ts'
import type { StageContext } from '../../../core/index.ts'
import { nameMatches, nameParts } from '../../../core/index.ts'
import type { RegistryEntry } from '../../../stages/actors/index.ts'
import { readRegistryFile } from '../../config/registry-file.ts'
import { readTopicStatements } from '../../storage/statements.ts'
import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'
import { DB_HELP, DB_OPTION, parseChoice, parseCount, withCommandStore } from './store-options.ts'

export const POSITIONS_USAGE = `Usage: subtext positions --topic ID [--actor NAME] [--by day|week|month] [--within DAYS]
                         [--registry FILE] [--format table|jsonl] [--db URL]

Each actor's stance on a topic over time, from the stored statements: a label per period, the
shifts between periods with the statements on each side, contradictions (support and oppose from
one actor within --within days, default 14) and divergence inside a camp (camps from --registry).
A statement is dated when it was said, or else by its article. ${DB_HELP}`

const campOf = (registry: readonly RegistryEntry[], name: string): string | null => {
  const parts = nameParts(name)
  const entry = registry.find((e) =>
    [e.name, ...(e.aliases ?? [])].some((n) => nameMatches(nameParts(n), parts)),
  )
  return entry?.camp ?? null
}

const quote = (s: Statement) =>
  `${s.date} ${s.outlet ?? s.articleId}: “${s.text.length > 90 ? `${s.text.slice(0, 89)}…` : s.text}”`

/** Positions for people: per actor its periods, then shifts, contradictions and divergence with their statements. */
export function renderPositions(p: Positions): string {
  const lines: string[] = [`Positions on ${p.topic}, by ${p.by}`]
  for (const a of p.actors) {
    lines.push('', `${a.actorName}${a.camp ? ` (${a.camp})` : ''}`)
    for (const period of a.periods)
      lines.push(`  ${period.period}  ${period.label.padEnd(11)} ${period.statements.length} statement(s)`)
  }
  for (const s of p.shifts) {
    lines.push(
      '',
      `SHIFT  ${s.actorName}: ${s.from.label} (${s.from.period}) → ${s.to.label} (${s.to.period})`,
    )
    for (const x of s.from.statements.filter((x) => x.label === s.from.label))
      lines.push(`   before  ${quote(x)}`)
    for (const x of s.to.statements.filter((x) => x.label === s.to.label))
      lines.push(`   after   ${quote(x)}`)
  }
  for (const c of p.contradictions) {
    lines.push(
      '',
      `CONTRADICTION  ${c.actorName}, ${c.days} day(s) apart`,
      `   ${c.a.label}  ${quote(c.a)}`,
      `   ${c.b.label}  ${quote(c.b)}`,
    )
  }
  for (const d of p.divergences) {
    const parts = Object.entries(d.byLabel).map(([label, names]) => `${label}: ${names?.join(', ')}`)
    lines.push('', `DIVERGENCE  ${d.camp} camp, ${d.period}: ${parts.join('; ')}`)
  }
  return `${lines.join('\n')}\n`
}

/** `subtext positions`: actors' stances on a topic over time, shifts, contradictions, divergence. */
export async function positionsCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      topic: { type: 'string' },
      actor: { type: 'string' },
      by: { type: 'string' },
      within: { type: 'string' },
      registry: { type: 'string' },
      format: { type: 'string' },
    },
  })
  if (!values.topic) throw new UsageError('positions: expected --topic ID')
  const by: Granularity =
    parseChoice('positions', 'by', values.by ?? 'day', ['day', 'week', 'month'] as const) ?? 'day'
  const format =
    parseChoice('positions', 'format', values.format ?? 'table', ['table', 'jsonl'] as const) ?? 'table'
  const withinDays = parseCount('positions', 'within', values.within, 14)
  const registry = values.registry ? await readRegistryFile(values.registry) : []
  const topic = values.topic
  return withCommandStore('positions', values.db, io, { mustExist: true }, async (store) => {
    const statements = (await readTopicStatements(store, topic, values.actor)).map((s) => ({
      ...s,
      camp: campOf(registry, s.actorName),
    }))
    const positions = computePositions(statements, { topic, by, withinDays })
    io.stdout.write(format === 'jsonl' ? `${JSON.stringify(positions)}\n` : renderPositions(positions))
    return 0
  })
}
