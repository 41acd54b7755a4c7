import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

export const SYNC_KINDS = ['orders', 'inventory'] as const;
export const SYNC_RUN_STATUSES = ['running', 'succeeded', 'failed', 'interrupted'] as const;

/** One attempt at syncing one kind for one tenant and region: what the popup's status reads. */
export const syncRuns = sqliteTable(
  'sync_runs',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    kind: text('kind', { enum: SYNC_KINDS }).notNull(),
    jobId: text('job_id'),
    status: text('status', { enum: SYNC_RUN_STATUSES }).notNull(),
    pagesFetched: integer('pages_fetched').notNull().default(0),
    recordsUpserted: integer('records_upserted').notNull().default(0),
    // Calls Amazon throttled or failed that the limiter retried.
    retries: integer('retries').notNull().default(0),
    // 0 to 1 when it can be estimated, e.g. how far through the time window the pages are.
    progress: real('progress'),
    // Error code from shared/errors.ts and its message, both fit to show a seller.
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    startedAt: timestamp('started_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    finishedAt: timestamp('finished_at'),
  },
  (table) => [
    index('sync_runs_tenant_kind_idx').on(
      table.tenantId,
      table.kind,
      table.region,
      table.startedAt,
    ),
  ],
);

export type SyncRunRow = typeof syncRuns.$inferSelect;
export type SyncKind = (typeof SYNC_KINDS)[number];
