/**
 * Problem details (RFC 9457) for the HTTP API: the errors a route throws and the JSON body
 * `app.onError` turns them into.
 * @module
 */

/** The body of an error response, served as `application/problem+json`. */
export interface Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
}

/** An error that knows its HTTP status; `app.onError` answers with its problem details. */
export class HttpProblem extends Error {
  override readonly name: string = 'HttpProblem'
  constructor(
    readonly status: number,
    readonly title: string,
    readonly slug: string,
    detail: string,
  ) {
    super(detail)
  }
}

/** Thrown when what a request names does not exist: answered with 404. */
export class NotFoundError extends HttpProblem {
  override readonly name = 'NotFoundError'
  constructor(detail: string) {
    super(404, 'Not Found', 'not-found', detail)
  }
}

/** Thrown for a bad query or path parameter: answered with 400. */
export class ValidationError extends HttpProblem {
  override readonly name = 'ValidationError'
  constructor(detail: string) {
    super(400, 'Bad Request', 'validation', detail)
  }
}

/** Thrown when /api/* needs a token and the request has none or a wrong one: answered with 401. */
export class UnauthorizedError extends HttpProblem {
  override readonly name = 'UnauthorizedError'
  constructor(detail: string) {
    super(401, 'Unauthorized', 'unauthorized', detail)
  }
}

/** The media type of problem details. */
export const PROBLEM_TYPE = 'application/problem+json'

/**
 * The problem details for any error: an {@link HttpProblem} says what went wrong; anything else
 * is a 500 whose detail never includes the message or stack, which may hold paths or SQL.
 * @example problemOf(new NotFoundError('no article x')).status // 404
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof HttpProblem) {
    return {
      type: `urn:subtext:problem:${error.slug}`,
      title: error.title,
      status: error.status,
      detail: error.message,
    }
  }
  return {
    type: 'urn:subtext:problem:internal',
    title: 'Internal Server Error',
    status: 500,
    detail: 'The server could not answer this request; the error is in its log.',
  }
}
