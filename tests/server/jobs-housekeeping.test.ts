import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { applyMigrations } from '../../server/db/migrate.ts';
import { signInThrottles } from '../../server/db/schema.ts';
import {
  createHousekeepingHandler,
  FINISHED_JOB_RETENTION_MS,
  scheduleHousekeeping,
} from '../../server/jobs/housekeeping.ts';
import { completeJob } from '../../server/jobs/job-lease.ts';
import { silentJobLogger } from '../../server/jobs/job-logger.ts';
import { claimNextJob, enqueueJob, getJob } from '../../server/jobs/job-queue.ts';
import { getSchedule } from '../../server/jobs/job-schedules.ts';

describe('housekeeping job', () => {
  it('deletes finished jobs and sign-in throttles past their time, keeping the rest', async () => {
    const { db, close } = openDatabase(':memory:');
    applyMigrations(db);

    const longAgo = new Date(Date.now() - FINISHED_JOB_RETENTION_MS - 60_000);
    const old = enqueueJob(db, { kind: 'demo', now: longAgo });
    const claimed = claimNextJob(db, { workerId: 'w', leaseMs: 1000, now: longAgo });
    completeJob(db, claimed ?? old, longAgo);
    const recent = enqueueJob(db, { kind: 'demo' });
    db.insert(signInThrottles)
      .values([
        { key: 'account:stale', failures: 3, windowStartedAt: longAgo },
        { key: 'account:fresh', failures: 3, windowStartedAt: new Date() },
      ])
      .run();

    const handler = createHousekeepingHandler(db);
    const controller = new AbortController();
    await handler.run({
      job: recent,
      payload: {},
      signal: controller.signal,
      logger: silentJobLogger,
      now: () => new Date(),
      isLeaseHeld: () => true,
    });

    expect(getJob(db, old.id)).toBeUndefined();
    expect(getJob(db, recent.id)?.status).toBe('queued');
    expect(
      db
        .select()
        .from(signInThrottles)
        .all()
        .map((row) => row.key),
    ).toEqual(['account:fresh']);
    close();
  });

  it('is scheduled daily, once however often the server starts', () => {
    const { db, close } = openDatabase(':memory:');
    applyMigrations(db);

    scheduleHousekeeping(db);
    scheduleHousekeeping(db);

    expect(getSchedule(db, 'housekeeping')).toMatchObject({ intervalMs: 86_400_000 });
    close();
  });
});
