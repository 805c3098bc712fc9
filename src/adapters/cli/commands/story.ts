import { parseArgs } from 'node:util'
import {
  type MatchedStatement,
  matchStatements,
  type StoryArticle,
  type StorySummary,
} from '../../../analysis/stories/index.ts'
import type { StageContext } from '../../../core/index.ts'
import type { CliIo } from '../io.ts'
import { UsageError } from '../io.ts'
import { DB_HELP, DB_OPTION, withCommandStore } from './store-options.ts'
import { foldStories, storyArticleOf } from './stories.ts'
import { parseFormat } from './tabular.ts'

export const STORY_USAGE = `Usage: subtext story ID [--format table|jsonl] [--db URL]

One story (an id from \`subtext stories\`): its articles by date, each copy marked with the
original it repeats; then its statements matched across outlets despite truncation, translation or
punctuation: shared ones (carried by two or more outlets) with the outlets that left them out, and
exclusive ones (one outlet only). ${DB_HELP}`

/** One article of a story. */
export interface StoryArticleRow {
  readonly id: string
  readonly outlet: string | null
  readonly published: string | null
  readonly title: string | null
  /** The original it copies, or null for an original (or an article without copies). */
  readonly copyOf: string | null
}

/** A statement of a story with who carried it and who left it out. */
export interface StoryStatement extends MatchedStatement {
  readonly missing: readonly string[]
}

/** What `subtext story` reports. */
export interface StoryReport {
  readonly story: StorySummary
  readonly articles: readonly StoryArticleRow[]
  readonly shared: readonly StoryStatement[]
  readonly exclusive: readonly StoryStatement[]
}

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`
}

/** A story for reading: header, articles, shared and exclusive statements. */
export function renderStory(r: StoryReport): string {
  const s = r.story
  const lines = [
    `Story ${s.id}  ${s.label}`,
    `${s.first} – ${s.last} · ${s.articles.length} article(s), ${s.distinct} distinct · ${s.outlets.length} outlet(s)`,
  ]
  if (s.headline) lines.push(`Headline: ${s.headline}`)
  lines.push('', 'Articles')
  for (const a of r.articles) {
    const mark = a.copyOf ? `  [copy of ${a.copyOf}]` : ''
    lines.push(
      `  ${a.published ?? '----------'}  ${(a.outlet ?? '?').padEnd(18)} ${clip(a.title ?? a.id, 70)}${mark}`,
    )
  }
  const said = (x: StoryStatement) => `  ${x.speaker ?? 'unknown speaker'}: “${clip(x.text, 110)}”`
  lines.push('', `Shared statements (${r.shared.length})`)
  for (const x of r.shared) {
    lines.push(said(x), `     carried by: ${x.outlets.join(', ')}`)
    if (x.missing.length > 0) lines.push(`     left out by: ${x.missing.join(', ')}`)
  }
  lines.push('', `Exclusive statements (${r.exclusive.length})`)
  for (const x of r.exclusive)
    lines.push(said(x), `     only in: ${x.outlets.join(', ') || x.articles.join(', ')}`)
  return `${lines.join('\n')}\n`
}

/** A story's report: its articles by date (originals first), its statements shared and exclusive. */
export function storyReport(
  story: StorySummary,
  articles: readonly StoryArticle[],
  originalOf: (id: string) => string,
): StoryReport {
  const statements = matchStatements(
    articles.flatMap((a) =>
      a.quotes.map((q) => ({
        articleId: a.id,
        outlet: a.outlet,
        quoteId: q.id,
        text: q.text,
        speaker: q.speaker,
      })),
    ),
  ).map((x) => ({ ...x, missing: story.outlets.filter((o) => !x.outlets.includes(o)) }))
  const rows = articles.map((a) => {
    const original = originalOf(a.id)
    return {
      id: a.id,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      copyOf: original === a.id ? null : original,
    }
  })
  return {
    story,
    articles: rows.sort(
      (a, b) =>
        (a.published ?? '').localeCompare(b.published ?? '') ||
        Number(a.copyOf !== null) - Number(b.copyOf !== null),
    ),
    shared: statements.filter((x) => x.outlets.length >= 2),
    exclusive: statements.filter((x) => x.outlets.length < 2),
  }
}

/** `subtext story ID`: one story's articles and its shared and exclusive statements. */
export async function storyCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB_OPTION, format: { type: 'string' } },
  })
  const format = parseFormat('story', values.format, ['table', 'jsonl'] as const)
  const [id, ...extra] = positionals
  if (!id || extra.length > 0)
    throw new UsageError(`story: expected one story id, found ${positionals.length}`)
  return withCommandStore('story', values.db, io, { mustExist: true }, async (store) => {
    const { index } = await foldStories(store)
    const story = index.story(id)
    if (!story) {
      io.stderr.write(`subtext story: no story ${id}; \`subtext stories\` lists them\n`)
      return 1
    }
    const articles: StoryArticle[] = []
    for (const articleId of story.articles) {
      const stored = await store.getArticle(articleId)
      if (stored) articles.push(storyArticleOf(stored))
    }
    const report = storyReport(story, articles, (id) => index.duplicateGroup(id)?.original ?? id)
    io.stdout.write(format === 'jsonl' ? `${JSON.stringify(report)}\n` : renderStory(report))
    return 0
  })
}
