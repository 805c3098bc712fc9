import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  type BriefSource,
  buildBrief,
  renderBriefHtml,
  renderBriefMarkdown,
  statementsBetween,
} from '../../../analysis/brief/index.ts'
import { computePositions, type Granularity } from '../../../analysis/positions.ts'
import type { StageContext } from '../../../core/index.ts'
import { nameMatches, nameParts } from '../../../core/index.ts'
import type { RegistryEntry } from '../../../stages/actors/index.ts'
import { readRegistryFile } from '../../config/registry-file.ts'
import { readTopicsFile } from '../../config/topics-file.ts'
import { readTopicStatements } from '../../storage/statements.ts'
import type { Store } from '../../storage/store.ts'
import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'
import { DB_HELP, DB_OPTION, parseChoice, parseDay, withCommandStore } from './store-options.ts'

export const BRIEF_USAGE = `Usage: subtext brief --topic ID [--since DATE] [--until DATE] [--by day|week|month]
                     [--registry FILE] [--topics FILE] [--format md|html] [--out FILE] [--db URL]

A brief on a topic, for reading: summary figures (statements, actors, outlets, dates), each
actor's positions per period with arrows where they change, shifts and contradictions with the
quotes behind them, then every statement by actor, cited "— Outlet, 2025-02-03, link" (the
article's URL, else its path or stored id). Statements are dated when said, else by their article;
--since and --until keep those said in that range. --by defaults to month. --registry adds camps,
--topics the topic's label. Markdown by default; --format html writes one standalone page (inline
style, no scripts, nothing fetched). --out writes to a file instead of stdout. ${DB_HELP}`

/** The camp a registry gives a name, matched as `positions` matches it. */
const campOf = (registry: readonly RegistryEntry[], name: string): string | null => {
  const parts = nameParts(name)
  const entry = registry.find((e) =>
    [e.name, ...(e.aliases ?? [])].some((n) => nameMatches(nameParts(n), parts)),
  )
  return entry?.camp ?? null
}

function parseBriefArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      topic: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      by: { type: 'string' },
      registry: { type: 'string' },
      topics: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  })
  if (!values.topic) throw new UsageError('brief: expected --topic ID')
  const since = parseDay('brief', 'since', values.since)
  const until = parseDay('brief', 'until', values.until)
  if (since && until && since > until) {
    throw new UsageError(`brief: expected --since ${since} to be on or before --until ${until}`)
  }
  const by: Granularity =
    parseChoice('brief', 'by', values.by ?? 'month', ['day', 'week', 'month'] as const) ?? 'month'
  const format = parseChoice('brief', 'format', values.format ?? 'md', ['md', 'html'] as const) ?? 'md'
  return { ...values, topic: values.topic, since, until, by, format }
}

/** Where each cited article came from: outlet, date, title, URL and path, read once per article. */
async function readSources(store: Store, articleIds: Iterable<string>): Promise<Map<string, BriefSource>> {
  const sources = new Map<string, BriefSource>()
  for (const id of new Set(articleIds)) {
    const a = await store.getArticle(id)
    if (!a) continue
    sources.set(id, {
      articleId: id,
      outlet: a.source.outlet,
      published: a.published,
      title: a.title,
      url: a.source.url,
      path: a.source.path,
    })
  }
  return sources
}

/** `subtext brief`: a topic brief as Markdown or standalone HTML, every statement cited. */
export async function briefCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const args = parseBriefArgs(argv)
  const registry = args.registry ? await readRegistryFile(args.registry) : []
  const topics = args.topics ? await readTopicsFile(args.topics) : []
  const { topic, since, until, by } = args
  return withCommandStore('brief', args.db, io, { mustExist: true }, async (store) => {
    const statements = statementsBetween(await readTopicStatements(store, topic), { since, until }).map(
      (s) => ({ ...s, camp: campOf(registry, s.actorName) }),
    )
    const brief = buildBrief({
      positions: computePositions(statements, { topic, by }),
      sources: await readSources(
        store,
        statements.map((s) => s.articleId),
      ),
      label: topics.find((t) => t.id === topic)?.label ?? null,
      since: since ?? null,
      until: until ?? null,
    })
    const text = args.format === 'html' ? renderBriefHtml(brief) : renderBriefMarkdown(brief)
    if (args.out) {
      await writeFile(args.out, text)
      io.stderr.write(`subtext brief: ${brief.summary.statements} statement(s) written to ${args.out}\n`)
    } else io.stdout.write(text)
    return 0
  })
}
