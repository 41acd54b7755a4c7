/**
 * The error catalogue: every error the API can answer, with its HTTP status and a message a
 * seller can act on. Services throw `AppError` with one of these codes; the server's single
 * error handler turns it into `{ error: { code, message, requestId } }`.
 */
export const ERRORS = {
  BAD_REQUEST: { status: 400, message: 'The request is not valid.' },
  VALIDATION_FAILED: { status: 400, message: 'Some fields are not valid.' },
  UNAUTHENTICATED: { status: 401, message: 'Please sign in again.' },
  FORBIDDEN: { status: 403, message: 'You do not have permission to do this.' },
  NOT_FOUND: { status: 404, message: 'Nothing was found here.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'This address is not part of the Kayistra API.' },
  CONFLICT: { status: 409, message: 'This conflicts with a change made at the same time.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request body as JSON.' },
  RATE_LIMITED: { status: 429, message: 'Too many attempts. Please wait and try again.' },
  INTERNAL: {
    status: 500,
    message: 'Something went wrong on our side. Please try again; nothing was lost.',
  },
  SHUTTING_DOWN: {
    status: 503,
    message: 'Kayistra is restarting. Please try again in a moment.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** Where one field of a request went wrong, e.g. `{ path: 'sender.postalCode', message }`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId: string;
    fields?: FieldProblem[];
  };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: FieldProblem[];
  /** Seconds to wait before retrying, sent as `Retry-After` (rate limits, lockouts). */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    options: { message?: string; fields?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(options.message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
