import { computeRetryDelay } from '../jobs/job-backoff.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type {
  SellingPartnerClient,
  SpApiRequest,
  SpApiResponse,
} from './selling-partner-client.ts';
import {
  describeFailure,
  isTransientFailure,
  readReportedRate,
  SpApiRequestError,
  SpApiUnavailableError,
} from './spapi-caller-errors.ts';

export interface RetryPolicy {
  /** Attempts per call, the first included: a call never retries forever. */
  maxAttempts: number;
  /** Backoff before the second attempt, in Amazon milliseconds; doubles per attempt. */
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseMs: 1_000, maxMs: 60_000 };

export interface RetryEvent {
  operation: string;
  /** The attempt that failed. */
  attempt: number;
  reason: string;
  delayMs: number;
}

export interface SpApiCallerOptions {
  client: SellingPartnerClient;
  tenantId: string;
  limiter: RateLimiter;
  /** The limiter's time scale, so backoffs shrink with it. */
  timeScale?: number;
  retry?: RetryPolicy;
  random?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

/** `client.call` behind the tenant's rate limits, with bounded retries. */
export interface SpApiCaller {
  /**
   * A 2xx answer, or throws: `SpApiRequestError` (not worth retrying), `SpApiUnavailableError`
   * (attempts used up), `AmazonAuthorizationRevokedError`, or the signal's reason.
   */
  call(request: SpApiRequest, signal?: AbortSignal): Promise<SpApiResponse>;
}

type Attempt = { response: SpApiResponse } | { retryBecause: string; wasThrottled: boolean };

export function createSpApiCaller(options: SpApiCallerOptions): SpApiCaller {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const timeScale = options.timeScale ?? 1;
  const address = (operation: string) => ({
    tenantId: options.tenantId,
    region: options.client.region,
    operation,
  });

  const attemptOnce = async (request: SpApiRequest, signal?: AbortSignal): Promise<Attempt> => {
    const permit = await options.limiter.acquire(address(request.operation), signal);

    if (signal?.aborted) {
      permit.settle({ isUnused: true });
      throw signal.reason;
    }

    try {
      const response = await options.client.call(request);
      const isThrottled = response.status === 429;

      permit.settle({ isThrottled, reportedRate: readReportedRate(response.headers) });

      return isThrottled || response.status >= 500
        ? { retryBecause: `HTTP ${response.status}`, wasThrottled: isThrottled }
        : { response };
    } catch (error) {
      permit.settle();

      if (!isTransientFailure(error)) {
        throw error;
      }

      return { retryBecause: describeFailure(error), wasThrottled: false };
    }
  };

  return {
    async call(request, signal) {
      for (let attempt = 1; ; attempt += 1) {
        const outcome = await attemptOnce(request, signal);

        if ('response' in outcome) {
          return acceptResponse(request.operation, outcome.response);
        }

        if (attempt >= policy.maxAttempts) {
          const { retryBecause, wasThrottled } = outcome;

          throw new SpApiUnavailableError(request.operation, attempt, retryBecause, wasThrottled);
        }

        const delayMs = computeRetryDelay(attempt, policy, options.random) / timeScale;

        options.onRetry?.({
          operation: request.operation,
          attempt,
          reason: outcome.retryBecause,
          delayMs,
        });
        await sleep(delayMs, signal);
      }
    },
  };
}

function acceptResponse(operation: string, response: SpApiResponse): SpApiResponse {
  if (response.status >= 400) {
    throw new SpApiRequestError(operation, response);
  }

  return response;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }

    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);

    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
