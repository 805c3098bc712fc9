import { parseArgs } from 'node:util'
import {
  compileLexicon,
  type Evidence,
  type FramingComparison,
  type FramingDifference,
  type OutletFraming,
} from '../../../analysis/stories/index.ts'
import type { StageContext } from '../../../core/index.ts'
import { FramingFileError, readFramingFile } from '../../config/framing-file.ts'
import { readRegistryFile } from '../../config/registry-file.ts'
import { campLookup, compareOutlets } from '../../corpus/outlet-compare.ts'
import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'
import { DB_HELP, DB_OPTION, parseChoice, parseCount, parseDay, withCommandStore } from './store-options.ts'
import { splitList } from './stories.ts'
import { parseFormat, toTable } from './tabular.ts'

export const COMPARE_USAGE = `Usage: subtext compare --outlets A,B[,C…] [--topic ID | --story ID] [--since DATE] [--until DATE]
                       [--by day|week|month] [--lexicon FILE] [--registry FILE] [--evidence N]
                       [--format table|jsonl] [--db URL]

How outlets frame the same subject: which voices each quotes (share by actor, and by camp with
--registry), its attribution verbs (neutral "said" against "declared", "admitted", "claimed"…),
evaluative and loaded terms from the lexicon in its own voice and inside quotations, the stance of
the statements it quotes, and what its headlines name. Differences are given as figures with the
sentences behind them (--evidence per figure, default 2), and per period (--by, default month) a
row per outlet. The scope is a story (--story, ids from \`subtext stories\`), the articles with a
statement on a topic (--topic), or else every article of those outlets. --lexicon defaults to
examples/framing.yaml. ${DB_HELP}`

