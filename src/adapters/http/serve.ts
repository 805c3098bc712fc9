/**
 * `subtext serve`: the API and dashboard over a store, with @hono/node-server.
 * @module
 */
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import type { StageContext } from '../../core/index.ts'
import type { CliIo } from '../cli/io.ts'
import { UsageError } from '../cli/io.ts'
import { readRegistryFile } from '../config/registry-file.ts'
import { displayDbUrl, openStore, resolveDbUrl } from '../storage/open-store.ts'
import { createApp } from './app.ts'

export const SERVE_USAGE = `Usage: subtext serve [--db URL] [--host 127.0.0.1] [--port 8080] [--registry FILE]

Serves the JSON API (/api, described at /api/openapi.json) and the dashboard over a store.
--db URL is a SQLite file or a postgres:// URL; without it, SUBTEXT_DB, then ./subtext.db.
Binding to a host other than loopback needs SUBTEXT_TOKEN: without it the server refuses to start.
When SUBTEXT_TOKEN is set, every /api request must send "Authorization: Bearer <token>".
--registry FILE (YAML) pins aliases, forces or forbids merges and labels camps on actor pages.`

/**
 * True for a loopback address or name: only these may be served without a token.
 * @example isLoopback('127.0.0.1') // true
 */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
}

/** A server that is listening. */
export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8080 */
  readonly url: string
  close(): Promise<void>
}

/**
 * Serves an app on a host and port (0 picks a free one) and resolves once it listens.
 * @example const { url, close } = await startServer(createApp({ store }), '127.0.0.1', 0)
 */
export function startServer(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const name = info.family === 'IPv6' || info.address.includes(':') ? `[${info.address}]` : info.address
      resolvePromise({
        url: `http://${name}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', reject)
  })
}

function parseServeArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      registry: { type: 'string' },
    },
  })
  const host = values.host ?? '127.0.0.1'
  const portText = values.port ?? '8080'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new UsageError(`serve: expected --port to be an integer from 0 to 65535, found ${portText}`)
  }
  return { db: values.db, host, port, registry: values.registry }
}

/**
 * Runs the server until `signal` aborts; resolves with the exit code. Refuses a non-loopback host
 * unless SUBTEXT_TOKEN is set in `io.env`, before opening the store.
 */
export async function serveUntil(argv: string[], io: CliIo, signal: AbortSignal): Promise<number> {
  const { db, host, port, registry: registryPath } = parseServeArgs(argv)
  const token = io.env?.SUBTEXT_TOKEN || undefined
  if (!isLoopback(host) && !token) {
    throw new UsageError(
      `serve: refusing to listen on ${host} without a token: set SUBTEXT_TOKEN, or use --host 127.0.0.1`,
    )
  }
  const registry = registryPath ? await readRegistryFile(registryPath) : undefined
  const url = resolveDbUrl(db, io.env)
  let store: Awaited<ReturnType<typeof openStore>>
  try {
    store = await openStore(url, { mustExist: true })
  } catch (error) {
    io.stderr.write(`subtext serve: cannot open ${displayDbUrl(url)}: ${(error as Error).message}\n`)
    return 1
  }
  try {
    const onServerError = (error: unknown) =>
      io.stderr.write(`subtext serve: ${(error as Error).stack ?? error}\n`)
    const server = await startServer(
      createApp({ store, onServerError, ...(token ? { token } : {}), ...(registry ? { registry } : {}) }),
      host,
      port,
    )
    io.stdout.write(
      `Subtext is serving ${displayDbUrl(url)} at ${server.url}/${token ? ' (API token required)' : ''}\n`,
    )
    if (!signal.aborted) await once(signal, 'abort')
    await server.close()
    return 0
  } finally {
    await store.close()
  }
}

/**
 * `subtext serve [--db URL] [--host 127.0.0.1] [--port 8080]`: serves until SIGINT or SIGTERM.
 * @example await serveCommand(['--port', '8080'], io, ctx)
 */
export async function serveCommand(argv: string[], io: CliIo, _ctx: StageContext): Promise<number> {
  const stop = new AbortController()
  const onSignal = () => stop.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await serveUntil(argv, io, stop.signal)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
