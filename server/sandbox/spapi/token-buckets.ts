import type { UsagePlan } from './derive/derived-model.ts';
import type { StandInClock } from './scaled-clock.ts';

interface Bucket {
  tokens: number;
  refilledAt: number;
}

export interface TokenBuckets {
  /** Takes one token from the seller's bucket for the operation; false means throttle. */
  take(sellerId: string, operationKey: string, plan: UsagePlan): boolean;
  clear(): void;
}

/**
 * Amazon's usage plans: one bucket per selling partner per operation, starting full at the
 * burst and refilling at the rate per Amazon second (so `rate * timeScale` per real second).
 */
export function createTokenBuckets(clock: StandInClock): TokenBuckets {
  const buckets = new Map<string, Bucket>();

  return {
    take(sellerId, operationKey, plan) {
      const key = `${sellerId}|${operationKey}`;
      const now = clock.amazonMs();
      const bucket = buckets.get(key) ?? { tokens: plan.burst, refilledAt: now };
      const refill = ((now - bucket.refilledAt) / 1000) * plan.rate;

      bucket.tokens = Math.min(plan.burst, bucket.tokens + refill);
      bucket.refilledAt = now;
      buckets.set(key, bucket);

      if (bucket.tokens < 1) {
        return false;
      }

      bucket.tokens -= 1;
      return true;
    },

    clear: () => buckets.clear(),
  };
}
