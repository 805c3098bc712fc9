import type { StageContext } from '../../core/index.ts'
import { RegistryFileError } from '../config/registry-file.ts'
import { TopicsFileError } from '../config/topics-file.ts'
import { SERVE_USAGE, serveCommand } from '../http/serve.ts'
import { LlmConfigError } from '../llm/index.ts'
import { createWinkTagger } from '../nlp/wink-tagger.ts'
import { ACTOR_USAGE, actorCommand } from './commands/actor.ts'
import { ACTORS_USAGE, actorsCommand } from './commands/actors.ts'
import { BRIEF_USAGE, briefCommand } from './commands/brief.ts'
import { COMPARE_USAGE, compareCommand } from './commands/compare.ts'
import { demoCommand } from './commands/demo.ts'
import { EXTRACT_USAGE, extractCommand } from './commands/extract.ts'
import { INGEST_USAGE, ingestCommand } from './commands/ingest.ts'
import { POSITIONS_USAGE, positionsCommand } from './commands/positions.ts'
import { QUOTES_USAGE, quotesCommand } from './commands/quotes.ts'
import { REANALYZE_USAGE, reanalyzeCommand } from './commands/reanalyze.ts'
import { SEARCH_USAGE, searchCommand } from './commands/search.ts'
import { STATS_USAGE, statsCommand } from './commands/stats.ts'
import { STORIES_USAGE, storiesCommand } from './commands/stories.ts'
import { STORY_USAGE, storyCommand } from './commands/story.ts'
import { type CliIo, UsageError } from './io.ts'

export const USAGE = `Usage: subtext <command> [options]

Commands:
  extract PATH...   analyse articles and print quotations, speakers and regions (JSONL or text)
  ingest PATH...    analyse articles and store them (SQLite by default, PostgreSQL with --db postgres://…)
  reanalyze         re-run the pipeline on stored articles (after an upgrade)
  quotes            list stored quotations, filtered by actor, outlet, dates, topic, stance
  search WORDS      full-text search over stored quotations and articles
  stats             counts over the store
  positions         actors' stances on a topic over time: shifts, contradictions, divergence
  stories           stories: articles about one event across outlets, copies folded into their original
  story ID          one story: its articles, and the statements outlets shared or left out
  compare           how outlets frame a story or topic: voices, attribution verbs, loaded terms, stance
  brief             a topic brief as Markdown or HTML: positions, shifts, every statement cited
  actors            people and institutions across articles, most quoted first (--registry FILE)
  actor NAME        one actor: aliases, roles with dates, stances, merges, newest statements
  serve             the JSON API and the web dashboard (http://127.0.0.1:8080)
  demo              analyse the bundled example articles into the store and print them for reading
  help [COMMAND]    show help for a command`

type Command = (argv: string[], io: CliIo, ctx: StageContext) => Promise<number>
const COMMANDS: Readonly<Record<string, Command>> = {
  extract: extractCommand,
  ingest: ingestCommand,
  reanalyze: reanalyzeCommand,
  quotes: quotesCommand,
  search: searchCommand,
  stats: statsCommand,
  positions: positionsCommand,
  stories: storiesCommand,
  story: storyCommand,
  compare: compareCommand,
  brief: briefCommand,
  actors: actorsCommand,
  actor: actorCommand,
  serve: serveCommand,
  demo: demoCommand,
}

const HELP: Readonly<Record<string, string>> = {
  extract: EXTRACT_USAGE,
  ingest: INGEST_USAGE,
  reanalyze: REANALYZE_USAGE,
  quotes: QUOTES_USAGE,
  search: SEARCH_USAGE,
  stats: STATS_USAGE,
  positions: POSITIONS_USAGE,
  stories: STORIES_USAGE,
  story: STORY_USAGE,
  compare: COMPARE_USAGE,
  brief: BRIEF_USAGE,
  actors: ACTORS_USAGE,
  actor: ACTOR_USAGE,
  serve: SERVE_USAGE,
}

/** Builds what the stages need; done once per process, since loading the tagger model takes ~70 ms. */
export const createContext = (): StageContext => ({ tagger: createWinkTagger() })

/**
 * The CLI: `run(argv, io)` returns the exit code. Usage errors print a message and return 2.
 * @example await run(['extract', 'a.txt'], { stdout, stderr, isTTY: false })
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? rest[0] : undefined
    io.stdout.write(`${(topic && HELP[topic]) || USAGE}\n`)
    return 0
  }
  if (rest.includes('--help') && HELP[name]) {
    io.stdout.write(`${HELP[name]}\n`)
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    io.stderr.write(`subtext: unknown command '${name}'\n\n${USAGE}\n`)
    return 2
  }
  try {
    return await command(rest, io, createContext())
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof TopicsFileError ||
      error instanceof LlmConfigError ||
      error instanceof RegistryFileError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`subtext: ${(error as Error).message}\n`)
      return 2
    }
    throw error
  }
}
