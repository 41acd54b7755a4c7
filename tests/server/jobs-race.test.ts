import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeJob } from '../../server/jobs/job-lease.ts';
import { claimNextJob, enqueueJob, type Job } from '../../server/jobs/job-queue.ts';
import { type JobsChild, spawnJobsChild } from '../helpers/jobs-child-process.ts';
import { createJobsTestDatabase, type JobsTestDatabase } from '../helpers/jobs-database.ts';

const JOB_COUNT = 400;

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

function enqueueMany(): Set<string> {
  const ids = new Set<string>();

  for (let index = 0; index < JOB_COUNT; index += 1) {
    ids.add(enqueueJob(database.handle.db, { kind: 'race', payload: { index } }).id);
  }

  return ids;
}

describe('racing claims', () => {
  it('never give one job to two processes', async () => {
    const ids = enqueueMany();
    const racers = ['racer-1', 'racer-2', 'racer-3'].map((workerId) =>
      spawnJobsChild('./jobs-claim-race-child.ts', [database.path, workerId]),
    );

    children.push(...racers);
    await Promise.all(racers.map((racer) => racer.waitForLine(/ready/)));

    for (const racer of racers) {
      racer.process.stdin?.write('go\n');
    }

    const claims = await Promise.all(
      racers.map(async (racer) => {
        const [, list] = await racer.waitForLine(/claimed (\[.*\])/);

        return JSON.parse(list ?? '[]') as string[];
      }),
    );
    const all = claims.flat();

    expect(all).toHaveLength(JOB_COUNT);
    expect(new Set(all)).toEqual(ids);
    // Not a proof of a race, but shows the processes did overlap rather than run in turn.
    expect(claims.filter((list) => list.length > 0).length).toBeGreaterThan(1);
  });

  it('never give one job to two connections claiming in turn', () => {
    const ids = enqueueMany();
    const connections = [database.handle, database.openAnother(), database.openAnother()];
    const claimed: Job[] = [];

    for (let round = 0; claimed.length < JOB_COUNT && round < JOB_COUNT; round += 1) {
      for (const { db } of connections) {
        const job = claimNextJob(db, { workerId: `w-${round}`, leaseMs: 60_000 });

        if (job) {
          claimed.push(job);
          completeJob(db, job);
        }
      }
    }

    expect(new Set(claimed.map((job) => job.id))).toEqual(ids);
    expect(claimed.every((job) => job.attempts === 1)).toBe(true);
  });
});
