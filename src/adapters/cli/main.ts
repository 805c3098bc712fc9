import type { StageContext } from '../../core/index.ts'
import { TopicsFileError } from '../config/topics-file.ts'
import { createWinkTagger } from '../nlp/wink-tagger.ts'
import { demoCommand } from './commands/demo.ts'
import { EXTRACT_USAGE, extractCommand } from './commands/extract.ts'
import { type CliIo, UsageError } from './io.ts'

export const USAGE = `Usage: subtext <command> [options]

Commands:
  extract PATH...   analyse articles and print quotations, speakers and regions (JSONL or text)
  demo              analyse the bundled example articles and print them for reading
  help [COMMAND]    show help

${EXTRACT_USAGE}`

type Command = (argv: string[], io: CliIo, ctx: StageContext) => Promise<number>
const COMMANDS: Readonly<Record<string, Command>> = { extract: extractCommand, demo: demoCommand }

/** Builds what the stages need; done once per process, since loading the tagger model takes ~70 ms. */
export const createContext = (): StageContext => ({ tagger: createWinkTagger() })

/**
 * The CLI: `run(argv, io)` returns the exit code. Usage errors print a message and return 2.
 * @example await run(['extract', 'a.txt'], { stdout, stderr, isTTY: false })
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${USAGE}\n`)
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
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`subtext: ${(error as Error).message}\n`)
      return 2
    }
    throw error
  }
}
