import { z } from 'zod';
import { applyMigrations } from '../server/db/migrate.ts';
import { defineJobHandler } from '../server/jobs/job-handlers.ts';
import { enqueueJob } from '../server/jobs/job-queue.ts';
import { createJobWorker } from '../server/jobs/job-worker.ts';
import type { BenchFigure } from './bench-figure.ts';
import { measureRate, withBenchDatabase } from './bench-measure.ts';

const JOBS = 3_000;

// A floor far below what a laptop reaches, so only a real regression (a claim that scans the
// table, a lost index) trips it rather than a busy machine.
const MIN_JOBS_PER_SECOND = 300;

/** Enqueues `count` jobs one transaction each, as requests and schedules do. */
export function measureEnqueueRate(count = JOBS) {
  return withBenchDatabase(({ db }) => {
    applyMigrations(db);

    return measureRate(() => {
      for (let index = 0; index < count; index += 1) {
        enqueueJob(db, { kind: 'bench', payload: { index } });
      }

      return count;
    });
  });
}

/** Jobs per second through a real worker (claim, empty handler, complete), from a full queue. */
export function measureWorkerThroughput(count = JOBS, concurrency = 1) {
  return withBenchDatabase(({ db }) => {
    applyMigrations(db);

    for (let index = 0; index < count; index += 1) {
      enqueueJob(db, { kind: 'bench', payload: { index } });
    }

    return measureRate(async () => {
      let handled = 0;
      let resolveDrained = () => {};
      const drained = new Promise<void>((resolve) => {
        resolveDrained = resolve;
      });
      const handler = defineJobHandler({
        kind: 'bench',
        payloadSchema: z.object({ index: z.number() }),
        run: async () => {
          handled += 1;

          if (handled === count) {
            resolveDrained();
          }
        },
      });
      const worker = createJobWorker({ db, handlers: [handler], concurrency });

      worker.start();
      await drained;
      // Stopping waits for the last job's completion to be written.
      await worker.stop();

      return count;
    });
  });
}

export async function runBenchmark(): Promise<BenchFigure[]> {
  const enqueue = await measureEnqueueRate();
  const worker = await measureWorkerThroughput();

  return [
    { name: 'job-queue-enqueue', value: enqueue.perSecond, unit: 'jobs/s' },
    {
      name: 'job-queue-worker',
      value: worker.perSecond,
      unit: 'jobs/s',
      limit: { min: MIN_JOBS_PER_SECOND },
    },
  ];
}
