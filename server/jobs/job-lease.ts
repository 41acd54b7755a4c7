import { and, eq, sql } from 'drizzle-orm';
import { jobs } from '../db/schema/jobs.ts';
import { computeRetryDelay, type RetryBackoff } from './job-backoff.ts';
import type { JobDatabase } from './job-database.ts';
import { describeJobError, isRetryableError, JobError } from './job-errors.ts';
import type { Job } from './job-queue.ts';

/**
 * One claim of a job: the claimed `Job` itself works as one. Owner and attempt together name
 * the claim, so even the same worker re-claiming its own expired job holds a new lease.
 */
export interface JobLease {
  id: string;
  leaseOwner: string | null;
  attempts: number;
}

// Every write below matches only the claim that holds the job, so a worker that lost its lease
// can never overwrite the new owner's work. Each returns the updated job, or `undefined` when
// the lease was lost.
function isHeld(lease: JobLease) {
  if (lease.leaseOwner === null) {
    throw new Error(`Job ${lease.id} was never claimed, so it has no lease to act on`);
  }

  return and(
    eq(jobs.id, lease.id),
    eq(jobs.status, 'running'),
    eq(jobs.leaseOwner, lease.leaseOwner),
    eq(jobs.attempts, lease.attempts),
  );
}

/** The heartbeat: pushes the lease expiry forward while the handler runs. */
export function extendLease(
  db: JobDatabase,
  lease: JobLease,
  options: { leaseMs: number; now?: Date },
): Job | undefined {
  const now = options.now ?? new Date();

  return db
    .update(jobs)
    .set({ leaseExpiresAt: new Date(now.getTime() + options.leaseMs), updatedAt: now })
    .where(isHeld(lease))
    .returning()
    .get();
}

/**
 * Whether this claim still owns the job. A handler asks before a step that must not run twice
 * (buying a label), on top of the heartbeat that aborts its signal when the lease is lost.
 */
export function isLeaseHeld(db: JobDatabase, lease: JobLease): boolean {
  return db.select({ id: jobs.id }).from(jobs).where(isHeld(lease)).get() !== undefined;
}

export function completeJob(db: JobDatabase, lease: JobLease, now = new Date()): Job | undefined {
  return db
    .update(jobs)
    .set({
      status: 'succeeded',
      leaseOwner: null,
      leaseExpiresAt: null,
      lastError: null,
      finishedAt: now,
      updatedAt: now,
    })
    .where(isHeld(lease))
    .returning()
    .get();
}

export interface FailJobOptions {
  /** Stored as `last_error` through `describeJobError`: truncated, never with PII. */
  error: unknown;
  now?: Date;
  backoff?: RetryBackoff;
  random?: () => number;
}

/**
 * Records a failed attempt: queued again after a backoff, or failed for good when the error is
 * not retryable or the attempts are used up.
 */
export function failJob(
  db: JobDatabase,
  lease: JobLease,
  options: FailJobOptions,
): Job | undefined {
  const now = options.now ?? new Date();
  const lastError = describeJobError(options.error);

  return db.transaction(
    (tx) => {
      const job = tx.select().from(jobs).where(isHeld(lease)).get();

      if (!job) {
        return undefined;
      }

      const isFinal = !isRetryableError(options.error) || job.attempts >= job.maxAttempts;
      const next = isFinal
        ? { status: 'failed' as const, finishedAt: now }
        : { status: 'queued' as const, runAt: retryAt(job, options, now) };

      return tx
        .update(jobs)
        .set({ ...next, leaseOwner: null, leaseExpiresAt: null, lastError, updatedAt: now })
        .where(isHeld(lease))
        .returning()
        .get();
    },
    { behavior: 'immediate' },
  );
}

function retryAt(job: Job, options: FailJobOptions, now: Date): Date {
  const requested = options.error instanceof JobError ? options.error.retryAfterMs : undefined;
  const delay = requested ?? computeRetryDelay(job.attempts, options.backoff, options.random);

  return new Date(now.getTime() + delay);
}

/**
 * Hands a job back untouched, for a graceful shutdown that had to interrupt it: queued again at
 * once, and the interrupted attempt is not counted against the job.
 */
export function releaseJob(db: JobDatabase, lease: JobLease, now = new Date()): Job | undefined {
  return db
    .update(jobs)
    .set({
      status: 'queued',
      attempts: sql`${jobs.attempts} - 1`,
      runAt: now,
      leaseOwner: null,
      leaseExpiresAt: null,
      updatedAt: now,
    })
    .where(isHeld(lease))
    .returning()
    .get();
}
