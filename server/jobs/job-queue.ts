import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type JobRow, jobs } from '../db/schema/jobs.ts';
import type { JobDatabase } from './job-database.ts';
import { announceJobEnqueued } from './job-wakeups.ts';

export type Job = JobRow;

export const DEFAULT_MAX_ATTEMPTS = 5;

export interface EnqueueJobInput {
  kind: string;
  /** JSON (default `{}`); ids and options only, never buyer data: jobs outlive PII retention. */
  payload?: unknown;
  tenantId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
  /** While a job with this key is queued or running, enqueueing again returns that job. */
  dedupeKey?: string;
  now?: Date;
}

/** Adds a job, or returns the live job holding `dedupeKey` so callers join it instead. */
export function enqueueJob(db: JobDatabase, input: EnqueueJobInput): Job {
  const now = input.now ?? new Date();
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }

  const job = db.transaction((tx) => insertUnlessLive(tx, input, maxAttempts, now), {
    behavior: 'immediate',
  });

  announceJobEnqueued();

  return job;
}

function insertUnlessLive(
  db: JobDatabase,
  input: EnqueueJobInput,
  maxAttempts: number,
  now: Date,
): Job {
  const inserted = db
    .insert(jobs)
    .values({
      id: randomUUID(),
      kind: input.kind,
      payload: input.payload ?? {},
      tenantId: input.tenantId ?? null,
      runAt: input.runAt ?? now,
      maxAttempts,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning()
    .get();

  // Nothing is inserted only when the dedupe key is live; inside this write transaction its
  // holder cannot finish before we read it.
  const job = inserted ?? (input.dedupeKey ? findLiveJob(db, input.dedupeKey) : undefined);

  if (!job) {
    throw new Error(`Job of kind ${input.kind} could be neither inserted nor joined`);
  }

  return job;
}

export interface ClaimJobOptions {
  /** Unique per worker (e.g. host, pid and a random part); recorded as the lease owner. */
  workerId: string;
  /** Only these kinds; a worker claims only what it has handlers for. */
  kinds?: readonly string[];
  leaseMs: number;
  now?: Date;
}

/**
 * Atomically takes a job: first one whose worker died (running, lease expired), else the
 * queued job that has been due the longest. Each claim counts as an attempt, so a job that
 * keeps killing its worker ends as failed instead of looping forever.
 */
export function claimNextJob(db: JobDatabase, options: ClaimJobOptions): Job | undefined {
  const now = options.now ?? new Date();

  if (options.workerId === '') {
    throw new RangeError('workerId must not be empty');
  }

  return db.transaction(
    (tx) => {
      failExhaustedLeases(tx, now);

      return claimOldestDue(tx, options, now);
    },
    { behavior: 'immediate' },
  );
}

function claimOldestDue(db: JobDatabase, options: ClaimJobOptions, now: Date): Job | undefined {
  // Two ordered lookups instead of one OR: each walks its index in order and stops at the
  // first match, where the OR needs a sort of every due job on each claim.
  const abandoned = and(eq(jobs.status, 'running'), lte(jobs.leaseExpiresAt, now));
  const due = and(eq(jobs.status, 'queued'), lte(jobs.runAt, now));

  return (
    claimFirst(db, options, now, abandoned, jobs.leaseExpiresAt) ??
    claimFirst(db, options, now, due, jobs.runAt)
  );
}

function claimFirst(
  db: JobDatabase,
  options: ClaimJobOptions,
  now: Date,
  isClaimable: SQL | undefined,
  order: SQLiteColumn,
): Job | undefined {
  const isWanted = options.kinds ? inArray(jobs.kind, [...options.kinds]) : undefined;
  const first = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(isClaimable, isWanted))
    .orderBy(asc(order))
    .limit(1);

  // One UPDATE with the choice as a subquery: SQLite runs it under the write lock, so two
  // workers never both take the same job. The condition is repeated for other databases.
  return db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      leaseOwner: options.workerId,
      leaseExpiresAt: new Date(now.getTime() + options.leaseMs),
      updatedAt: now,
    })
    .where(and(eq(jobs.id, first), isClaimable))
    .returning()
    .get();
}

function failExhaustedLeases(db: JobDatabase, now: Date): void {
  db.update(jobs)
    .set({
      status: 'failed',
      leaseOwner: null,
      leaseExpiresAt: null,
      lastError: 'LEASE_EXPIRED: the worker stopped responding during the last allowed attempt',
      finishedAt: now,
      updatedAt: now,
    })
    .where(
      and(
        eq(jobs.status, 'running'),
        lte(jobs.leaseExpiresAt, now),
        gte(jobs.attempts, jobs.maxAttempts),
      ),
    )
    .run();
}

export function getJob(db: JobDatabase, jobId: string): Job | undefined {
  return db.select().from(jobs).where(eq(jobs.id, jobId)).get();
}

/** The queued or running job holding `dedupeKey`, e.g. to show a sync as running. */
export function findLiveJob(db: JobDatabase, dedupeKey: string): Job | undefined {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.dedupeKey, dedupeKey), inArray(jobs.status, ['queued', 'running'])))
    .get();
}

/** Cancels a job that has not started; a running job is left to finish. */
export function cancelJob(db: JobDatabase, jobId: string, now = new Date()): Job | undefined {
  return db
    .update(jobs)
    .set({ status: 'cancelled', finishedAt: now, updatedAt: now })
    .where(and(eq(jobs.id, jobId), eq(jobs.status, 'queued')))
    .returning()
    .get();
}
