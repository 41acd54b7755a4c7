/**
 * Two readings of one clock. `now()` dates the data (order times, feed times) and follows the
 * injected clock one-to-one; `amazonMs()` measures Amazon's durations (bucket refills, token
 * and code lifetimes, feed progress) and runs `timeScale` times faster, so tests can cross an
 * hour of Amazon time in a few milliseconds without dates drifting into the future.
 */
export interface StandInClock {
  now(): Date;
  amazonMs(): number;
  timeScale: number;
}

export function createStandInClock(now: () => Date, timeScale: number): StandInClock {
  if (!(timeScale > 0)) {
    throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  }

  const startedAt = now().getTime();

  return {
    now,
    timeScale,
    amazonMs: () => startedAt + (now().getTime() - startedAt) * timeScale,
  };
}
