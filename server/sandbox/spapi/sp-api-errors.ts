/** An SP-API error answer: `{ errors: [{ code, message, details? }] }` with an HTTP status. */
export class SpApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }

  toBody(): { errors: { code: string; message: string; details?: string }[] } {
    const error = { code: this.code, message: this.message };
    return { errors: [this.details === undefined ? error : { ...error, details: this.details }] };
  }
}

export function invalidInput(message: string, details?: string): SpApiError {
  return new SpApiError(400, 'InvalidInput', message, details);
}

export function notFound(message: string): SpApiError {
  return new SpApiError(404, 'NotFound', message);
}

export function quotaExceeded(): SpApiError {
  return new SpApiError(
    429,
    'QuotaExceeded',
    'You exceeded your quota for the requested resource.',
  );
}

/** A 500 or 503; an unexpected error in the stand-in itself is named in the details. */
export function internalFailure(status: 500 | 503, cause?: unknown): SpApiError {
  const message =
    status === 503
      ? 'The service is temporarily unavailable. Try again later.'
      : 'We encountered an internal error. Please try again.';
  const details = cause instanceof Error ? `stand-in error: ${cause.message}` : undefined;

  return new SpApiError(status, 'InternalFailure', message, details);
}

export function unauthorized(details: string): SpApiError {
  return new SpApiError(403, 'Unauthorized', 'Access to requested resource is denied.', details);
}
