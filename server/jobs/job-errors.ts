const MAX_ERROR_LENGTH = 500;

// Defence in depth only: handlers must already throw messages free of buyer data.
const EMAIL_PATTERN = /[^\s@<>()"']+@[^\s@<>()"']+\.[a-z]{2,}/gi;

export interface JobErrorOptions {
  /** False for problems a retry cannot fix (a bad payload, a refused authorisation). */
  isRetryable?: boolean;
  /** Earliest retry, e.g. from a `Retry-After` header; replaces the computed backoff. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * What a handler throws to steer retries. Its `code` and `message` are stored in `last_error`
 * and shown to operators and, through sync status, to sellers, so they must never contain PII,
 * tokens or secrets: say "order 113-… has no HS code for SKU X", not the buyer's address.
 */
export class JobError extends Error {
  readonly code: string;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(code: string, message: string, options: JobErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'JobError';
    this.code = code;
    this.isRetryable = options.isRetryable ?? true;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Whether another attempt could succeed; unknown errors are assumed to be transient. */
export function isRetryableError(error: unknown): boolean {
  return !(error instanceof JobError) || error.isRetryable;
}

/** The `last_error` text: code and message, email-like strings masked, cut to a short length. */
export function describeJobError(error: unknown): string {
  const text =
    error instanceof JobError ? `${error.code}: ${error.message}` : describeUnknown(error);
  const masked = text.replace(EMAIL_PATTERN, '[email]');

  return masked.length > MAX_ERROR_LENGTH ? `${masked.slice(0, MAX_ERROR_LENGTH - 1)}…` : masked;
}

function describeUnknown(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }

  return `Thrown value of type ${typeof error}`;
}
