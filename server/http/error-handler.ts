import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorBody, isAppError } from '../../shared/errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * The one place errors become responses. Known errors keep their catalogue code; anything
 * else is logged with the request id and answered as INTERNAL, so no stack trace, SQL or
 * remote payload ever reaches the client.
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const appError = toAppError(error);

  if (appError.code === 'INTERNAL') {
    c.get('logger')?.error({ err: error }, 'unhandled error');
  }

  if (appError.retryAfterSeconds !== undefined) {
    c.header('Retry-After', String(Math.ceil(appError.retryAfterSeconds)));
  }

  return c.json(errorBody(appError, c.get('requestId') ?? 'unknown'), appError.status as 400);
}

export function errorBody(error: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };
}

function toAppError(error: Error): AppError {
  if (isAppError(error)) {
    return error;
  }

  // Hono's own middleware (body limit, JSON parsing) throws HTTPException.
  if (error instanceof HTTPException) {
    if (error.status === 413) {
      return new AppError('PAYLOAD_TOO_LARGE');
    }

    if (error.status < 500) {
      return new AppError('BAD_REQUEST');
    }
  }

  return new AppError('INTERNAL');
}
