import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeRetryDelay } from '../../server/jobs/job-backoff.ts';
import { deleteFinishedJobs } from '../../server/jobs/job-cleanup.ts';
import { describeJobError, JobError } from '../../server/jobs/job-errors.ts';
import { completeJob, failJob, isLeaseHeld } from '../../server/jobs/job-lease.ts';
import {
  cancelJob,
  claimNextJob,
  enqueueJob,
  findLiveJob,
  getJob,
  type Job,
} from '../../server/jobs/job-queue.ts';
import { createJobsTestDatabase, type JobsTestDatabase } from '../helpers/jobs-database.ts';

const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

let database: JobsTestDatabase;

beforeEach(() => {
  database = createJobsTestDatabase();
});

afterEach(() => {
  database.close();
});

function claim(workerId: string, now: Date): Job | undefined {
  return claimNextJob(database.handle.db, { workerId, leaseMs: 1_000, now });
}

describe('job queue', () => {
  it('enqueues, claims and completes a job', () => {
    const { db } = database.handle;
    const job = enqueueJob(db, {
      kind: 'sync-orders',
      payload: { region: 'eu' },
      tenantId: 'tenant-a',
      now: T0,
    });

    const claimed = claim('worker-1', T0);

    expect(claimed).toMatchObject({ id: job.id, status: 'running', attempts: 1 });
    expect(claimed?.payload).toEqual({ region: 'eu' });
    expect(claimed?.leaseExpiresAt).toEqual(at(1_000));
    expect(claim('worker-2', T0)).toBeUndefined();

    const done = claimed && completeJob(db, claimed, at(10));

    expect(done).toMatchObject({ status: 'succeeded', leaseOwner: null, finishedAt: at(10) });
  });

  it('claims the oldest due job first and leaves future and other kinds alone', () => {
    const { db } = database.handle;

    enqueueJob(db, { kind: 'later', runAt: at(5_000), now: T0 });
    const second = enqueueJob(db, { kind: 'a', runAt: at(20), now: T0 });
    const first = enqueueJob(db, { kind: 'a', runAt: at(10), now: T0 });
    const other = enqueueJob(db, { kind: 'b', now: T0 });
    const options = { workerId: 'w', kinds: ['a'], leaseMs: 1_000, now: at(100) };

    expect(claimNextJob(db, options)?.id).toBe(first.id);
    expect(claimNextJob(db, options)?.id).toBe(second.id);
    expect(claimNextJob(db, options)).toBeUndefined();
    expect(getJob(db, other.id)?.status).toBe('queued');
  });

  it('joins the live job with the same dedupe key and frees the key when it finishes', () => {
    const { db } = database.handle;
    const input = { kind: 'sync-orders', dedupeKey: 'sync-orders:tenant-a', now: T0 };
    const first = enqueueJob(db, input);

    expect(enqueueJob(db, input).id).toBe(first.id);

    const running = claim('w', T0);

    expect(enqueueJob(db, input).id).toBe(first.id);
    expect(findLiveJob(db, 'sync-orders:tenant-a')?.status).toBe('running');

    completeJob(db, running as Job, at(1));
    const next = enqueueJob(db, { ...input, now: at(2) });

    expect(next.id).not.toBe(first.id);
  });

  it('retries with capped, jittered exponential backoff, then fails for good', () => {
    const { db } = database.handle;
    const job = enqueueJob(db, { kind: 'flaky', maxAttempts: 3, now: T0 });
    const backoff = { baseMs: 1_000, maxMs: 1_500 };
    let now = T0;

    for (const expectedDelay of [1_000, 1_500]) {
      const claimed = claim('w', now) as Job;
      const retried = failJob(db, claimed, {
        error: new Error('503'),
        now,
        backoff,
        random: () => 1,
      });

      expect(retried).toMatchObject({ status: 'queued', lastError: 'Error: 503' });
      expect(retried?.runAt.getTime()).toBe(now.getTime() + expectedDelay);
      expect(claim('w', new Date(now.getTime() + expectedDelay - 1))).toBeUndefined();
      now = new Date(now.getTime() + expectedDelay);
    }

    const last = claim('w', now) as Job;
    const failed = failJob(db, last, { error: new Error('503'), now, backoff });

    expect(failed).toMatchObject({ id: job.id, status: 'failed', attempts: 3, finishedAt: now });
    expect(claim('w', at(3_600_000))).toBeUndefined();
  });

  it('keeps jittered delays between half and all of the doubled delay', () => {
    const backoff = { baseMs: 1_000, maxMs: 60_000 };

    expect(computeRetryDelay(1, backoff, () => 0)).toBe(500);
    expect(computeRetryDelay(3, backoff, () => 0.5)).toBe(3_000);
    expect(computeRetryDelay(30, backoff, () => 1)).toBe(60_000);
  });

  it('fails at once on a non-retryable error and honours retryAfterMs', () => {
    const { db } = database.handle;

    enqueueJob(db, { kind: 'a', now: T0 });
    const first = claim('w', T0) as Job;
    const later = new JobError('THROTTLED', 'Amazon asked us to wait', { retryAfterMs: 42_000 });

    expect(failJob(db, first, { error: later, now: T0 })?.runAt).toEqual(at(42_000));

    const second = claim('w', at(42_000)) as Job;
    const refused = new JobError('REAUTHORISE', 'Reconnect Amazon', { isRetryable: false });

    expect(failJob(db, second, { error: refused, now: at(42_000) })).toMatchObject({
      status: 'failed',
      lastError: 'REAUTHORISE: Reconnect Amazon',
    });
  });

  it('hands a job whose lease expired to another worker and counts the attempt', () => {
    const { db } = database.handle;
    const job = enqueueJob(db, { kind: 'a', now: T0 });
    const crashed = claim('crashed', T0) as Job;

    expect(claim('rescuer', at(999))).toBeUndefined();

    const rescued = claim('rescuer', at(1_000));

    expect(rescued).toMatchObject({ id: job.id, leaseOwner: 'rescuer', attempts: 2 });
    expect(isLeaseHeld(db, crashed)).toBe(false);
  });

  it('refuses every write from a worker that lost its lease', () => {
    const { db } = database.handle;

    enqueueJob(db, { kind: 'a', now: T0 });
    const stale = claim('slow', T0) as Job;
    const current = claim('slow', at(5_000)) as Job;

    expect(completeJob(db, stale, at(5_001))).toBeUndefined();
    expect(failJob(db, stale, { error: new Error('late'), now: at(5_001) })).toBeUndefined();
    expect(getJob(db, current.id)).toMatchObject({ status: 'running', attempts: 2 });
    expect(completeJob(db, current, at(5_002))?.status).toBe('succeeded');
  });

  it('fails a job whose worker died on its last allowed attempt instead of retrying it', () => {
    const { db } = database.handle;
    const job = enqueueJob(db, { kind: 'poison', maxAttempts: 1, now: T0 });

    claim('killed', T0);

    expect(claim('next', at(2_000))).toBeUndefined();
    expect(getJob(db, job.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(getJob(db, job.id)?.lastError).toMatch(/^LEASE_EXPIRED/);
  });

  it('cancels only jobs that have not started', () => {
    const { db } = database.handle;
    const queued = enqueueJob(db, { kind: 'a', runAt: at(60_000), now: T0 });
    const started = enqueueJob(db, { kind: 'b', now: T0 });

    claim('w', T0);

    expect(cancelJob(db, queued.id, T0)?.status).toBe('cancelled');
    expect(cancelJob(db, started.id, T0)).toBeUndefined();
  });

  it('deletes finished jobs past the cut-off and keeps live ones', () => {
    const { db } = database.handle;
    const old = enqueueJob(db, { kind: 'a', now: T0 });
    const live = enqueueJob(db, { kind: 'b', runAt: at(60_000), now: T0 });

    completeJob(db, claim('w', T0) as Job, at(1));

    expect(deleteFinishedJobs(db, at(1))).toBe(0);
    expect(deleteFinishedJobs(db, at(2))).toBe(1);
    expect(getJob(db, old.id)).toBeUndefined();
    expect(getJob(db, live.id)?.status).toBe('queued');
  });

  it('deletes a tenant’s jobs with the tenant', () => {
    const { db } = database.handle;
    const job = enqueueJob(db, { kind: 'a', tenantId: 'tenant-a', now: T0 });

    database.handle.sqlite.prepare("delete from tenants where id = 'tenant-a'").run();

    expect(getJob(db, job.id)).toBeUndefined();
  });
});

describe('stored job errors', () => {
  it('are truncated and mask email addresses', () => {
    const error = new Error(`buyer jane.doe@example.com refused: ${'x'.repeat(2_000)}`);
    const stored = describeJobError(error);

    expect(stored.length).toBeLessThanOrEqual(500);
    expect(stored).not.toContain('jane.doe@example.com');
    expect(stored).toContain('[email]');
  });

  it('describe values that are not errors by their type only', () => {
    expect(describeJobError({ address: 'Main St 1' })).toBe('Thrown value of type object');
  });
});
