/** A clock that moves only when told to: pass `clock.now` as the app's `now`. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createTestClock(start = new Date('2026-03-02T09:00:00.000Z')): TestClock {
  let current = start.getTime();

  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}
