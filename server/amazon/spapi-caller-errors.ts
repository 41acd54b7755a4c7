import type { SpApiResponse } from './selling-partner-client.ts';

/** Amazon refused a request for a reason a retry cannot fix (400, 403, 404...). */
export class SpApiRequestError extends Error {
  readonly operation: string;
  readonly status: number;
  /** Amazon's first error code, e.g. `InvalidInput`. */
  readonly amazonCode: string | undefined;

  constructor(operation: string, response: SpApiResponse) {
    const first = firstAmazonError(response.body);

    super(`${operation} answered ${response.status} ${first?.code ?? ''}: ${first?.message ?? ''}`);
    this.name = 'SpApiRequestError';
    this.operation = operation;
    this.status = response.status;
    this.amazonCode = first?.code;
  }
}

/** Every attempt was throttled, failed on Amazon's side or never got an answer. */
export class SpApiUnavailableError extends Error {
  readonly operation: string;
  readonly attempts: number;
  /** The last attempt was a 429: Amazon is busy for us, not down. */
  readonly wasThrottled: boolean;

  constructor(operation: string, attempts: number, lastFailure: string, wasThrottled: boolean) {
    super(`${operation} failed ${attempts} times; last: ${lastFailure}`);
    this.name = 'SpApiUnavailableError';
    this.operation = operation;
    this.attempts = attempts;
    this.wasThrottled = wasThrottled;
  }
}

// Connection failures and the client's own timeouts: the request may never have reached Amazon,
// or its answer was lost. LWA's JSON-less 5xx pages surface as the parse-error codes.
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'API_RESPONSE_TIMEOUT',
  'API_DEADLINE_TIMEOUT',
  'API_IDLE_TIMEOUT',
  'REFRESH_ACCESS_TOKEN_PARSE_ERROR',
  'UNKNOWN_REFRESH_ACCESS_TOKEN_ERROR',
  'server_error',
  'temporarily_unavailable',
]);

/** Whether a thrown error is a network or timeout failure worth another attempt. */
export function isTransientFailure(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };

  return (
    (typeof code === 'string' && TRANSIENT_CODES.has(code)) ||
    (typeof message === 'string' && /socket hang up/i.test(message))
  );
}

/** A short label for logs and run counts: the error code, never a body. */
export function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown })?.code;

  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}

/** `x-amzn-RateLimit-Limit` as a number, when Amazon sent a sensible one. */
export function readReportedRate(headers: SpApiResponse['headers']): number | undefined {
  const raw = headers['x-amzn-ratelimit-limit'] ?? headers['x-amzn-RateLimit-Limit'];
  const rate = Number(Array.isArray(raw) ? raw[0] : raw);

  return raw !== undefined && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

function firstAmazonError(body: unknown): { code?: string; message?: string } | undefined {
  const errors = (body as { errors?: unknown } | undefined)?.errors;

  return Array.isArray(errors) ? (errors[0] as { code?: string; message?: string }) : undefined;
}
