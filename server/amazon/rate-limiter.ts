import { type UsagePlan, usagePlanFor } from './rate-limiter-plans.ts';

/** Amazon keeps one bucket per selling partner, application and operation; so do we. */
export interface BucketAddress {
  tenantId: string;
  region: string;
  operation: string;
}

export interface PermitOutcome {
  /** The call never went out (aborted first): the token goes back. */
  isUnused?: boolean;
  /** A 429: Amazon's bucket was empty, so the call took no token there. */
  isThrottled?: boolean;
  /** The rate `x-amzn-RateLimit-Limit` reported, in requests per Amazon second. */
  reportedRate?: number;
}

/** One call's right to go out; settle it once when the exchange ends, however it ends. */
export interface RatePermit {
  settle(outcome?: PermitOutcome): void;
}

export interface RateLimiter {
  /** Waits (first come, first served) until the bucket can spare a token. */
  acquire(address: BucketAddress, signal?: AbortSignal): Promise<RatePermit>;
  /** Tokens free now, for tests and diagnostics. */
  available(address: BucketAddress): number;
}

export interface RateLimiterOptions {
  /**
   * How much faster Amazon's clock runs than ours, as the stand-in's `timeScale`: with both at
   * the same scale, tests and benches run fast and still never see a 429.
   */
  timeScale?: number;
  /** Milliseconds, for tests with a fake clock. */
  now?: () => number;
  /** The plan for an operation; defaults to Amazon's documented ones. */
  planFor?: (operation: string) => UsagePlan;
}

interface Waiter {
  grant(): void;
}

interface Bucket {
  rate: number;
  burst: number;
  tokens: number;
  refilledAt: number;
  inFlight: number;
  waiters: Waiter[];
  timer: NodeJS.Timeout | undefined;
}

// Full, idle buckets carry no information: past this many, they are dropped.
const MAX_IDLE_BUCKETS = 10_000;

/**
 * Token buckets with Amazon's rate and burst. Amazon counts a call when it arrives, which we
 * cannot see: any time between sending and the answer. So a call holds a token while in
 * flight and is counted when its answer arrives, the latest it can have been counted. Our
 * bucket is then never fuller than Amazon's, and the limiter causes no 429 without needing a
 * safety margin; the price is at most one call's latency of refill per call in flight.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const timeScale = options.timeScale ?? 1;
  const now = options.now ?? Date.now;
  const planFor = options.planFor ?? usagePlanFor;
  const buckets = new Map<string, Bucket>();

  const bucketAt = (address: BucketAddress) => {
    const key = `${address.tenantId}|${address.region}|${address.operation}`;
    const existing = buckets.get(key);

    if (existing) {
      return existing;
    }

    if (buckets.size >= MAX_IDLE_BUCKETS) {
      dropIdleBuckets(buckets, now(), timeScale);
    }

    const plan = planFor(address.operation);
    const bucket: Bucket = {
      ...plan,
      tokens: plan.burst,
      refilledAt: now(),
      inFlight: 0,
      waiters: [],
      timer: undefined,
    };

    buckets.set(key, bucket);

    return bucket;
  };

  const pump = (bucket: Bucket) => {
    clearTimeout(bucket.timer);
    bucket.timer = undefined;
    refill(bucket, now(), timeScale);

    while (bucket.waiters.length > 0 && bucket.tokens - bucket.inFlight >= 1) {
      bucket.inFlight += 1;
      bucket.waiters.shift()?.grant();
    }

    if (bucket.waiters.length > 0) {
      const missing = 1 - (bucket.tokens - bucket.inFlight);
      const waitMs = Math.max(1, Math.ceil((missing * 1000) / (bucket.rate * timeScale)));

      bucket.timer = setTimeout(() => pump(bucket), waitMs);
    }
  };

  const settleOnce = (bucket: Bucket) => {
    let isSettled = false;

    return (outcome: PermitOutcome = {}) => {
      if (isSettled) {
        return;
      }

      isSettled = true;
      recordOutcome(bucket, outcome, now(), timeScale);
      pump(bucket);
    };
  };

  return {
    acquire(address, signal) {
      const bucket = bucketAt(address);

      return new Promise<RatePermit>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }

        const waiter: Waiter = {
          grant() {
            signal?.removeEventListener('abort', onAbort);
            resolve({ settle: settleOnce(bucket) });
          },
        };
        const onAbort = () => {
          const index = bucket.waiters.indexOf(waiter);

          if (index >= 0) {
            bucket.waiters.splice(index, 1);
          }

          reject(signal?.reason);
          pump(bucket);
        };

        signal?.addEventListener('abort', onAbort, { once: true });
        bucket.waiters.push(waiter);
        pump(bucket);
      });
    },

    available(address) {
      const bucket = bucketAt(address);

      refill(bucket, now(), timeScale);

      return bucket.tokens - bucket.inFlight;
    },
  };
}

function refill(bucket: Bucket, at: number, timeScale: number): void {
  const elapsedSeconds = (Math.max(0, at - bucket.refilledAt) / 1000) * timeScale;

  bucket.tokens = Math.min(bucket.burst, bucket.tokens + elapsedSeconds * bucket.rate);
  bucket.refilledAt = at;
}

function recordOutcome(bucket: Bucket, outcome: PermitOutcome, at: number, timeScale: number) {
  refill(bucket, at, timeScale);
  bucket.inFlight -= 1;

  if (outcome.isUnused) {
    return;
  }

  // Amazon had less than one token when it refused; assume none now, which is never more.
  // Any other outcome, a dropped connection included, may have cost a token there.
  if (outcome.isThrottled) {
    bucket.tokens = Math.min(bucket.tokens, 0);
  } else {
    bucket.tokens -= 1;
  }

  const rate = outcome.reportedRate;

  if (rate !== undefined && Number.isFinite(rate) && rate > 0) {
    bucket.rate = rate;
  }
}

function dropIdleBuckets(buckets: Map<string, Bucket>, at: number, timeScale: number): void {
  for (const [key, bucket] of buckets) {
    refill(bucket, at, timeScale);

    if (bucket.inFlight === 0 && bucket.waiters.length === 0 && bucket.tokens >= bucket.burst) {
      buckets.delete(key);
    }
  }
}
