import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

/** One SKU in one marketplace: price, sellable quantity and, for FBA, Amazon's stock counts. */
export const listings = sqliteTable(
  'listings',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    marketplaceId: text('marketplace_id').notNull(),
    sku: text('sku').notNull(),
    asin: text('asin'),
    itemName: text('item_name'),
    // Amazon's summary statuses, e.g. ["BUYABLE", "DISCOVERABLE"].
    statuses: text('statuses', { mode: 'json' }).$type<string[]>().notNull(),
    fulfillmentChannel: text('fulfillment_channel', { enum: ['MFN', 'AFN'] }).notNull(),
    priceAmount: text('price_amount'),
    currencyCode: text('currency_code'),
    // What buyers can order now: the merchant quantity, or FBA's fulfillable units.
    quantity: integer('quantity'),
    fbaFulfillable: integer('fba_fulfillable'),
    fbaInbound: integer('fba_inbound'),
    fbaReserved: integer('fba_reserved'),
    fbaUnfulfillable: integer('fba_unfulfillable'),
    amazonUpdatedAt: timestamp('amazon_updated_at'),
    // Set by every inventory pass that saw the SKU; rows a full pass missed are gone on Amazon.
    syncedAt: timestamp('synced_at').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('listings_tenant_marketplace_sku_unique').on(
      table.tenantId,
      table.marketplaceId,
      table.sku,
    ),
    index('listings_tenant_sku_idx').on(table.tenantId, table.sku),
  ],
);

export type ListingRow = typeof listings.$inferSelect;
