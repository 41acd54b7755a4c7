import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

/**
 * Amazon orders as searchOrders shows them without BUYER or RECIPIENT: no name, email or
 * address ever lands here (those live sealed in order_recipients, fetched only for a label).
 * Statuses stay plain text so a status Amazon adds later is stored rather than refused.
 */
export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    amazonOrderId: text('amazon_order_id').notNull(),
    marketplaceId: text('marketplace_id').notNull(),
    fulfillmentStatus: text('fulfillment_status').notNull(),
    // MERCHANT (FBM, ours to ship) or AMAZON (FBA).
    fulfilledBy: text('fulfilled_by').notNull(),
    serviceLevel: text('service_level'),
    isPrime: integer('is_prime', { mode: 'boolean' }).notNull(),
    // Retention deletes the row 5 years after this.
    purchasedAt: timestamp('purchased_at').notNull(),
    // Amazon's lastUpdatedTime: an older snapshot never overwrites a newer one.
    amazonUpdatedAt: timestamp('amazon_updated_at').notNull(),
    shipByLatest: timestamp('ship_by_latest'),
    deliverByEarliest: timestamp('deliver_by_earliest'),
    // Retention's PII clock falls back to this when delivery is never confirmed.
    deliverByLatest: timestamp('deliver_by_latest'),
    // Amazon's exact decimal string, never a float.
    totalAmount: text('total_amount'),
    currencyCode: text('currency_code'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('orders_tenant_amazon_id_unique').on(table.tenantId, table.amazonOrderId),
    index('orders_tenant_purchased_idx').on(table.tenantId, table.purchasedAt, table.id),
    index('orders_tenant_status_idx').on(
      table.tenantId,
      table.fulfillmentStatus,
      table.purchasedAt,
    ),
    index('orders_purchased_idx').on(table.purchasedAt),
  ],
);

export type OrderRow = typeof orders.$inferSelect;
