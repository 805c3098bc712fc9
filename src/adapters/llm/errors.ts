/** Base class of every error the LLM backend raises: catch this to fall back to the rules. */
export class LlmError extends Error {
  override readonly name: string = 'LlmError'
}

/** A bad SUBTEXT_LLM_* setting; the message names the variable (or override) at fault. */
export class LlmConfigError extends LlmError {
  override readonly name = 'LlmConfigError'
}

/** No response within the configured timeout (after every retry). */
export class LlmTimeoutError extends LlmError {
  override readonly name = 'LlmTimeoutError'
}

/** The request never got an HTTP response: connection refused, reset, DNS (after every retry). */
export class LlmNetworkError extends LlmError {
  override readonly name = 'LlmNetworkError'
}

/** The server answered with a non-2xx status. 429 and 5xx were retried first; other 4xx were not. */
export class LlmHttpError extends LlmError {
  override readonly name = 'LlmHttpError'
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The server answered 2xx, but not with a chat completion whose content is JSON of the asked shape. */
export class LlmResponseError extends LlmError {
  override readonly name = 'LlmResponseError'
}