interface CompareArgs {
  readonly outlets: readonly string[]
  readonly topic: string | null
  readonly story: string | null
  readonly since: string | undefined
  readonly until: string | undefined
  readonly by: 'day' | 'week' | 'month'
  readonly evidence: number
}

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`
}
const pct = (x: number) => `${Math.round(x * 100)}%`

function summaryTable(c: FramingComparison): string {
  type Row = { figure: string; values: string[] }
  const row = (figure: string, value: (p: OutletFraming) => string): Row => ({
    figure,
    values: c.profiles.map(value),
  })
  const rows: Row[] = [
    row('articles', (p) => String(p.articles)),
    row('words', (p) => String(p.words)),
    row('statements with a cue', (p) => String(p.attribution.statements)),
    row('neutral verbs ("said")', (p) => pct(p.attribution.neutralShare)),
    row(
      'marked verbs',
      (p) =>
        p.attribution.verbs
          .filter((v) => v.class !== 'neutral')
          .map((v) => `${v.verb} ${v.count}`)
          .join(', ') || '—',
    ),
    row('loaded terms per 1,000 words', (p) => String(p.loaded.perThousandWords)),
    row('loaded terms own / quoted', (p) => `${p.loaded.ownVoice} / ${p.loaded.quoted}`),
    row(
      'top voices',
      (p) =>
        p.voices
          .slice(0, 3)
          .map((v) => `${v.name} ${pct(v.share)}`)
          .join(', ') || '—',
    ),
    row('camps', (p) => p.camps.map((x) => `${x.camp} ${pct(x.share)}`).join(', ') || '—'),
    row(
      `stance quoted${c.scope.topic ? ` (${c.scope.topic})` : ''}`,
      (p) =>
        Object.entries(p.stance.byLabel)
          .filter(([, n]) => n > 0)
          .map(([l, n]) => `${l} ${n}`)
          .join(', ') || '—',
    ),
  ]
  const columns = [
    { header: '', value: (r: Row) => r.figure },
    ...c.outlets.map((o, i) => ({ header: o, value: (r: Row) => r.values[i] ?? '', width: 48 })),
  ]
  return toTable(columns, rows)
}

const SECTIONS: readonly [FramingDifference['dimension'], string][] = [
  ['attribution', 'Attribution verbs (statements introduced by each)'],
  ['loaded', 'Loaded terms in the outlet’s own voice (count)'],
  ['voices', 'Voices (share of attributed quotes)'],
  ['camps', 'Camps (share of attributed quotes)'],
  ['stance', 'Stance of the statements quoted (share)'],
]

function figure(d: FramingDifference, value: number): string {
  return d.unit === 'share' ? pct(value) : String(value)
}

function evidenceLine(e: Evidence): string {
  return `      ${e.outlet ?? e.articleId}: ${clip(e.sentence, 150)}`
}

function differencesText(c: FramingComparison): string[] {
  const lines: string[] = []
  for (const [dimension, title] of SECTIONS) {
    const ds = c.differences.filter((d) => d.dimension === dimension)
    if (ds.length === 0) continue
    lines.push('', title)
    for (const d of ds) {
      const figures = c.outlets.map((o) => `${o} ${figure(d, d.figures[o] ?? 0)}`).join('  ·  ')
      lines.push(`  ${d.item.padEnd(24)} ${figures}`)
      lines.push(...d.evidence.map(evidenceLine))
    }
  }
  return lines
}

/** A comparison for reading: figures side by side, differences with their sentences, headlines, periods. */
export function renderComparison(c: FramingComparison): string {
  const scope = c.scope.story
    ? `story ${c.scope.story}`
    : c.scope.topic
      ? `topic ${c.scope.topic}`
      : 'all their articles'
  const lines = [
    `Framing: ${c.outlets.join(' vs ')} — ${scope}`,
    '',
    summaryTable(c).trimEnd(),
    ...differencesText(c),
  ]
  const headlines = c.profiles.flatMap((p) => p.headlines.map((h) => ({ outlet: p.outlet, ...h })))
  if (headlines.length > 0) {
    lines.push('', 'Headlines (what they name first)')
    for (const h of headlines) {
      const focus = [...h.actors, ...h.terms.map((t) => `“${t}”`)].join(', ') || 'no actor named'
      lines.push(`  ${h.outlet}: ${clip(h.headline, 90)}  → ${focus}`)
    }
  }
  if (c.timeline.length > 0) {
    lines.push('', 'Over time')
    const columns = [
      { header: 'period', value: (r: FramingComparison['timeline'][number]) => r.period },
      { header: 'outlet', value: (r: FramingComparison['timeline'][number]) => r.outlet, width: 20 },
      { header: 'articles', value: (r: FramingComparison['timeline'][number]) => r.articles },
      { header: 'statements', value: (r: FramingComparison['timeline'][number]) => r.statements },
      { header: 'neutral', value: (r: FramingComparison['timeline'][number]) => pct(r.neutralShare) },
      { header: 'loaded/1k', value: (r: FramingComparison['timeline'][number]) => r.loadedPerThousandWords },
      {
        header: 'top voices',
        value: (r: FramingComparison['timeline'][number]) => r.topVoices.join(', '),
        width: 50,
      },
    ]
    lines.push(
      ...toTable(columns, c.timeline)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    )
  }
  return `${lines.join('\n')}\n`
}

function parseCompareArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      outlets: { type: 'string' },
      topic: { type: 'string' },
      story: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      by: { type: 'string' },
      lexicon: { type: 'string' },
      registry: { type: 'string' },
      evidence: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const outlets = splitList(values.outlets ?? '')
  if (outlets.length < 2) throw new UsageError('compare: expected --outlets with two or more names, as A,B')
  if (values.topic && values.story) throw new UsageError('compare: expected --topic or --story, not both')
  const args: CompareArgs = {
    outlets,
    topic: values.topic ?? null,
    story: values.story ?? null,
    since: parseDay('compare', 'since', values.since),
    until: parseDay('compare', 'until', values.until),
    by: parseChoice('compare', 'by', values.by ?? 'month', ['day', 'week', 'month'] as const) ?? 'month',
    evidence: parseCount('compare', 'evidence', values.evidence, 2),
  }
  return { args, values, format: parseFormat('compare', values.format, ['table', 'jsonl'] as const) }
}

/** `subtext compare --outlets A,B`: how outlets frame a story, a topic or everything they share. */
export async function compareCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { args, values, format } = parseCompareArgs(argv)
  let lexicon: ReturnType<typeof compileLexicon>
  try {
    lexicon = compileLexicon(await readFramingFile(values.lexicon))
  } catch (error) {
    if (error instanceof FramingFileError) throw new UsageError(`compare: ${error.message}`)
    throw error
  }
  const campOf = campLookup(values.registry ? await readRegistryFile(values.registry) : [])
  return withCommandStore('compare', values.db, io, { mustExist: true }, async (store) => {
    const found = await compareOutlets(store, args, lexicon, campOf)
    if (found.status === 'no-story')
      throw new UsageError(`compare: no story ${args.story}; \`subtext stories\` lists them`)
    if (found.status === 'no-articles') {
      io.stderr.write(
        `subtext compare: no articles from ${found.outlets.join(', ')}${args.story ? ` in story ${args.story}` : ''}\n`,
      )
      return 1
    }
    const { comparison } = found
    io.stdout.write(format === 'jsonl' ? `${JSON.stringify(comparison)}\n` : renderComparison(comparison))
    return 0
  })
}
