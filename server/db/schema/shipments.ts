import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ShipmentPackage } from '../../../shared/api/shipping.ts';
import { createdAt, timestamp } from '../columns.ts';
import { orders } from './orders.ts';
import { tenants } from './tenants.ts';

export const SHIPMENT_STATES = [
  'quoted',
  'ordered',
  'labelled',
  'confirmed',
  'delivered',
  'failed',
] as const;
export type ShipmentState = (typeof SHIPMENT_STATES)[number];

export const TRACKING_STATUSES = [
  'pending',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/**
 * One attempt at shipping one order: the label state machine's row. Each step is written here
 * before the next remote call, so a crash leaves enough to resume without buying twice. No
 * buyer PII except the sealed label file and its URL, both purged by retention.
 */
export const shipments = sqliteTable(
  'shipments',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    amazonOrderId: text('amazon_order_id').notNull(),
    // 1 for the first try of an order; a failed shipment's retry is the next number.
    attempt: integer('attempt').notNull(),
    state: text('state', { enum: SHIPMENT_STATES }).notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    serviceName: text('service_name').notNull(),
    serviceDisplayName: text('service_display_name'),
    serviceType: text('service_type'),
    // The quoted total as an exact decimal string in major units.
    costAmount: text('cost_amount'),
    costCurrency: text('cost_currency'),
    package: text('package', { mode: 'json' }).$type<ShipmentPackage>().notNull(),
    // `<amazonOrderId>-<attempt>`: derivable, so an ambiguous create can be looked up again.
    shipentegraOrderNumber: text('shipentegra_order_number').notNull(),
    shipentegraOrderId: text('shipentegra_order_id'),
    // The IOSS number the Shipentegra order declared (Amazon's or the seller's), decided from
    // the recipient's country: the label call repeats it without opening the address again.
    iossNumber: text('ioss_number'),
    // Text even when Shipentegra sends a JSON number, so long numbers stay exact.
    trackingNumber: text('tracking_number'),
    courier: text('courier'),
    // Sealed (pii): the URL serves the label, which shows the buyer's address.
    labelUrlSealed: text('label_url_sealed'),
    labelContentType: text('label_content_type'),
    labelFileSealed: text('label_file_sealed'),
    amazonCarrierCode: text('amazon_carrier_code'),
    amazonCarrierName: text('amazon_carrier_name'),
    shippingMethod: text('shipping_method'),
    packageReferenceId: text('package_reference_id'),
    shipDate: timestamp('ship_date'),
    // The number Amazon was last told, so the tracking job knows when the last mile differs.
    amazonTrackingNumber: text('amazon_tracking_number'),
    amazonConfirmedAt: timestamp('amazon_confirmed_at'),
    amazonVerifiedAt: timestamp('amazon_verified_at'),
    lastMileTrackingNumber: text('last_mile_tracking_number'),
    lastMileCarrier: text('last_mile_carrier'),
    trackingStatus: text('tracking_status', { enum: TRACKING_STATUSES })
      .notNull()
      .default('pending'),
    trackingCheckedAt: timestamp('tracking_checked_at'),
    deliveredAt: timestamp('delivered_at'),
    // Set when retention removed the label file and URL.
    piiPurgedAt: timestamp('pii_purged_at'),
    // A code and seller-facing words; never the buyer's data or a remote body.
    failureCode: text('failure_code'),
    failureMessage: text('failure_message'),
    // Tries of the current step, for backoff; reset when a step completes.
    stepAttempts: integer('step_attempts').notNull().default(0),
    stepStartedAt: timestamp('step_started_at'),
    nextAttemptAt: timestamp('next_attempt_at'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    // At most one live shipment per order: concurrent clicks race here and one of them loses.
    uniqueIndex('shipments_tenant_order_active_unique')
      .on(table.tenantId, table.orderId)
      .where(sql`state <> 'failed'`),
    uniqueIndex('shipments_tenant_idempotency_unique').on(table.tenantId, table.idempotencyKey),
    uniqueIndex('shipments_tenant_se_number_unique').on(
      table.tenantId,
      table.shipentegraOrderNumber,
    ),
    uniqueIndex('shipments_order_attempt_unique').on(table.orderId, table.attempt),
    index('shipments_tenant_order_idx').on(table.tenantId, table.orderId, table.attempt),
    index('shipments_next_attempt_idx').on(table.nextAttemptAt),
    index('shipments_tenant_delivered_idx').on(table.tenantId, table.deliveredAt),
  ],
);

export type ShipmentRow = typeof shipments.$inferSelect;
