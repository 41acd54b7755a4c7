import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

/** A tenant's Shipentegra API credentials, verified against Shipentegra before saving. */
export const shipentegraAccounts = sqliteTable('shipentegra_accounts', {
  // One account per tenant: the tenant id is the key.
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  clientId: text('client_id').notNull(),
  clientSecretSealed: text('client_secret_sealed').notNull(),
  verifiedAt: timestamp('verified_at').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at').notNull(),
});
