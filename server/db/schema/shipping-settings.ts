import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

/**
 * One row per tenant: the seller's own sender address and label defaults. The address is the
 * seller's business data, not buyer PII, so it is stored plain; it is still never logged.
 */
export const shippingSettings = sqliteTable('shipping_settings', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  senderName: text('sender_name').notNull(),
  senderCompany: text('sender_company'),
  senderAddress1: text('sender_address1').notNull(),
  senderAddress2: text('sender_address2'),
  senderCity: text('sender_city').notNull(),
  senderState: text('sender_state'),
  senderPostalCode: text('sender_postal_code').notNull(),
  senderCountryCode: text('sender_country_code').notNull().default('TR'),
  // Normalised to +90 and 10 digits.
  senderPhone: text('sender_phone').notNull(),
  senderEmail: text('sender_email').notNull(),
  iossNumber: text('ioss_number'),
  defaultServiceName: text('default_service_name'),
  labelFormat: text('label_format', { enum: ['original', 'pdf'] })
    .notNull()
    .default('original'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at').notNull(),
});

export type ShippingSettingsRow = typeof shippingSettings.$inferSelect;
