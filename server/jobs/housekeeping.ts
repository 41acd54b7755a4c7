import { z } from 'zod';
import { purgeStaleSignInThrottles } from '../auth/sign-in-throttle.ts';
import type { Db } from '../db/connection.ts';
import { deleteFinishedJobs } from './job-cleanup.ts';
import type { JobDatabase } from './job-database.ts';
import { defineJobHandler } from './job-handlers.ts';
import { upsertSchedule } from './job-schedules.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Finished jobs stay this long for operators to inspect, then go. */
export const FINISHED_JOB_RETENTION_MS = 30 * DAY_MS;

/**
 * Daily: drops finished jobs past retention and expired sign-in throttles, so neither table
 * grows without bound (someone spraying random emails creates a throttle row per email).
 */
export function createHousekeepingHandler(db: Db) {
  return defineJobHandler({
    kind: 'housekeeping',
    payloadSchema: z.object({}),
    async run({ now, logger }) {
      const before = new Date(now().getTime() - FINISHED_JOB_RETENTION_MS);
      const deletedJobs = deleteFinishedJobs(db, before);
      const deletedThrottles = purgeStaleSignInThrottles(db, now());

      logger.info({ deletedJobs, deletedThrottles }, 'housekeeping done');
    },
  });
}

export function scheduleHousekeeping(db: JobDatabase): void {
  upsertSchedule(db, { name: 'housekeeping', kind: 'housekeeping', intervalMs: DAY_MS });
}
