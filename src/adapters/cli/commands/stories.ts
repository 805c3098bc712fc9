import { parseArgs } from 'node:util'
import { type StoryArticle, StoryIndex, type StorySummary } from '../../../analysis/stories/index.ts'
import type { StageContext } from '../../../core/index.ts'
import type { ArticleSummary, Store, StoredArticle } from '../../storage/store.ts'
import type { CliIo } from '../io.ts'
import { DB_HELP, DB_OPTION, parseCount, parseDay, withCommandStore } from './store-options.ts'
import { type Column, parseFormat, writeRows } from './tabular.ts'

export const STORIES_USAGE = `Usage: subtext stories [--since DATE] [--until DATE] [--topic ID] [--outlet NAME]
                       [--min N] [--limit N] [--format table|jsonl] [--db URL]

Stories: stored articles about the same event, grouped by time, shared actors, shared statements
and words. Wire copies and rewrites of one article are folded into its original (the "distinct"
count). Each story has an id (for \`subtext story ID\`), a label (main actors and event words), a
time span and its outlets; newest first. --since/--until keep stories active in that span, --topic
those with a statement on the topic, --outlet those an outlet covered, --min those with at least N
articles (default 1). A table shows 50 stories unless --limit says otherwise. Stories are rebuilt
from the whole store on each run, in publication order. ${DB_HELP}`

const PAGE = 500
const REGIONS_SKIPPED = new Set(['boilerplate', 'duplicate'])

/** How often a text names someone by the last word of their name (whole words, any case). */
function mentionCount(text: string, name: string): number {
  const last = name.trim().split(/\s+/).pop()
  if (!last || last.length < 3) return 1
  const re = new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu')
  return Math.max(1, text.match(re)?.length ?? 0)
}

/** A stored article as the stories module reads it. `campOf` labels actors from a registry. */
export function storyArticleOf(a: StoredArticle, campOf?: (name: string) => string | null): StoryArticle {
  const stances = new Map<string, { topic: string; label: StoredArticle['stances'][number]['label'] }[]>()
  for (const s of a.stances)
    stances.set(s.quoteId, [...(stances.get(s.quoteId) ?? []), { topic: s.topic, label: s.label }])
  const regions = (keep: (kind: string) => boolean) =>
    a.regions.filter((r) => keep(r.kind)).map((r) => ({ start: r.start, end: r.end }))
  return {
    id: a.id,
    outlet: a.source.outlet,
    published: a.published,
    title: a.title,
    text: a.text,
    actors: a.actors.map((x) => ({
      key: x.id,
      name: x.name,
      kind: x.kind,
      camp: campOf?.(x.name) ?? null,
      mentions: mentionCount(a.text, x.name),
    })),
    quotes: a.quotes.map((q) => ({
      id: q.quoteId,
      span: { start: q.start, end: q.end },
      kind: q.kind,
      text: q.text,
      speaker: q.speaker,
      speakerKey: q.actorId,
      cue: q.cue,
      statement: q.statement,
      stances: stances.get(q.quoteId) ?? [],
    })),
    skip: regions((k) => REGIONS_SKIPPED.has(k)),
    embedded: regions((k) => k === 'embed'),
  }
}

/** Every stored article's summary, in publication order (undated last), then by id. */
export async function articlesInOrder(store: Store): Promise<ArticleSummary[]> {
  const all: ArticleSummary[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset })
    all.push(...page)
    if (page.length < PAGE) break
  }
  const day = (s: ArticleSummary) => s.published ?? '9999'
  return all.sort((a, b) => day(a).localeCompare(day(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The stories of a whole store, and per article the topics its statements take a stance on. */
export interface StoryCorpus {
  readonly index: StoryIndex
  readonly articles: ReadonlyMap<string, ArticleSummary>
  readonly topics: ReadonlyMap<string, ReadonlySet<string>>
}

/** Folds every stored article, in publication order, into a story index. */
export async function foldStories(store: Store): Promise<StoryCorpus> {
  const index = new StoryIndex()
  const articles = new Map<string, ArticleSummary>()
  const topics = new Map<string, Set<string>>()
  for (const summary of await articlesInOrder(store)) {
    const stored = await store.getArticle(summary.id)
    if (!stored) continue
    articles.set(summary.id, summary)
    topics.set(summary.id, new Set(stored.stances.map((s) => s.topic)))
    index.add(storyArticleOf(stored))
  }
  return { index, articles, topics }
}

/** Splits a comma-separated option ("A,B") into trimmed, non-empty names. */
export const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')

/** A story as `subtext stories` prints it: its summary and the topics its statements address. */
export interface StoryRow extends StorySummary {
  readonly topics: readonly string[]
}

const COLUMNS: readonly Column<StoryRow>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'first', value: (s) => s.first },
  { header: 'last', value: (s) => s.last },
  { header: 'articles', value: (s) => s.articles.length },
  { header: 'distinct', value: (s) => s.distinct },
  { header: 'outlets', value: (s) => s.outlets.join(', '), width: 32 },
  { header: 'label', value: (s) => s.label, width: 70 },
]

interface StoriesFilter {
  readonly since?: string | undefined
  readonly until?: string | undefined
  readonly topic?: string | undefined
  readonly outlet?: string | undefined
  readonly min: number
}

function storyRows(corpus: StoryCorpus, f: StoriesFilter): StoryRow[] {
  return corpus.index
    .stories()
    .map((s) => ({
      ...s,
      topics: [...new Set(s.articles.flatMap((a) => [...(corpus.topics.get(a) ?? [])]))].sort(),
    }))
    .filter(
      (s) =>
        s.articles.length >= f.min &&
        (!f.since || s.last >= f.since) &&
        (!f.until || s.first <= f.until) &&
        (!f.topic || s.topics.includes(f.topic)) &&
        (!f.outlet || s.outlets.some((o) => o.toLowerCase() === f.outlet!.toLowerCase())),
    )
    .sort(
      (a, b) =>
        b.last.localeCompare(a.last) || b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1),
    )
}

/** `subtext stories`: the stories in the store, newest first. */
export async function storiesCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      since: { type: 'string' },
      until: { type: 'string' },
      topic: { type: 'string' },
      outlet: { type: 'string' },
      min: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const format = parseFormat('stories', values.format, ['table', 'jsonl'] as const)
  const filter: StoriesFilter = {
    since: parseDay('stories', 'since', values.since),
    until: parseDay('stories', 'until', values.until),
    topic: values.topic,
    outlet: values.outlet,
    min: parseCount('stories', 'min', values.min, 1),
  }
  const limit = parseCount(
    'stories',
    'limit',
    values.limit,
    format === 'table' ? 50 : Number.MAX_SAFE_INTEGER,
  )
  return withCommandStore('stories', values.db, io, { mustExist: true }, async (store) => {
    const rows = storyRows(await foldStories(store), filter)
    writeRows(io, format, COLUMNS, rows.slice(0, limit))
    if (format === 'table' && rows.length > limit)
      io.stderr.write(`subtext stories: ${rows.length - limit} more; raise --limit to see them\n`)
    return 0
  })
}
