import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { completeJob } from '../../server/jobs/job-lease.ts';
import { claimNextJob, findLiveJob, type Job } from '../../server/jobs/job-queue.ts';
import { startJobScheduler } from '../../server/jobs/job-scheduler.ts';
import {
  computeNextRunAt,
  enqueueDueSchedules,
  getSchedule,
  removeSchedule,
  upsertSchedule,
} from '../../server/jobs/job-schedules.ts';
import { createJobsTestDatabase, type JobsTestDatabase } from '../helpers/jobs-database.ts';

const MINUTE = 60_000;
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const NAME = 'sync-orders:tenant-a';

let database: JobsTestDatabase;

beforeEach(() => {
  database = createJobsTestDatabase();
});

afterEach(() => {
  database.close();
});

function scheduleSync(intervalMs = 5 * MINUTE) {
  return upsertSchedule(database.handle.db, {
    name: NAME,
    kind: 'sync-orders',
    payload: { region: 'eu' },
    tenantId: 'tenant-a',
    intervalMs,
    now: T0,
  });
}

/** Claims and completes the scheduled job, as a worker would, so the next slot can enqueue. */
function runPendingJob(now: Date): Job | undefined {
  const { db } = database.handle;
  const job = claimNextJob(db, { workerId: 'w', leaseMs: MINUTE, now });

  return job && completeJob(db, job, now);
}

describe('job schedules', () => {
  it('enqueue once per interval, however often the tick runs', () => {
    const { db } = database.handle;

    scheduleSync();

    const first = enqueueDueSchedules(db, T0);

    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      kind: 'sync-orders',
      payload: { region: 'eu' },
      tenantId: 'tenant-a',
      dedupeKey: NAME,
    });
    expect(enqueueDueSchedules(db, at(1))).toEqual([]);
    expect(enqueueDueSchedules(db, at(5 * MINUTE - 1))).toEqual([]);

    runPendingJob(at(10));

    expect(enqueueDueSchedules(db, at(5 * MINUTE))).toHaveLength(1);
  });

  it('join a run that is still going instead of enqueueing a second one', () => {
    const { db } = database.handle;

    scheduleSync();
    const [first] = enqueueDueSchedules(db, T0);
    const [second] = enqueueDueSchedules(db, at(5 * MINUTE));

    expect(second?.id).toBe(first?.id);
    expect(getSchedule(db, NAME)?.nextRunAt).toEqual(at(10 * MINUTE));
  });

  it('stay on their grid after a late tick and skip the slots missed while down', () => {
    const schedule = { nextRunAt: T0, intervalMs: 5 * MINUTE };

    expect(computeNextRunAt(schedule, at(2 * MINUTE))).toEqual(at(5 * MINUTE));
    expect(computeNextRunAt(schedule, at(5 * MINUTE))).toEqual(at(10 * MINUTE));
    expect(computeNextRunAt(schedule, at(3 * 60 * MINUTE + 1))).toEqual(at(185 * MINUTE));
  });

  it('enqueue a single catch-up run after downtime, not one per missed slot', () => {
    const { db } = database.handle;

    scheduleSync();

    expect(enqueueDueSchedules(db, at(3 * 60 * MINUTE))).toHaveLength(1);
    expect(getSchedule(db, NAME)?.nextRunAt).toEqual(at(185 * MINUTE));
  });

  it('survive a restart: the same slot is not enqueued again by a new process', () => {
    scheduleSync();
    enqueueDueSchedules(database.handle.db, T0);
    runPendingJob(at(10));

    const restarted = openDatabase(database.path);

    try {
      expect(enqueueDueSchedules(restarted.db, at(MINUTE))).toEqual([]);
      expect(enqueueDueSchedules(restarted.db, at(5 * MINUTE))).toHaveLength(1);
    } finally {
      restarted.close();
    }
  });

  it('are taken by only one of two schedulers on separate connections', () => {
    const other = database.openAnother();

    scheduleSync();
    const fromFirst = enqueueDueSchedules(database.handle.db, T0);
    const fromSecond = enqueueDueSchedules(other.db, T0);

    expect(fromFirst.length + fromSecond.length).toBe(1);
  });

  it('do nothing while disabled, and resume on their grid when enabled again', () => {
    const { db } = database.handle;
    const input = { name: NAME, kind: 'sync-orders', intervalMs: 5 * MINUTE, now: T0 };

    upsertSchedule(db, { ...input, isEnabled: false });

    expect(enqueueDueSchedules(db, at(MINUTE))).toEqual([]);

    upsertSchedule(db, { ...input, now: at(MINUTE) });

    expect(enqueueDueSchedules(db, at(MINUTE))).toHaveLength(1);
  });

  it('apply a shorter interval at once when updated', () => {
    const { db } = database.handle;

    scheduleSync(60 * MINUTE);
    enqueueDueSchedules(db, T0);

    const updated = upsertSchedule(db, {
      name: NAME,
      kind: 'sync-orders',
      intervalMs: 5 * MINUTE,
      now: at(MINUTE),
    });

    expect(updated.nextRunAt).toEqual(at(6 * MINUTE));
    expect(updated.intervalMs).toBe(5 * MINUTE);
  });

  it('are checked by the scheduler loop as soon as it starts', () => {
    scheduleSync();
    const scheduler = startJobScheduler({ db: database.handle.db, tickMs: 60_000, now: () => T0 });

    try {
      expect(findLiveJob(database.handle.db, NAME)?.kind).toBe('sync-orders');
      expect(scheduler.tick()).toBe(0);
    } finally {
      scheduler.stop();
    }
  });

  it('can be removed', () => {
    const { db } = database.handle;

    scheduleSync();

    expect(removeSchedule(db, NAME)).toBe(true);
    expect(enqueueDueSchedules(db, at(MINUTE))).toEqual([]);
    expect(removeSchedule(db, NAME)).toBe(false);
  });
});
