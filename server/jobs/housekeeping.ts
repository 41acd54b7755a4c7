import { z } from 'zod';
import { deleteFinishedJobs } from './job-cleanup.ts';
import type { JobDatabase } from './job-database.ts';
import { defineJobHandler } from './job-handlers.ts';
import { upsertSchedule } from './job-schedules.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Finished jobs stay this long for operators to inspect, then go. */
export const FINISHED_JOB_RETENTION_MS = 30 * DAY_MS;

/** Daily: drops finished jobs past retention, so the queue's table stays small. */
export function createHousekeepingHandler(db: JobDatabase) {
  return defineJobHandler({
    kind: 'housekeeping',
    payloadSchema: z.object({}),
    async run({ now, logger }) {
      const before = new Date(now().getTime() - FINISHED_JOB_RETENTION_MS);
      const deleted = deleteFinishedJobs(db, before);

      logger.info({ deleted }, 'housekeeping deleted finished jobs');
    },
  });
}

export function scheduleHousekeeping(db: JobDatabase): void {
  upsertSchedule(db, { name: 'housekeeping', kind: 'housekeeping', intervalMs: DAY_MS });
}
