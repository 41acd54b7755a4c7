import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import { SEALED_COLUMNS } from '../../server/crypto/sealed-columns.ts';
import type { Db } from '../../server/db/connection.ts';
import { orderRecipients, orders, shipments } from '../../server/db/schema.ts';
import {
  type OrderRecipient,
  openRecipient,
  sealRecipient,
} from '../../server/shipping/order-recipient.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

const PACKAGE = {
  weightGrams: 500,
  lengthCm: 20,
  widthCm: 15,
  heightCm: 10,
  weightKg: '0.500',
  kgDesi: '1.2000',
  isOverridden: false,
};

let harness: ReturnType<typeof createTestApp>;

beforeEach(() => {
  harness = createTestApp();
});

afterEach(() => harness.close());

function insertOrder(db: Db, tenantId: string, amazonOrderId: string): string {
  const id = randomUUID();
  const now = new Date();

  db.insert(orders)
    .values({
      id,
      tenantId,
      region: 'na',
      amazonOrderId,
      marketplaceId: 'ATVPDKIKX0DER',
      fulfillmentStatus: 'UNSHIPPED',
      fulfilledBy: 'MERCHANT',
      isPrime: false,
      purchasedAt: now,
      amazonUpdatedAt: now,
      updatedAt: now,
    })
    .run();

  return id;
}

function insertShipment(
  db: Db,
  tenantId: string,
  orderId: string,
  values: {
    attempt: number;
    idempotencyKey: string;
    state?: 'quoted' | 'failed';
    shipentegraOrderNumber?: string;
  },
) {
  db.insert(shipments)
    .values({
      id: randomUUID(),
      tenantId,
      orderId,
      amazonOrderId: '111-0000001-0000001',
      attempt: values.attempt,
      state: values.state ?? 'quoted',
      idempotencyKey: values.idempotencyKey,
      serviceName: 'shipentegra-express',
      package: PACKAGE,
      shipentegraOrderNumber: values.shipentegraOrderNumber ?? `${orderId}-${values.attempt}`,
      updatedAt: new Date(),
    })
    .run();
}

describe('shipments constraints (issue 5: exactly once)', () => {
  it('allows one active shipment per order, however many clicks race for it', () => {
    const orderId = insertOrder(harness.db, TENANT_A, '111-0000001-0000001');

    insertShipment(harness.db, TENANT_A, orderId, { attempt: 1, idempotencyKey: 'k1' });

    expect(() =>
      insertShipment(harness.db, TENANT_A, orderId, { attempt: 2, idempotencyKey: 'k2' }),
    ).toThrow(/UNIQUE constraint failed: shipments.tenant_id, shipments.order_id/);
  });

  it('lets a new attempt start once the previous one failed', () => {
    const orderId = insertOrder(harness.db, TENANT_A, '111-0000001-0000001');

    insertShipment(harness.db, TENANT_A, orderId, { attempt: 1, idempotencyKey: 'k1' });
    harness.db
      .update(shipments)
      .set({ state: 'failed', failureCode: 'SHIPENTEGRA_REJECTED' })
      .where(and(eq(shipments.tenantId, TENANT_A), eq(shipments.orderId, orderId)))
      .run();
    insertShipment(harness.db, TENANT_A, orderId, { attempt: 2, idempotencyKey: 'k2' });

    expect(
      harness.db
        .select()
        .from(shipments)
        .all()
        .map((row) => row.state),
    ).toEqual(['failed', 'quoted']);
  });

  it('keeps idempotency keys and Shipentegra order numbers unique per tenant only', () => {
    const orderA = insertOrder(harness.db, TENANT_A, '111-0000001-0000001');
    const otherA = insertOrder(harness.db, TENANT_A, '111-0000001-0000002');
    const orderB = insertOrder(harness.db, TENANT_B, '111-0000001-0000001');

    insertShipment(harness.db, TENANT_A, orderA, { attempt: 1, idempotencyKey: 'same' });
    insertShipment(harness.db, TENANT_B, orderB, { attempt: 1, idempotencyKey: 'same' });

    expect(() =>
      insertShipment(harness.db, TENANT_A, otherA, { attempt: 1, idempotencyKey: 'same' }),
    ).toThrow(/UNIQUE constraint failed: shipments.tenant_id, shipments.idempotency_key/);
    expect(() =>
      insertShipment(harness.db, TENANT_A, otherA, {
        attempt: 1,
        idempotencyKey: 'other',
        shipentegraOrderNumber: `${orderA}-1`,
      }),
    ).toThrow(/UNIQUE constraint failed: shipments.tenant_id, shipments.shipentegra_order_number/);
  });

  it('goes with its order when the order is deleted', () => {
    const orderId = insertOrder(harness.db, TENANT_A, '111-0000001-0000001');

    insertShipment(harness.db, TENANT_A, orderId, { attempt: 1, idempotencyKey: 'k1' });
    harness.db.delete(orders).where(eq(orders.id, orderId)).run();

    expect(harness.db.select().from(shipments).all()).toEqual([]);
  });
});

describe('order_recipients (sealed buyer data)', () => {
  const recipient: OrderRecipient = {
    name: 'Jane Doe',
    companyName: null,
    address1: '350 Fifth Avenue',
    address2: null,
    address3: null,
    city: 'New York',
    districtOrCounty: null,
    stateOrRegion: 'NY',
    postalCode: '10118',
    countryCode: 'US',
    phone: '+1 212 555 0100',
    email: 'jane@marketplace.amazon.example',
  };

  it('stores the recipient sealed, opening only for its own order', () => {
    const orderId = insertOrder(harness.db, TENANT_A, '111-0000001-0000001');
    const otherOrderId = insertOrder(harness.db, TENANT_A, '111-0000001-0000002');
    const sealer = loadTenantSealer(harness.db, harness.masterKeys, TENANT_A);
    const sealed = sealRecipient(sealer, orderId, recipient);

    harness.db
      .insert(orderRecipients)
      .values({ orderId, tenantId: TENANT_A, recipientSealed: sealed, fetchedAt: new Date() })
      .run();

    const stored = harness.db.select().from(orderRecipients).get();

    expect(stored?.recipientSealed).not.toContain('Jane');
    expect(openRecipient(sealer, orderId, sealed)).toEqual(recipient);
    expect(() => openRecipient(sealer, otherOrderId, sealed)).toThrow();
  });

  it('declares every sealed column of labels for key rotation', () => {
    const declared = SEALED_COLUMNS.map((column) => `${column.table}.${column.column}`);

    expect(declared).toEqual(
      expect.arrayContaining([
        'order_recipients.recipient_sealed',
        'shipments.label_file_sealed',
        'shipments.label_url_sealed',
      ]),
    );
    expect(
      SEALED_COLUMNS.filter(
        (column) => column.table !== 'order_recipients' && column.purpose === 'pii',
      ).map((column) => column.idColumn),
    ).toEqual(['id', 'id']);
  });
});
