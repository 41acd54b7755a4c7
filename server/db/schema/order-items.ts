import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { orders } from './orders.ts';
import { tenants } from './tenants.ts';

/** The lines of an order: product and money only, nothing about the buyer. */
export const orderItems = sqliteTable(
  'order_items',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    amazonOrderItemId: text('amazon_order_item_id').notNull(),
    asin: text('asin'),
    sellerSku: text('seller_sku'),
    title: text('title'),
    quantityOrdered: integer('quantity_ordered').notNull(),
    quantityShipped: integer('quantity_shipped'),
    // Exact decimal strings as Amazon sends them.
    unitPriceAmount: text('unit_price_amount'),
    subtotalAmount: text('subtotal_amount'),
    currencyCode: text('currency_code'),
    // Amazon's own IOSS number, given when it collected the EU import VAT as marketplace
    // facilitator: the parcel must carry it, not the seller's, or the buyer pays VAT twice.
    amazonIossNumber: text('amazon_ioss_number'),
  },
  (table) => [
    primaryKey({ columns: [table.orderId, table.amazonOrderItemId] }),
    index('order_items_tenant_sku_idx').on(table.tenantId, table.sellerSku),
  ],
);

export type OrderItemRow = typeof orderItems.$inferSelect;
