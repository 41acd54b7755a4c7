// One of several processes claiming from the same file at once, for the race test. It waits for
// "go" on stdin so all of them start together, then prints every job id it claimed.
import { createInterface } from 'node:readline';
import { openDatabase } from '../../server/db/connection.ts';
import { completeJob } from '../../server/jobs/job-lease.ts';
import { claimNextJob } from '../../server/jobs/job-queue.ts';

const [path, workerId] = process.argv.slice(2);

if (!path || !workerId) {
  throw new Error('usage: jobs-claim-race-child.ts <database file> <worker id>');
}

const { db, close } = openDatabase(path);
const claimed: string[] = [];

process.stdout.write('ready\n');

createInterface({ input: process.stdin }).once('line', () => {
  for (;;) {
    const job = claimNextJob(db, { workerId, leaseMs: 60_000 });

    if (!job) {
      break;
    }

    claimed.push(job.id);
    completeJob(db, job);
  }

  close();
  process.stdout.write(`claimed ${JSON.stringify(claimed)}\n`);
  process.exit(0);
});
