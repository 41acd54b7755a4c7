import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BucketAddress,
  createRateLimiter,
  type RatePermit,
} from '../../server/amazon/rate-limiter.ts';
import { USAGE_PLANS } from '../../server/amazon/rate-limiter-plans.ts';
import { getOperation, usagePlanOf } from '../../server/sandbox/spapi/model-catalogue.ts';
import { OPERATIONS_WE_USE } from '../../server/sandbox/spapi/operation-keys.ts';

const PLAN = { rate: 2, burst: 3 };
const A: BucketAddress = { tenantId: 'tenant-a', region: 'na', operation: 'testOperation' };
const B: BucketAddress = { ...A, tenantId: 'tenant-b' };

function createLimiter(timeScale = 1) {
  return createRateLimiter({ timeScale, now: () => Date.now(), planFor: () => ({ ...PLAN }) });
}

/** Acquires in the background and records when each permit arrived. */
function track(promise: Promise<RatePermit>) {
  const state: { permit?: RatePermit; at?: number } = {};

  void promise.then((permit) => {
    state.permit = permit;
    state.at = Date.now();
  });

  return state;
}

async function takeAndSettle(limiter: ReturnType<typeof createLimiter>, address = A) {
  (await limiter.acquire(address)).settle();
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('rate limiter', () => {
  it('lets a full burst through at once, then one call per refill interval', async () => {
    const limiter = createLimiter();

    for (let call = 0; call < PLAN.burst; call += 1) {
      await takeAndSettle(limiter);
    }

    const next = track(limiter.acquire(A));

    await vi.advanceTimersByTimeAsync(499);
    expect(next.permit).toBeUndefined();

    await vi.advanceTimersByTimeAsync(1);
    expect(next.at).toBe(500);
  });

  it('runs its clock faster by the time scale, like the stand-in', async () => {
    const limiter = createLimiter(100);

    for (let call = 0; call < PLAN.burst; call += 1) {
      await takeAndSettle(limiter);
    }

    const next = track(limiter.acquire(A));

    await vi.advanceTimersByTimeAsync(5);
    expect(next.at).toBe(5);
  });

  it('holds a token for every call in flight and counts it when the answer arrives', async () => {
    const limiter = createLimiter();
    const inFlight: RatePermit[] = [];

    for (let call = 0; call < PLAN.burst; call += 1) {
      inFlight.push(await limiter.acquire(A));
    }

    const next = track(limiter.acquire(A));

    // Amazon may count these calls only as they arrive, as late as now: nothing is free.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(next.permit).toBeUndefined();

    for (const permit of inFlight) {
      permit.settle();
    }

    await vi.advanceTimersByTimeAsync(499);
    expect(next.permit).toBeUndefined();

    await vi.advanceTimersByTimeAsync(1);
    expect(next.at).toBe(2_500);
  });

  it('empties the bucket on a 429, so the retry waits a whole refill interval', async () => {
    const limiter = createLimiter();

    (await limiter.acquire(A)).settle({ isThrottled: true });

    const retry = track(limiter.acquire(A));

    await vi.advanceTimersByTimeAsync(499);
    expect(retry.permit).toBeUndefined();

    await vi.advanceTimersByTimeAsync(1);
    expect(retry.at).toBe(500);
  });

  it('adopts the rate Amazon reports in x-amzn-RateLimit-Limit', async () => {
    const limiter = createLimiter();

    (await limiter.acquire(A)).settle({ reportedRate: 0.5 });
    await takeAndSettle(limiter);
    await takeAndSettle(limiter);

    const next = track(limiter.acquire(A));

    await vi.advanceTimersByTimeAsync(1_999);
    expect(next.permit).toBeUndefined();

    await vi.advanceTimersByTimeAsync(1);
    expect(next.at).toBe(2_000);
  });

  it('keeps tenants independent: a busy tenant does not slow another', async () => {
    const limiter = createLimiter();
    const queued = [];

    for (let call = 0; call < 10; call += 1) {
      queued.push(track(limiter.acquire(A)));
    }

    const other = track(limiter.acquire(B));

    await vi.advanceTimersByTimeAsync(0);
    expect(other.at).toBe(0);
    expect(queued.filter((state) => state.permit)).toHaveLength(PLAN.burst);
  });

  it('serves waiters first come, first served', async () => {
    const limiter = createLimiter();

    for (let call = 0; call < PLAN.burst; call += 1) {
      await takeAndSettle(limiter);
    }

    const order: number[] = [];
    const waiters = [1, 2, 3].map((id) =>
      limiter.acquire(A).then((permit) => {
        order.push(id);
        permit.settle();
      }),
    );

    await vi.advanceTimersByTimeAsync(1_500);
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
  });

  it('drops an aborted waiter without spending a token', async () => {
    const limiter = createLimiter();

    for (let call = 0; call < PLAN.burst; call += 1) {
      await takeAndSettle(limiter);
    }

    const stop = new AbortController();
    const aborted = limiter.acquire(A, stop.signal);
    const after = track(limiter.acquire(A));

    stop.abort(new Error('stopped'));
    await expect(aborted).rejects.toThrow('stopped');
    await vi.advanceTimersByTimeAsync(500);
    expect(after.at).toBe(500);
  });

  it('gives an unused permit its token back', async () => {
    const limiter = createLimiter();

    (await limiter.acquire(A)).settle({ isUnused: true });

    expect(limiter.available(A)).toBe(PLAN.burst);
  });
});

describe('usage plans', () => {
  it("match Amazon's models for every operation Kayistra calls", () => {
    const ours = OPERATIONS_WE_USE.map((key) => {
      const { operationId } = getOperation(key);

      return [operationId, USAGE_PLANS[operationId]];
    });
    const models = OPERATIONS_WE_USE.map((key) => [
      getOperation(key).operationId,
      usagePlanOf(key),
    ]);

    expect(ours).toEqual(models);
  });
});
