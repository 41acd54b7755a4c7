import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    // Ids and options only: a payload outlives PII retention, so it never carries buyer data.
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    tenantId: text('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    runAt: timestamp('run_at').notNull(),
    // Counted at claim time, so an attempt that crashed its worker still counts.
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at'),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
    finishedAt: timestamp('finished_at'),
  },
  (table) => [
    index('jobs_due_idx').on(table.status, table.runAt),
    index('jobs_lease_idx').on(table.status, table.leaseExpiresAt),
    index('jobs_tenant_idx').on(table.tenantId),
    index('jobs_finished_idx').on(table.finishedAt),
    // One live job per key: a second "sync now" joins the queued or running one instead of
    // starting a parallel sync, and two scheduler ticks cannot both enqueue the same run.
    uniqueIndex('jobs_dedupe_key_live_unique')
      .on(table.dedupeKey)
      .where(sql`status in ('queued', 'running') and dedupe_key is not null`),
  ],
);

export const jobSchedules = sqliteTable(
  'job_schedules',
  {
    // e.g. `sync-orders:<tenantId>`; also the dedupe key of the jobs it enqueues.
    name: text('name').primaryKey(),
    kind: text('kind').notNull(),
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    tenantId: text('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    intervalMs: integer('interval_ms').notNull(),
    nextRunAt: timestamp('next_run_at').notNull(),
    isEnabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    index('job_schedules_due_idx').on(table.isEnabled, table.nextRunAt),
    index('job_schedules_tenant_idx').on(table.tenantId),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
export type JobScheduleRow = typeof jobSchedules.$inferSelect;
