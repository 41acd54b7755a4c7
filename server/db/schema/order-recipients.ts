import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { orders } from './orders.ts';
import { tenants } from './tenants.ts';

/**
 * The buyer's delivery address and contact for one order, fetched from Amazon only when a label
 * is bought. The whole of it is one sealed JSON value (pii purpose) so that deleting this row is
 * the PII purge: no other table holds the buyer's name, address, phone or email.
 */
export const orderRecipients = sqliteTable(
  'order_recipients',
  {
    // One recipient per order; the order id is also the row id the sealing binds to.
    orderId: text('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    recipientSealed: text('recipient_sealed').notNull(),
    fetchedAt: timestamp('fetched_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('order_recipients_tenant_idx').on(table.tenantId)],
);

export type OrderRecipientRow = typeof orderRecipients.$inferSelect;
