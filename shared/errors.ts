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
  INVALID_CREDENTIALS: { status: 401, message: 'The email or password is not right.' },
  MFA_CODE_REQUIRED: {
    status: 401,
    message: 'Enter the 6-digit code from your authenticator app.',
  },
  INVALID_MFA_CODE: {
    status: 401,
    message: 'That code is not right or has expired. Enter the current code from your app.',
  },
  ACCOUNT_LOCKED: {
    status: 429,
    message: 'Too many failed sign-ins. Sign-in is paused for a while; try again later.',
  },
  SIGNUP_CLOSED: {
    status: 403,
    message: 'Sign-up is closed on this server. Ask its operator for an account.',
  },
  EMAIL_TAKEN: { status: 409, message: 'An account with this email already exists.' },
  MFA_ALREADY_ENABLED: { status: 409, message: 'Two-factor authentication is already on.' },
  MFA_NOT_SET_UP: {
    status: 409,
    message: 'Set up two-factor authentication first, then enable it with a code.',
  },
  MFA_REQUIRED_BY_TENANT: {
    status: 403,
    message: 'Your company requires two-factor authentication for this. Turn it on in Options.',
  },
  CONFIRMATION_REQUIRED: {
    status: 403,
    message: 'Confirm your password (and code, if two-factor is on) to do this.',
  },
  AMAZON_NOT_CONNECTED: {
    status: 409,
    message: 'Connect your Amazon account first (Options > Amazon).',
  },
  AMAZON_NEEDS_REAUTHORIZATION: {
    status: 409,
    message: 'Amazon no longer accepts our authorisation. Reconnect Amazon in Options.',
  },
  AMAZON_UNAVAILABLE: {
    status: 502,
    message: 'Amazon did not answer properly. Please try again in a few minutes.',
  },
  AMAZON_THROTTLED: {
    status: 503,
    message: 'Amazon asked us to slow down. Syncing continues by itself in a few minutes.',
  },
  SHIPENTEGRA_NOT_CONNECTED: {
    status: 409,
    message: 'Add your Shipentegra API credentials first (Options > Shipentegra).',
  },
  SHIPENTEGRA_CREDENTIALS_REJECTED: {
    status: 422,
    message: 'Shipentegra did not accept these credentials. Check the client id and secret.',
  },
  LABEL_NOT_READY: {
    status: 422,
    message: 'Fix the details named below, then buy the label again.',
  },
  SHIPENTEGRA_UNAVAILABLE: {
    status: 502,
    message: 'Shipentegra did not answer properly. Please try again in a few minutes.',
  },
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
