import { describe, expect, it } from 'vitest';
import { AmazonAuthorizationRevokedError } from '../../server/amazon/selling-partner-client.ts';
import {
  SpApiRequestError,
  SpApiUnavailableError,
} from '../../server/amazon/spapi-caller-errors.ts';
import { describeSyncFailure, toJobError } from '../../server/amazon/sync-errors.ts';
import { AppError, ERRORS } from '../../shared/errors.ts';

describe('describeSyncFailure', () => {
  it('stops syncing only when Amazon refuses the seller’s refresh token', () => {
    expect(describeSyncFailure(new AmazonAuthorizationRevokedError('invalid_grant'))).toEqual({
      code: 'AMAZON_NEEDS_REAUTHORIZATION',
      message: ERRORS.AMAZON_NEEDS_REAUTHORIZATION.message,
      isRetryable: false,
      needsReauthorization: true,
    });
  });

  it('blames our app, not the seller, when LWA refuses our client credentials', () => {
    const failure = describeSyncFailure(new AmazonAuthorizationRevokedError('invalid_client'));

    expect(failure).toMatchObject({
      code: 'INTERNAL',
      needsReauthorization: false,
      isRetryable: true,
    });
  });

  it('tells throttling from an outage, both worth another attempt', () => {
    const throttled = new SpApiUnavailableError('searchOrders', 6, 'HTTP 429', true);
    const down = new SpApiUnavailableError('searchOrders', 6, 'HTTP 503', false);

    expect(describeSyncFailure(throttled)).toMatchObject({
      code: 'AMAZON_THROTTLED',
      isRetryable: true,
    });
    expect(describeSyncFailure(down)).toMatchObject({
      code: 'AMAZON_UNAVAILABLE',
      isRetryable: true,
    });
  });

  it('keeps Amazon’s refusal of our request out of the seller’s words', () => {
    const refused = new SpApiRequestError('searchOrders', {
      status: 400,
      headers: {},
      body: { errors: [{ code: 'InvalidInput', message: 'Invalid marketplaceIds' }] },
    });
    const failure = describeSyncFailure(refused);

    expect(failure).toMatchObject({ code: 'INTERNAL', message: ERRORS.INTERNAL.message });
    // Operators still see what Amazon said, in the job's last error.
    expect(toJobError(failure, refused).message).toContain('InvalidInput');
  });

  it('passes a known application error on as it is', () => {
    expect(describeSyncFailure(new AppError('AMAZON_NOT_CONNECTED'))).toMatchObject({
      code: 'AMAZON_NOT_CONNECTED',
      isRetryable: false,
    });
  });
});
