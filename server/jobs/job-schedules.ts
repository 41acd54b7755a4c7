import { and, eq, lte, sql } from 'drizzle-orm';
import { type JobScheduleRow, jobSchedules } from '../db/schema/jobs.ts';
import type { JobDatabase } from './job-database.ts';
import { enqueueJob, type Job } from './job-queue.ts';

export type JobSchedule = JobScheduleRow;

export interface UpsertScheduleInput {
  /** Unique, e.g. `sync-orders:<tenantId>`; also the dedupe key of every job it enqueues. */
  name: string;
  kind: string;
  payload?: unknown;
  tenantId?: string | null;
  intervalMs: number;
  /** First run of a new schedule (default: now); when given for an existing one, it moves it. */
  firstRunAt?: Date;
  isEnabled?: boolean;
  now?: Date;
}

/**
 * Creates or updates a recurring schedule. Updating keeps the schedule's rhythm, but never lets
 * its next run lie more than one new interval away, so shortening the interval applies at once.
 */
export function upsertSchedule(db: JobDatabase, input: UpsertScheduleInput): JobSchedule {
  const now = input.now ?? new Date();

  if (!Number.isInteger(input.intervalMs) || input.intervalMs < 1) {
    throw new RangeError(`intervalMs must be a positive integer, got ${input.intervalMs}`);
  }

  const settings = {
    kind: input.kind,
    payload: input.payload ?? {},
    tenantId: input.tenantId ?? null,
    intervalMs: input.intervalMs,
    isEnabled: input.isEnabled ?? true,
    updatedAt: now,
  };
  const latestNextRun = now.getTime() + input.intervalMs;
  const keptNextRun = sql`min(${jobSchedules.nextRunAt}, ${latestNextRun})`;

  return db
    .insert(jobSchedules)
    .values({ ...settings, name: input.name, nextRunAt: input.firstRunAt ?? now, createdAt: now })
    .onConflictDoUpdate({
      target: jobSchedules.name,
      set: { ...settings, nextRunAt: input.firstRunAt ?? keptNextRun },
    })
    .returning()
    .get();
}

export function removeSchedule(db: JobDatabase, name: string): boolean {
  return db.delete(jobSchedules).where(eq(jobSchedules.name, name)).run().changes > 0;
}

export function getSchedule(db: JobDatabase, name: string): JobSchedule | undefined {
  return db.select().from(jobSchedules).where(eq(jobSchedules.name, name)).get();
}

/**
 * The scheduler tick: enqueues one job for every schedule that is due and moves it to its next
 * slot. Safe to run from several processes at once: each slot is taken by one compare-and-set,
 * and a run still queued or running from an earlier slot is joined, not doubled.
 */
export function enqueueDueSchedules(db: JobDatabase, now = new Date()): Job[] {
  const due = db
    .select()
    .from(jobSchedules)
    .where(and(eq(jobSchedules.isEnabled, true), lte(jobSchedules.nextRunAt, now)))
    .all();

  return due.flatMap((schedule) => enqueueScheduledRun(db, schedule, now) ?? []);
}

function enqueueScheduledRun(db: JobDatabase, schedule: JobSchedule, now: Date): Job | undefined {
  const nextRunAt = computeNextRunAt(schedule, now);

  return db.transaction(
    (tx) => {
      const taken = tx
        .update(jobSchedules)
        .set({ nextRunAt, updatedAt: now })
        .where(
          and(
            eq(jobSchedules.name, schedule.name),
            eq(jobSchedules.nextRunAt, schedule.nextRunAt),
            eq(jobSchedules.isEnabled, true),
          ),
        )
        .run();

      if (taken.changes === 0) {
        return undefined;
      }

      const { kind, payload, tenantId, name } = schedule;

      return enqueueJob(tx, { kind, payload, tenantId, dedupeKey: name, now });
    },
    { behavior: 'immediate' },
  );
}

/**
 * The first slot after `now` on the schedule's original grid. Staying on the grid avoids drift
 * (a tick that runs late does not push every later run back), and skipping the slots missed
 * while the server was down avoids a burst of catch-up runs after a restart.
 */
export function computeNextRunAt(
  schedule: Pick<JobSchedule, 'nextRunAt' | 'intervalMs'>,
  now: Date,
): Date {
  const previous = schedule.nextRunAt.getTime();
  const slotsPassed = Math.floor((now.getTime() - previous) / schedule.intervalMs) + 1;

  return new Date(previous + Math.max(1, slotsPassed) * schedule.intervalMs);
}
