import { Writable } from 'node:stream'

/**
 * A writable stream that keeps what is written, for tests of commands that print: pass it as a
 * CliIo's stdout or stderr and read `text`. `isTTY` says whether it poses as a terminal.
 * @example const stdout = new Collector(); await run(['stats'], { stdout, stderr, isTTY: false })
 */
export class Collector extends Writable {
  text = ''
  constructor(readonly isTTY = false) {
    super()
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString()
    done()
  }
}
