import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JobError } from '../../server/jobs/job-errors.ts';
import { defineJobHandler, type JobHandler } from '../../server/jobs/job-handlers.ts';
import { claimNextJob, enqueueJob, getJob } from '../../server/jobs/job-queue.ts';
import { createJobWorker, type JobWorker } from '../../server/jobs/job-worker.ts';
import { createJobsTestDatabase, type JobsTestDatabase } from '../helpers/jobs-database.ts';
import { createGate, waitFor } from '../helpers/jobs-wait.ts';

const OrderPayloadSchema = z.object({ orderId: z.string() });

let database: JobsTestDatabase;
let workers: JobWorker[];

beforeEach(() => {
  database = createJobsTestDatabase();
  workers = [];
});

afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop({ graceMs: 0 })));
  database.close();
});

type StartOptions = Partial<Parameters<typeof createJobWorker>[0]>;

function startWorker(handlers: JobHandler<unknown>[], options: StartOptions = {}) {
  // A poll interval far longer than any test: jobs only start through the in-process wake-up.
  const worker = createJobWorker({
    db: database.handle.db,
    handlers,
    pollIntervalMs: 60_000,
    leaseMs: 5_000,
    heartbeatMs: 20,
    ...options,
  });

  workers.push(worker);
  worker.start();

  return worker;
}

function statusOf(jobId: string) {
  return getJob(database.handle.db, jobId)?.status;
}

