import type { JobDatabase } from './job-database.ts';
import { describeJobError, JobError } from './job-errors.ts';
import { type JobHandlerRegistry, parseJobPayload } from './job-handlers.ts';
import { completeJob, extendLease, failJob, isLeaseHeld, releaseJob } from './job-lease.ts';
import type { JobLogger } from './job-logger.ts';
import type { Job } from './job-queue.ts';

export interface RunClaimedJobInput {
  db: JobDatabase;
  job: Job;
  registry: JobHandlerRegistry;
  controller: AbortController;
  /** The abort reason that means "shutting down": such a job is handed back, not failed. */
  shutdown: unknown;
  leaseMs: number;
  heartbeatMs: number;
  now: () => Date;
  logger: JobLogger;
  random?: () => number;
}

/** Runs one claimed job to the end, holding its lease, and records the outcome; never throws. */
export async function runClaimedJob(input: RunClaimedJobInput): Promise<void> {
  const { job } = input;
  const logger = input.logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
  const startedAt = Date.now();
  const heartbeat = setInterval(() => renewLease(input, logger), input.heartbeatMs);
  const error = await runHandler(input, logger);

  clearInterval(heartbeat);

  try {
    recordOutcome(input, error, logger, Date.now() - startedAt);
  } catch (recordingError) {
    // The lease then simply expires and another claim retries the job.
    logger.error({ err: recordingError }, 'recording the job outcome failed');
  }
}

function renewLease(input: RunClaimedJobInput, logger: JobLogger): void {
  const { db, job, leaseMs } = input;

  try {
    if (!extendLease(db, job, { leaseMs, now: input.now() })) {
      input.controller.abort(new JobError('LEASE_LOST', 'Another worker took over this job'));
    }
  } catch (error) {
    // One missed beat is harmless while the lease lasts several heartbeats.
    logger.error({ err: error }, 'extending the lease failed');
  }
}

/** The handler's error, or `undefined` when it succeeded. */
async function runHandler(input: RunClaimedJobInput, logger: JobLogger): Promise<unknown> {
  const { db, job } = input;

  try {
    const handler = input.registry.get(job.kind);

    if (!handler) {
      throw new JobError('NO_HANDLER', `No handler for kind ${job.kind}`, { isRetryable: false });
    }

    await handler.run({
      job,
      payload: parseJobPayload(handler, job.payload),
      signal: input.controller.signal,
      logger,
      now: input.now,
      isLeaseHeld: () => isLeaseHeld(db, job),
    });

    return undefined;
  } catch (error) {
    return error ?? new Error('The handler threw without a value');
  }
}

function recordOutcome(
  input: RunClaimedJobInput,
  error: unknown,
  logger: JobLogger,
  durationMs: number,
): void {
  const { db, job } = input;
  const now = input.now();

  if (error === undefined) {
    const done = completeJob(db, job, now);

    logDone(logger, done, durationMs);

    return;
  }

  if (input.controller.signal.reason === input.shutdown) {
    releaseJob(db, job, now);
    logger.info({ durationMs }, 'job interrupted by shutdown and handed back');

    return;
  }

  const backoff = input.registry.get(job.kind)?.backoff;
  const failed = failJob(db, job, { error, now, backoff, random: input.random });

  logFailure(logger, failed, describeJobError(error), durationMs);
}

function logDone(logger: JobLogger, done: Job | undefined, durationMs: number): void {
  if (!done) {
    logger.warn({ durationMs }, 'job finished after its lease was lost; result not recorded');

    return;
  }

  logger.info({ durationMs }, 'job succeeded');
}

function logFailure(logger: JobLogger, failed: Job | undefined, error: string, durationMs: number) {
  if (!failed) {
    logger.warn({ durationMs, error }, 'job failed after its lease was lost; not recorded');
  } else if (failed.status === 'queued') {
    logger.warn({ durationMs, error, retryAt: failed.runAt.toISOString() }, 'job will retry');
  } else {
    logger.error({ durationMs, error }, 'job failed for good');
  }
}
