import cliProgress from 'cli-progress'
import type { CliIo } from '../io.ts'

/** Counts of an ingest run. */
export interface IngestTally {
  added: number
  updated: number
  unchanged: number
  failed: number
  quotes: number
}

/** Articles seen so far, whatever became of them. */
export const seen = (t: IngestTally): number => t.added + t.updated + t.unchanged + t.failed

/** The counts in words, as progress and summary lines print them. */
export const describeTally = (t: IngestTally): string =>
  `${t.added} added, ${t.updated} updated, ${t.unchanged} unchanged, ${t.failed} failed`

/** Reports progress while a batch runs. */
export interface Progress<T = IngestTally> {
  /** After each article. */
  tick(t: T): void
  /** Before a message is printed: a terminal's progress bar is cleared first. */
  interrupt(): void
  /** At the end: clears a terminal's progress bar. */
  end(): void
}

/** What a progress report says: the command, how many articles so far, and the counts in words. */
export interface ProgressSpec<T> {
  /** The command, at the start of each line. */
  readonly label: string
  readonly count: (t: T) => number
  readonly describe: (t: T) => string
  /** How many articles the run will see, when known: the terminal then shows a bar and an ETA. */
  readonly total?: number
}

/** How often to report. */
export interface ProgressOptions {
  /** Without a terminal, a line every this many articles (default 1000). */
  readonly every?: number
  /** On a terminal, redraw at most this often, in ms (default 100). */
  readonly redrawMs?: number
  readonly now?: () => number
}

/** The progress of `subtext ingest`, whose total is not known in advance. */
export const INGEST_PROGRESS: ProgressSpec<IngestTally> = {
  label: 'ingest',
  count: seen,
  describe: describeTally,
}

const CLEAR_LINE = '\r\x1b[K'

/**
 * Progress on stderr: on a terminal (io.isTTY) a cli-progress bar redrawn in place, with the rate
 * and, when the total is known, the share done and an ETA; otherwise a plain line every `every`
 * articles, so logs stay short and readable.
 * @example const progress = createProgress(io, INGEST_PROGRESS)
 */
export function createProgress<T = IngestTally>(
  io: CliIo,
  spec: ProgressSpec<T> = INGEST_PROGRESS as unknown as ProgressSpec<T>,
  opts: ProgressOptions = {},
): Progress<T> {
  if (io.isTTY) return barProgress(io, spec, opts)
  const every = opts.every ?? 1000
  return {
    tick(t) {
      const n = spec.count(t)
      const of = spec.total === undefined ? '' : ` of ${spec.total}`
      if (n % every === 0)
        io.stderr.write(`subtext ${spec.label}: ${n}${of} article(s) so far: ${spec.describe(t)}\n`)
    },
    interrupt() {},
    end() {},
  }
}

function barProgress<T>(io: CliIo, spec: ProgressSpec<T>, opts: ProgressOptions): Progress<T> {
  const now = opts.now ?? (() => performance.now())
  const known = spec.total !== undefined
  const bar = new cliProgress.SingleBar({
    stream: io.stderr,
    format: known
      ? `${spec.label} [{bar}] {percentage}% {value}/{total} | {tally} | {rate}/s | ETA {eta_formatted}`
      : `${spec.label}: {value} article(s) | {tally} | {rate}/s`,
    fps: 1000 / (opts.redrawMs ?? 100),
    clearOnComplete: true,
    hideCursor: false,
    gracefulExit: false,
    barsize: 24,
  })
  const started = now()
  // cli-progress draws only on a stream that says it is a terminal, as process.stderr does.
  bar.start(spec.total ?? 0, 0, { tally: 'starting', rate: '0.0' })
  let running = true
  return {
    tick(t) {
      const n = spec.count(t)
      const rate = (n / Math.max((now() - started) / 1000, 0.001)).toFixed(1)
      if (running) bar.update(n, { tally: spec.describe(t), rate })
    },
    interrupt() {
      // The bar is drawn again on a later tick.
      if (running) io.stderr.write(CLEAR_LINE)
    },
    end() {
      if (running) bar.stop()
      running = false
    },
  }
}
