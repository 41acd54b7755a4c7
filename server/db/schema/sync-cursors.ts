import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from '../columns.ts';
import { SYNC_KINDS } from './sync-runs.ts';
import { tenants } from './tenants.ts';

/**
 * Where a tenant's sync of one kind and region stands. The pass columns are written in the same
 * transaction as each page's rows, so a run stopped anywhere resumes at the first page whose
 * rows are not yet stored, and a finished pass moves `completedThrough` forward.
 */
export const syncCursors = sqliteTable(
  'sync_cursors',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    kind: text('kind', { enum: SYNC_KINDS }).notNull(),
    // A reconnect to another seller account starts over instead of trusting this cursor.
    sellingPartnerId: text('selling_partner_id').notNull(),
    // Amazon's upper bound of the last complete pass: everything changed up to here is stored.
    completedThrough: timestamp('completed_through'),
    passWindowStart: timestamp('pass_window_start'),
    passBound: timestamp('pass_bound'),
    // Amazon's token for the next page of the pass in progress (valid for 24 hours).
    passPageToken: text('pass_page_token'),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.region, table.kind] })],
);

export type SyncCursorRow = typeof syncCursors.$inferSelect;
