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

/** Reports progress while an ingest runs. */
export interface Progress {
  /** After each article. */
  tick(t: IngestTally): void
  /** Before a message is printed: a terminal's progress line is cleared first. */
  interrupt(): void
  /** At the end: clears a terminal's progress line. */
  end(): void
}

/** How often to report. */
export interface ProgressOptions {
  /** Without a terminal, a line every this many articles (default 1000). */
  readonly every?: number
  /** On a terminal, redraw at most this often, in ms (default 100). */
  readonly redrawMs?: number
  readonly now?: () => number
}

const CLEAR_LINE = '\r\x1b[K'

/**
 * Progress on stderr: on a terminal one line redrawn in place (`\r`), with the rate; otherwise a
 * plain line every `every` articles, so logs stay short and readable.
 */
export function createProgress(io: CliIo, opts: ProgressOptions = {}): Progress {
  const every = opts.every ?? 1000
  const redrawMs = opts.redrawMs ?? 100
  const now = opts.now ?? (() => performance.now())
  const started = now()
  let drawn = false
  let lastDraw = Number.NEGATIVE_INFINITY
  return {
    tick(t) {
      const n = seen(t)
      if (!io.isTTY) {
        if (n % every === 0) io.stderr.write(`subtext ingest: ${n} article(s) so far: ${describeTally(t)}\n`)
        return
      }
      const at = now()
      if (at - lastDraw < redrawMs) return
      lastDraw = at
      const rate = n / Math.max((at - started) / 1000, 0.001)
      io.stderr.write(`${CLEAR_LINE}ingest: ${n} article(s), ${describeTally(t)} (${rate.toFixed(1)}/s)`)
      drawn = true
    },
    interrupt() {
      if (drawn) io.stderr.write(CLEAR_LINE)
      drawn = false
      lastDraw = Number.NEGATIVE_INFINITY
    },
    end() {
      if (drawn) io.stderr.write(CLEAR_LINE)
      drawn = false
    },
  }
}
