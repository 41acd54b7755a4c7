import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { JobDatabase } from './job-database.ts';
import { JobError } from './job-errors.ts';
import { createJobHandlerRegistry, type JobHandler } from './job-handlers.ts';
import { type JobLogger, silentJobLogger } from './job-logger.ts';
import { claimNextJob } from './job-queue.ts';
import { listenForEnqueuedJobs } from './job-wakeups.ts';
import { runClaimedJob } from './run-claimed-job.ts';
import { createWakeableSleep } from './wakeable-sleep.ts';

export interface JobWorkerOptions {
  db: JobDatabase;
  handlers: readonly JobHandler<unknown>[];
  workerId?: string;
  /** Jobs run at once by this worker. */
  concurrency?: number;
  /** How long a claim lasts without a heartbeat: the delay before a dead worker's job resumes. */
  leaseMs?: number;
  heartbeatMs?: number;
  /** How often an idle worker looks for jobs enqueued by other processes or coming due. */
  pollIntervalMs?: number;
  now?: () => Date;
  logger?: JobLogger;
  random?: () => number;
}

export interface JobWorker {
  readonly workerId: string;
  start(): void;
  /**
   * Stops claiming and resolves when the jobs in flight have finished. With `graceMs`, jobs
   * still running after it have their signal aborted and are handed back to the queue.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Looks for work now instead of at the next poll. */
  wake(): void;
}

export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const registry = createJobHandlerRegistry(options.handlers);
  const kinds = [...registry.keys()];
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 60_000;
  const heartbeatMs = options.heartbeatMs ?? Math.floor(leaseMs / 3);
  const now = options.now ?? (() => new Date());
  const logger = (options.logger ?? silentJobLogger).child({ workerId });
  const idle = createWakeableSleep();
  const inFlight = new Set<AbortController>();
  const shutdown = new JobError('WORKER_STOPPING', 'The worker is shutting down');
  const running = { ...options, registry, shutdown, leaseMs, heartbeatMs, now, logger };
  let slots: Promise<void>[] = [];
  let isRunning = false;
  let stopListening = () => {};

  const claim = () => {
    try {
      return claimNextJob(options.db, { workerId, kinds, leaseMs, now: now() });
    } catch (error) {
      // A locked or unreachable database must not kill the loop; the next poll retries.
      logger.error({ err: error }, 'claiming a job failed');

      return undefined;
    }
  };

  const runSlot = async () => {
    while (isRunning) {
      const job = claim();

      if (!job) {
        await idle.sleep(options.pollIntervalMs ?? 1_000);
        continue;
      }

      const controller = new AbortController();

      inFlight.add(controller);
      await runClaimedJob({ ...running, job, controller });
      inFlight.delete(controller);
      // Fast handlers only yield microtasks; without this a long queue would starve HTTP requests.
      await yieldToEventLoop();
    }
  };

  const abortInFlight = () => {
    for (const controller of inFlight) {
      controller.abort(shutdown);
    }
  };

  return {
    workerId,

    start() {
      if (isRunning) {
        return;
      }

      isRunning = true;
      stopListening = listenForEnqueuedJobs(() => idle.wake());
      slots = Array.from({ length: options.concurrency ?? 1 }, () => runSlot());
    },

    async stop({ graceMs } = {}) {
      isRunning = false;
      stopListening();
      idle.wake();

      const patience = graceMs === undefined ? undefined : setTimeout(abortInFlight, graceMs);

      await Promise.all(slots);
      clearTimeout(patience);
    },

    wake: () => idle.wake(),
  };
}
