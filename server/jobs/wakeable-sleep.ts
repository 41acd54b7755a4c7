export interface WakeableSleep {
  /** Resolves after `ms`, or at once when woken meanwhile or since the last sleep. */
  sleep(ms: number): Promise<void>;
  wake(): void;
}

export function createWakeableSleep(): WakeableSleep {
  const sleepers = new Set<() => void>();
  // Remembers a wake that came while nobody slept (mid-claim), so that job is not left
  // waiting for a whole poll interval.
  let hasMissedWake = false;

  return {
    sleep(ms) {
      if (hasMissedWake) {
        hasMissedWake = false;

        return Promise.resolve();
      }

      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          sleepers.delete(finish);
          resolve();
        };
        const timer = setTimeout(finish, ms);

        sleepers.add(finish);
      });
    },

    wake() {
      if (sleepers.size === 0) {
        hasMissedWake = true;
      }

      for (const finish of [...sleepers]) {
        finish();
      }
    },
  };
}
