import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJobHandler } from '../../server/jobs/job-handlers.ts';
import { enqueueJob, getJob } from '../../server/jobs/job-queue.ts';
import { createJobWorker } from '../../server/jobs/job-worker.ts';
import { type JobsChild, spawnJobsChild } from '../helpers/jobs-child-process.ts';
import { createJobsTestDatabase, type JobsTestDatabase } from '../helpers/jobs-database.ts';
import { waitFor } from '../helpers/jobs-wait.ts';

// Long enough that a child busy starting up on a loaded machine keeps its lease, short enough
// that the rescue after the kill takes about a second.
const LEASE_MS = 1_000;

let database: JobsTestDatabase;
let children: JobsChild[];

beforeEach(() => {
  database = createJobsTestDatabase();
  children = [];
});

afterEach(async () => {
  await Promise.all(children.map((child) => child.kill()));

  database.close();
});

describe('a worker process killed mid-job', () => {
  it('leaves its job to be picked up and completed by another worker', async () => {
    const { db } = database.handle;
    const job = enqueueJob(db, { kind: 'crash-test', payload: { orderId: '113-7' } });
    const child = spawnJobsChild('./jobs-crash-child.ts', [database.path, String(LEASE_MS)]);
    const completedBy: string[] = [];

    children.push(child);
    await child.waitForLine(new RegExp(`started ${job.id}`));

    const claimedExpiry = getJob(db, job.id)?.leaseExpiresAt;

    // The rescuer polls from the start, so it would take the job at once if the live child's
    // heartbeat did not keep the lease.
    const rescuer = createJobWorker({
      db,
      workerId: 'rescuer',
      leaseMs: LEASE_MS,
      pollIntervalMs: 25,
      handlers: [
        defineJobHandler({
          kind: 'crash-test',
          payloadSchema: z.object({ orderId: z.string() }),
          run: async ({ payload }) => {
            completedBy.push(payload.orderId);
          },
        }),
      ],
    });

    rescuer.start();
    await waitFor('a heartbeat from the child', () => {
      const expiry = getJob(db, job.id)?.leaseExpiresAt;

      return expiry && claimedExpiry && expiry > claimedExpiry;
    });
    expect(getJob(db, job.id)).toMatchObject({ status: 'running', leaseOwner: 'doomed-child' });

    await child.kill();
    await waitFor('the rescue', () => getJob(db, job.id)?.status === 'succeeded', 15_000);
    await rescuer.stop();

    expect(completedBy).toEqual(['113-7']);
    expect(getJob(db, job.id)).toMatchObject({ attempts: 2, lastError: null });
  });
});
