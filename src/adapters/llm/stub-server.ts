/**
 * Test support: a local server that speaks the chat-completions protocol and answers as a test
 * scripts it, including the failures the backend must survive. Only tests import it.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { StanceQuestion } from './stance-prompt.ts'

/** How the stub answers one request. */
export type StubReply =
  /** 200 with a chat completion whose content is `JSON.stringify(content)`. */
  | { readonly kind: 'answer'; readonly content: unknown }
  /** 200 with a chat completion whose content is this string verbatim (say, not JSON). */
  | { readonly kind: 'content'; readonly content: string }
  /** This status and body verbatim (a 500, a 429, a 400, or a 200 that is no chat completion). */
  | { readonly kind: 'status'; readonly status: number; readonly body?: string }
  /** Never answers: the client's timeout must fire. */
  | { readonly kind: 'hang' }

/** A request as the stub received it. */
export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly headers: IncomingHttpHeaders
  /** The parsed JSON body, or the raw text when it is not JSON. */
  readonly body: unknown
}

/** Picks the reply to the `index`-th request (0-based). */
export type StubResponder = (request: RecordedRequest, index: number) => StubReply

/** A running stub; `close()` ends hanging requests too. */
export interface StubServer {
  /** Base URL as SUBTEXT_LLM_URL takes it: `http://127.0.0.1:<port>/v1`. */
  readonly url: string
  /** Every request received, in order. */
  readonly requests: RecordedRequest[]
  close(): Promise<void>
}

/**
 * Replies in order, the last one repeated for any request after.
 * @example inOrder({ kind: 'status', status: 500 }, { kind: 'answer', content: { ok: true } })
 */
export const inOrder =
  (...replies: StubReply[]): StubResponder =>
  (_, index) =>
    replies[Math.min(index, replies.length - 1)] ?? { kind: 'status', status: 500, body: 'no reply scripted' }

/** The question refineStances sent in a request (its user message), if it is one. */
export function questionOf(request: RecordedRequest): StanceQuestion | undefined {
  const messages = (request.body as { messages?: { role: string; content: string }[] } | null)?.messages
  const user = messages?.find((m) => m.role === 'user')
  try {
    return user ? (JSON.parse(user.content) as StanceQuestion) : undefined
  } catch {
    return undefined
  }
}

const completion = (content: string) =>
  JSON.stringify({
    id: 'chatcmpl-stub',
    object: 'chat.completion',
    model: 'stub',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  })

function send(res: ServerResponse, reply: StubReply): void {
  if (reply.kind === 'hang') return
  const [status, body] =
    reply.kind === 'status'
      ? [reply.status, reply.body ?? JSON.stringify({ error: { message: `stub status ${reply.status}` } })]
      : [200, completion(reply.kind === 'answer' ? JSON.stringify(reply.content) : reply.content)]
  res.writeHead(status, { 'content-type': 'application/json' }).end(body)
}

const parseBody = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Starts the stub on 127.0.0.1 at a free port. Requests other than POST …/chat/completions get 404.
 * @example const stub = await startStubServer(inOrder({ kind: 'hang' })); …; await stub.close()
 */
export async function startStubServer(respond: StubResponder): Promise<StubServer> {
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = req.url ?? '/'
      if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
        res.writeHead(404).end()
        return
      }
      const request = {
        method: req.method,
        path,
        headers: req.headers,
        body: parseBody(Buffer.concat(chunks).toString('utf8')),
      }
      requests.push(request)
      send(res, respond(request, requests.length - 1))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => {
      // idempotent, so a test may close early and the after() hook again
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // hanging requests and idle keep-alive sockets would hold close() open
        server.closeAllConnections()
      })
      return closing
    },
  }
}
