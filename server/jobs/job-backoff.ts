export interface RetryBackoff {
  /** Delay before the second attempt; doubles for each attempt after it. */
  baseMs: number;
  /** Ceiling for the doubled delay, so a long outage retries at a steady pace. */
  maxMs: number;
}

export const DEFAULT_RETRY_BACKOFF: RetryBackoff = { baseMs: 2_000, maxMs: 10 * 60_000 };

/**
 * Capped exponential backoff with "equal jitter": between half and all of the doubled delay.
 * The random half spreads jobs that failed together (one Amazon outage fails every tenant's
 * sync at once) so their retries do not arrive as one burst; the fixed half keeps a minimum.
 */
export function computeRetryDelay(
  attemptsMade: number,
  backoff: RetryBackoff = DEFAULT_RETRY_BACKOFF,
  random: () => number = Math.random,
): number {
  const doublings = Math.max(0, attemptsMade - 1);
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** doublings);

  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
