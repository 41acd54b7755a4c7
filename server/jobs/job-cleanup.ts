import { and, inArray, lt } from 'drizzle-orm';
import { jobs } from '../db/schema/jobs.ts';
import type { JobDatabase } from './job-database.ts';

/** Deletes finished jobs older than `before`, keeping the table small; returns the count. */
export function deleteFinishedJobs(db: JobDatabase, before: Date): number {
  return db
    .delete(jobs)
    .where(
      and(inArray(jobs.status, ['succeeded', 'failed', 'cancelled']), lt(jobs.finishedAt, before)),
    )
    .run().changes;
}