describe('job worker', () => {
  it('runs a job as soon as it is enqueued in-process, with its typed payload', async () => {
    const seen: string[] = [];
    const handler = defineJobHandler({
      kind: 'label',
      payloadSchema: OrderPayloadSchema,
      run: async ({ payload }) => {
        seen.push(payload.orderId);
      },
    });

    startWorker([handler]);
    const job = enqueueJob(database.handle.db, { kind: 'label', payload: { orderId: '113-1' } });

    await waitFor('the job to succeed', () => statusOf(job.id) === 'succeeded', 2_000);
    expect(seen).toEqual(['113-1']);
  });

  it('logs to a pino logger with job ids and without the payload', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const handler = defineJobHandler({
      kind: 'label',
      payloadSchema: OrderPayloadSchema,
      run: async () => {},
    });

    startWorker([handler], { logger: pino(destination), workerId: 'logged' });
    const job = enqueueJob(database.handle.db, { kind: 'label', payload: { orderId: 'secret-9' } });

    await waitFor('the log line', () => lines.find((line) => line.includes('job succeeded')));
    expect(JSON.parse(lines.find((line) => line.includes('job succeeded')) ?? '{}')).toMatchObject({
      workerId: 'logged',
      jobId: job.id,
      kind: 'label',
      attempt: 1,
    });
    expect(lines.join('')).not.toContain('secret-9');
  });

  it('fails a job with a bad payload for good and keeps working', async () => {
    const { db } = database.handle;
    const handler = defineJobHandler({
      kind: 'label',
      payloadSchema: OrderPayloadSchema,
      run: async () => {},
    });

    startWorker([handler]);
    const bad = enqueueJob(db, { kind: 'label', payload: { orderId: 42 } });
    const good = enqueueJob(db, { kind: 'label', payload: { orderId: '113-2' } });

    await waitFor('the good job', () => statusOf(good.id) === 'succeeded');
    expect(getJob(db, bad.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(getJob(db, bad.id)?.lastError).toBe(
      'INVALID_PAYLOAD: Payload for label does not match its schema: orderId invalid_type',
    );
  });

  it('records a throwing handler as a retry', async () => {
    const { db } = database.handle;
    const handler = defineJobHandler({
      kind: 'flaky',
      payloadSchema: z.object({}),
      backoff: { baseMs: 60_000, maxMs: 60_000 },
      run: async () => {
        throw new JobError('SHIPENTEGRA_DOWN', 'Shipentegra answered 502');
      },
    });

    startWorker([handler]);
    const job = enqueueJob(db, { kind: 'flaky' });

    await waitFor('the retry', () => getJob(db, job.id)?.lastError);
    expect(getJob(db, job.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'SHIPENTEGRA_DOWN: Shipentegra answered 502',
    });
  });

  it('runs up to `concurrency` jobs at once', async () => {
    const gate = createGate();
    let running = 0;
    const handler = defineJobHandler({
      kind: 'slow',
      payloadSchema: z.object({}),
      run: async () => {
        running += 1;
        await gate.opened;
      },
    });

    startWorker([handler], { concurrency: 2 });
    const jobs = [1, 2, 3].map(() => enqueueJob(database.handle.db, { kind: 'slow' }));

    await waitFor('two jobs running', () => running === 2);
    expect(jobs.map((job) => statusOf(job.id)).sort()).toEqual(['queued', 'running', 'running']);

    gate.open();
    await waitFor('all done', () => jobs.every((job) => statusOf(job.id) === 'succeeded'));
  });

  it('keeps the lease alive while the handler runs', async () => {
    const gate = createGate();
    const handler = defineJobHandler({
      kind: 'long',
      payloadSchema: z.object({}),
      run: () => gate.opened,
    });

    startWorker([handler]);
    const job = enqueueJob(database.handle.db, { kind: 'long' });
    const firstExpiry = await waitFor(
      'the claim',
      () => getJob(database.handle.db, job.id)?.leaseExpiresAt,
    );

    await waitFor('a heartbeat', () => {
      const expiry = getJob(database.handle.db, job.id)?.leaseExpiresAt;

      return expiry && expiry > firstExpiry;
    });
    gate.open();
    await waitFor('success', () => statusOf(job.id) === 'succeeded');
  });

  it('aborts the handler when another worker took over, and records nothing', async () => {
    const { db } = database.handle;
    let abortReason: unknown;
    const handler = defineJobHandler({
      kind: 'label',
      payloadSchema: z.object({}),
      run: ({ signal }) =>
        new Promise<void>((_, reject) => {
          signal.addEventListener('abort', () => {
            abortReason = signal.reason;
            reject(signal.reason);
          });
        }),
    });

    startWorker([handler]);
    const job = enqueueJob(db, { kind: 'label' });

    await waitFor('the claim', () => statusOf(job.id) === 'running');
    const farFuture = new Date(Date.now() + 3_600_000);
    const thief = claimNextJob(db, { workerId: 'thief', leaseMs: 3_600_000, now: farFuture });

    await waitFor('the abort', () => abortReason);
    expect(abortReason).toMatchObject({ code: 'LEASE_LOST' });
    expect(thief?.id).toBe(job.id);
    expect(getJob(db, job.id)).toMatchObject({ status: 'running', leaseOwner: 'thief' });
  });
});

describe('stopping a worker', () => {
  it('stops claiming and waits for the job in flight to finish', async () => {
    const { db } = database.handle;
    const gate = createGate();
    const handler = defineJobHandler({
      kind: 'slow',
      payloadSchema: z.object({}),
      run: () => gate.opened,
    });
    const worker = startWorker([handler]);
    const inFlight = enqueueJob(db, { kind: 'slow' });

    await waitFor('the claim', () => statusOf(inFlight.id) === 'running');
    let hasStopped = false;
    const stopping = worker.stop().then(() => {
      hasStopped = true;
    });
    const queued = enqueueJob(db, { kind: 'slow' });

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hasStopped).toBe(false);

    gate.open();
    await stopping;
    expect(statusOf(inFlight.id)).toBe('succeeded');
    expect(statusOf(queued.id)).toBe('queued');
  });

  it('after the grace period, aborts the handler and hands the job back uncounted', async () => {
    const { db } = database.handle;
    const handler = defineJobHandler({
      kind: 'stubborn',
      payloadSchema: z.object({}),
      run: ({ signal }) =>
        new Promise<void>((_, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    });
    const worker = startWorker([handler]);
    const job = enqueueJob(db, { kind: 'stubborn' });

    await waitFor('the claim', () => statusOf(job.id) === 'running');
    await worker.stop({ graceMs: 10 });

    expect(getJob(db, job.id)).toMatchObject({ status: 'queued', attempts: 0, leaseOwner: null });
  });
});
