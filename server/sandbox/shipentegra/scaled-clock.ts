export interface ScaledClock {
  /** Stand-in time: runs `timeScale` times faster than `now()`, plus any `advance`. */
  now(): Date;
  /** Jumps stand-in time forward, e.g. to expire tokens or deliver parcels in a test. */
  advance(milliseconds: number): void;
  readonly timeScale: number;
}

export interface ScaledClockOptions {
  timeScale?: number;
  now?: () => Date;
}

/**
 * Token lifetimes and parcel journeys last hours and days; tests scale them down to
 * milliseconds instead of waiting, so everything time-based in the stand-in reads this clock.
 */
export function createScaledClock(options: ScaledClockOptions = {}): ScaledClock {
  const timeScale = options.timeScale ?? 1;
  const readRealTime = options.now ?? (() => new Date());
  const anchor = readRealTime().getTime();
  let skippedMs = 0;

  if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
    throw new RangeError(`timeScale must be a positive number, got ${timeScale}`);
  }

  return {
    timeScale,
    now() {
      const elapsedMs = readRealTime().getTime() - anchor;

      return new Date(anchor + elapsedMs * timeScale + skippedMs);
    },
    advance(milliseconds) {
      skippedMs += milliseconds;
    },
  };
}
