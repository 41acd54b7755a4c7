import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from '../columns.ts';
import { tenants } from './tenants.ts';

/**
 * Security and PII-access events. Details hold ids, counts and outcomes only, never PII or
 * secrets. Rows are only ever inserted (and purged after 13 months by retention).
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Null for events before any tenant is known, e.g. a sign-in attempt for an unknown email.
    tenantId: text('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    userId: text('user_id'),
    type: text('type').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (table) => [index('audit_events_tenant_idx').on(table.tenantId, table.createdAt)],
);
