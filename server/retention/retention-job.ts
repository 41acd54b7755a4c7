import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import type { JobDatabase } from '../jobs/job-database.ts';
import { defineJobHandler } from '../jobs/job-handlers.ts';
import { upsertSchedule } from '../jobs/job-schedules.ts';
import { runRetention } from './run-retention.ts';

const HOUR_MS = 60 * 60 * 1000;

/** Hourly, so PII never outlives its 30 days by more than an hour. */
export function createRetentionHandler(db: Db) {
  return defineJobHandler({
    kind: 'retention',
    payloadSchema: z.object({}),
    async run({ now, logger }) {
      const counts = runRetention(db, { asOf: now(), recordedAt: now() });

      logger.info({ ...counts }, 'retention done');
    },
  });
}

export function scheduleRetention(db: JobDatabase): void {
  upsertSchedule(db, { name: 'retention', kind: 'retention', intervalMs: HOUR_MS });
}
