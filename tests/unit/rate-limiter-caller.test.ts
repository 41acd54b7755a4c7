import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/amazon/rate-limiter.ts';
import {
  AmazonAuthorizationRevokedError,
  type SellingPartnerClient,
  type SpApiResponse,
} from '../../server/amazon/selling-partner-client.ts';
import { createSpApiCaller, type RetryEvent } from '../../server/amazon/spapi-caller.ts';
import {
  SpApiRequestError,
  SpApiUnavailableError,
} from '../../server/amazon/spapi-caller-errors.ts';

type Answer = SpApiResponse | Error;

const OK: SpApiResponse = { status: 200, headers: {}, body: { ok: true } };
const THROTTLED: SpApiResponse = {
  status: 429,
  headers: {},
  body: { errors: [{ code: 'QuotaExceeded' }] },
};
const FAILED: SpApiResponse = {
  status: 503,
  headers: {},
  body: { errors: [{ code: 'InternalFailure' }] },
};
const BAD: SpApiResponse = {
  status: 400,
  headers: {},
  body: { errors: [{ code: 'InvalidInput' }] },
};

function networkError(code: string): Error {
  return Object.assign(new Error(code === 'ECONNRESET' ? 'socket hang up' : code), { code });
}

/** A client that gives the scripted answers in turn, counting calls. */
function scriptedClient(answers: Answer[]): SellingPartnerClient & { calls: number } {
  const client = {
    region: 'na' as const,
    calls: 0,
    async call() {
      const answer = answers[Math.min(client.calls, answers.length - 1)] as Answer;

      client.calls += 1;

      if (answer instanceof Error) {
        throw answer;
      }

      return answer;
    },
  };

  return client;
}

// A huge time scale turns Amazon's backoffs and refills into microseconds.
function callerFor(client: SellingPartnerClient, retries: RetryEvent[] = []) {
  const timeScale = 1_000_000;

  return createSpApiCaller({
    client,
    tenantId: 'tenant-a',
    limiter: createRateLimiter({ timeScale, planFor: () => ({ rate: 1, burst: 1 }) }),
    timeScale,
    retry: { maxAttempts: 4, baseMs: 1_000, maxMs: 8_000 },
    random: () => 0.5,
    onRetry: (event) => retries.push(event),
  });
}

const request = { operation: 'searchOrders', endpoint: 'orders' };

describe('SP-API caller', () => {
  it('retries 429s, 5xx answers, timeouts and dropped connections, then returns the answer', async () => {
    const client = scriptedClient([THROTTLED, FAILED, networkError('API_RESPONSE_TIMEOUT'), OK]);
    const retries: RetryEvent[] = [];

    await expect(callerFor(client, retries).call(request)).resolves.toEqual(OK);
    expect(retries.map((retry) => retry.reason)).toEqual([
      'HTTP 429',
      'HTTP 503',
      'API_RESPONSE_TIMEOUT',
    ]);
  });

  it('backs off exponentially with jitter, capped', async () => {
    const client = scriptedClient([FAILED]);
    const retries: RetryEvent[] = [];

    await expect(callerFor(client, retries).call(request)).rejects.toBeInstanceOf(
      SpApiUnavailableError,
    );
    // Equal jitter at 0.5: three quarters of 1 s, 2 s, then 4 s, scaled down a million times.
    expect(retries.map((retry) => retry.delayMs * 1_000_000)).toEqual([750, 1_500, 3_000]);
  });

  it('never retries forever: after the last attempt it says Amazon kept throttling', async () => {
    const client = scriptedClient([THROTTLED]);
    const failure = await callerFor(client)
      .call(request)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(SpApiUnavailableError);
    expect(failure).toMatchObject({ attempts: 4, wasThrottled: true });
    expect(client.calls).toBe(4);
  });

  it('retries a dropped connection (socket hang up)', async () => {
    const client = scriptedClient([networkError('ECONNRESET'), OK]);

    await expect(callerFor(client).call(request)).resolves.toEqual(OK);
    expect(client.calls).toBe(2);
  });

  it('does not retry a request Amazon refused as invalid', async () => {
    const client = scriptedClient([BAD, OK]);

    await expect(callerFor(client).call(request)).rejects.toBeInstanceOf(SpApiRequestError);
    expect(client.calls).toBe(1);
  });

  it('does not retry a refused refresh token', async () => {
    const client = scriptedClient([new AmazonAuthorizationRevokedError('invalid_grant'), OK]);

    await expect(callerFor(client).call(request)).rejects.toBeInstanceOf(
      AmazonAuthorizationRevokedError,
    );
    expect(client.calls).toBe(1);
  });

  it('stops waiting as soon as its signal aborts', async () => {
    const client = scriptedClient([OK]);
    const stop = new AbortController();

    stop.abort(new Error('shutting down'));

    await expect(callerFor(client).call(request, stop.signal)).rejects.toThrow('shutting down');
    expect(client.calls).toBe(0);
  });
});
