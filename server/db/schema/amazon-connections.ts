import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

export const AMAZON_CONNECTION_STATUSES = ['connected', 'needs_reauthorization'] as const;

/** One Amazon authorisation per tenant and region (NA, EU, FE). */
export const amazonConnections = sqliteTable(
  'amazon_connections',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
    sellingPartnerId: text('selling_partner_id').notNull(),
    marketplaceIds: text('marketplace_ids', { mode: 'json' }).$type<string[]>().notNull(),
    // Sealed under the tenant's credentials key; null once disconnected.
    refreshTokenSealed: text('refresh_token_sealed'),
    status: text('status', { enum: AMAZON_CONNECTION_STATUSES }).notNull(),
    authorizedAt: timestamp('authorized_at').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [uniqueIndex('amazon_connections_tenant_region').on(table.tenantId, table.region)],
);
