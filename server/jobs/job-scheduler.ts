import type { JobDatabase } from './job-database.ts';
import { type JobLogger, silentJobLogger } from './job-logger.ts';
import { enqueueDueSchedules } from './job-schedules.ts';

export interface JobSchedulerOptions {
  db: JobDatabase;
  /** How often schedules are checked; a run starts at most this late. */
  tickMs?: number;
  now?: () => Date;
  logger?: JobLogger;
}

export interface JobScheduler {
  /** One tick now; returns how many schedules fired. */
  tick(): number;
  stop(): void;
}

/** Checks the recurring schedules every `tickMs`, starting at once. */
export function startJobScheduler(options: JobSchedulerOptions): JobScheduler {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentJobLogger;
  let timer: NodeJS.Timeout | undefined;

  const tick = () => {
    try {
      const enqueued = enqueueDueSchedules(options.db, now());

      if (enqueued.length > 0) {
        logger.info({ count: enqueued.length }, 'scheduled jobs enqueued');
      }

      return enqueued.length;
    } catch (error) {
      // A locked database must not stop the schedules; the next tick tries again.
      logger.error({ err: error }, 'scheduler tick failed');

      return 0;
    }
  };

  const loop = () => {
    tick();
    timer = setTimeout(loop, options.tickMs ?? 5_000);
  };

  loop();

  return {
    tick,
    stop: () => clearTimeout(timer),
  };
}
