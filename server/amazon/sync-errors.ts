import { AppError, ERRORS, type ErrorCode } from '../../shared/errors.ts';
import { JobError } from '../jobs/job-errors.ts';
import { AmazonAuthorizationRevokedError } from './selling-partner-client.ts';
import { SpApiUnavailableError } from './spapi-caller-errors.ts';

/** Why a sync failed, in the catalogue's words a seller can read, and whether to retry. */
export interface SyncFailure {
  code: ErrorCode;
  message: string;
  isRetryable: boolean;
  /** Amazon refused our authorisation: stop syncing until the seller reconnects. */
  needsReauthorization: boolean;
}

export function describeSyncFailure(error: unknown): SyncFailure {
  // Only invalid_grant speaks of the seller's token; invalid_client and unauthorized_client
  // mean our own app credentials are wrong, which must not cut off every seller at once.
  if (error instanceof AmazonAuthorizationRevokedError) {
    return error.lwaError === 'invalid_grant'
      ? failure('AMAZON_NEEDS_REAUTHORIZATION', { isRetryable: false, needsReauthorization: true })
      : failure('INTERNAL');
  }

  if (error instanceof AppError) {
    const needsReauthorization = error.code === 'AMAZON_NEEDS_REAUTHORIZATION';

    return failure(error.code, { isRetryable: false, needsReauthorization });
  }

  if (error instanceof SpApiUnavailableError) {
    return failure(error.wasThrottled ? 'AMAZON_THROTTLED' : 'AMAZON_UNAVAILABLE');
  }

  // Amazon refusing a request (400, 403) or a page we cannot read means our code or app is at
  // fault: the seller can do nothing about it, and operators find the details in the job.
  return failure('INTERNAL');
}

/** The error the job records: the seller-facing code and message, retry decided above. */
export function toJobError(failureOf: SyncFailure, cause: unknown): JobError {
  const detail = cause instanceof Error ? ` (${cause.name}: ${cause.message.slice(0, 200)})` : '';

  return new JobError(failureOf.code, `${failureOf.message}${detail}`, {
    isRetryable: failureOf.isRetryable,
    cause,
  });
}

function failure(
  code: ErrorCode,
  options: { isRetryable?: boolean; needsReauthorization?: boolean } = {},
): SyncFailure {
  return {
    code,
    message: ERRORS[code].message,
    isRetryable: options.isRetryable ?? true,
    needsReauthorization: options.needsReauthorization ?? false,
  };
}
