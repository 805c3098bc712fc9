/** The streams a CLI command uses; tests pass captured ones. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  readonly stdin?: NodeJS.ReadableStream
  /** True when stdout is a terminal: colours and progress bars only then. */
  readonly isTTY: boolean
  /** Environment variables (SUBTEXT_DB and the like); defaults to none. */
  readonly env?: Readonly<Record<string, string | undefined>>
}

/** Thrown for a bad command line: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
