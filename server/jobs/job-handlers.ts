import type { z } from 'zod';
import type { RetryBackoff } from './job-backoff.ts';
import { JobError } from './job-errors.ts';
import type { JobLogger } from './job-logger.ts';
import type { Job } from './job-queue.ts';

export interface JobContext<Payload> {
  job: Job;
  payload: Payload;
  /**
   * Aborted when this worker lost the lease (another worker may now run the job) or when a
   * shutdown ran out of patience. Pass it to every remote call and stop at the next step.
   */
  signal: AbortSignal;
  logger: JobLogger;
  now(): Date;
  /** Checks the database; ask it right before a step that must not run twice. */
  isLeaseHeld(): boolean;
}

/**
 * The code behind one job kind. `run` resolves on success and throws on failure; what it throws
 * is stored in `last_error`, so messages must be free of PII and secrets (see `JobError`).
 */
export interface JobHandler<Payload> {
  kind: string;
  /** Checked before `run`: a payload that does not match fails the job, never the worker. */
  payloadSchema: z.ZodType<Payload>;
  backoff?: RetryBackoff;
  run(context: JobContext<Payload>): Promise<void>;
}

/** Identity, there so `Payload` is inferred from the schema at the definition site. */
export function defineJobHandler<Payload>(handler: JobHandler<Payload>): JobHandler<Payload> {
  return handler;
}

export type JobHandlerRegistry = ReadonlyMap<string, JobHandler<unknown>>;

export function createJobHandlerRegistry(
  handlers: readonly JobHandler<unknown>[],
): JobHandlerRegistry {
  const registry = new Map<string, JobHandler<unknown>>();

  for (const handler of handlers) {
    if (registry.has(handler.kind)) {
      throw new Error(`Two job handlers are registered for kind ${handler.kind}`);
    }

    registry.set(handler.kind, handler);
  }

  return registry;
}

/** The payload as the handler's type, or a non-retryable `INVALID_PAYLOAD` error. */
export function parseJobPayload<Payload>(handler: JobHandler<Payload>, payload: unknown): Payload {
  const result = handler.payloadSchema.safeParse(payload);

  if (result.success) {
    return result.data;
  }

  // Paths and issue codes only: zod's messages may quote the offending values.
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'} ${issue.code}`,
  );

  throw new JobError(
    'INVALID_PAYLOAD',
    `Payload for ${handler.kind} does not match its schema: ${problems.join(', ')}`,
    { isRetryable: false },
  );
}
