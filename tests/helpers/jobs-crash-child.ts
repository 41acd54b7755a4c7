// A worker process for the crash test: it starts the job, reports it, and hangs until killed.
import { z } from 'zod';
import { openDatabase } from '../../server/db/connection.ts';
import { defineJobHandler } from '../../server/jobs/job-handlers.ts';
import { createJobWorker } from '../../server/jobs/job-worker.ts';

const [path, leaseMs] = process.argv.slice(2);

if (!path || !leaseMs) {
  throw new Error('usage: jobs-crash-child.ts <database file> <lease ms>');
}

const { db } = openDatabase(path);
const hang = defineJobHandler({
  kind: 'crash-test',
  payloadSchema: z.object({ orderId: z.string() }),
  run: ({ job }) => {
    process.stdout.write(`started ${job.id}\n`);

    return new Promise<void>(() => {});
  },
});

createJobWorker({
  db,
  handlers: [hang],
  workerId: 'doomed-child',
  leaseMs: Number(leaseMs),
  heartbeatMs: Math.floor(Number(leaseMs) / 5),
  pollIntervalMs: 20,
}).start();
