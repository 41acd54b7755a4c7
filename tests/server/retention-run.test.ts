import { and, eq, isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../server/audit/audit-log.ts';
import {
  auditEvents,
  orderItems,
  orderRecipients,
  orders,
  shipments,
} from '../../server/db/schema.ts';
import { createRetentionHandler } from '../../server/retention/retention-job.ts';
import { runRetention } from '../../server/retention/run-retention.ts';
import { type SeededTenantData, seedTenantData } from '../helpers/tenant-data-world.ts';
import { createTestApp, TENANT_A } from '../helpers/test-app.ts';

// Issue #7: the retention run (PII after delivery, orders after 5 years, audit after 13 months).
const DAY_MS = 24 * 60 * 60 * 1000;
const OLD_PURCHASE = new Date('2026-01-10T10:00:00Z');
const NEW_PURCHASE = new Date('2026-09-10T10:00:00Z');
// The seed delivers the first (old) order 7 days after purchase.
const DELIVERED = new Date(OLD_PURCHASE.getTime() + 7 * DAY_MS);

let testApp: ReturnType<typeof createTestApp>;
let data: SeededTenantData;

const orderIdsLeft = () =>
  testApp.db
    .select({ id: orders.amazonOrderId })
    .from(orders)
    .all()
    .map((row) => row.id);

beforeEach(() => {
  testApp = createTestApp();
  data = seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: TENANT_A,
    tag: 'retain',
    purchasedAt: [OLD_PURCHASE, NEW_PURCHASE],
  });
});

afterEach(() => testApp.close());

describe('runRetention', () => {
  it('keeps the PII until 30 days after delivery, then purges it and keeps the order', () => {
    const early = runRetention(testApp.db, { asOf: new Date(DELIVERED.getTime() + 29 * DAY_MS) });

    expect(early).toMatchObject({ recipients: 0, labels: 0 });
    expect(testApp.db.select().from(orderRecipients).all()).toHaveLength(1);

    const due = runRetention(testApp.db, { asOf: new Date(DELIVERED.getTime() + 31 * DAY_MS) });
    const shipment = testApp.db.select().from(shipments).get();

    expect(due).toMatchObject({ recipients: 1, labels: 1, orders: 0 });
    expect(testApp.db.select().from(orderRecipients).all()).toEqual([]);
    expect(shipment).toMatchObject({ labelFileSealed: null, labelUrlSealed: null });
    expect(shipment?.piiPurgedAt).not.toBeNull();
    expect(orderIdsLeft()).toHaveLength(2);
  });

  it("deletes Shipentegra's refusal text with the buyer's data: it may quote the address", () => {
    const refusal = 'Shipentegra refused: postal code 90210-1234 does not match Springfield';
    testApp.db
      .update(shipments)
      .set({ failureCode: 'SHIPENTEGRA_REFUSED_ADDRESS', failureMessage: refusal })
      .run();

    runRetention(testApp.db, { asOf: new Date(DELIVERED.getTime() + 29 * DAY_MS) });
    expect(testApp.db.select().from(shipments).get()?.failureMessage).toBe(refusal);

    runRetention(testApp.db, { asOf: new Date(DELIVERED.getTime() + 31 * DAY_MS) });
    expect(testApp.db.select().from(shipments).get()).toMatchObject({
      failureCode: 'SHIPENTEGRA_REFUSED_ADDRESS',
      failureMessage:
        "Shipentegra refused this label; its reason was deleted with the buyer's data.",
    });
  });

  it('purges a cancelled order’s PII after a day', () => {
    const [first] = data.orders;

    testApp.db
      .update(orders)
      .set({ fulfillmentStatus: 'CANCELLED', updatedAt: OLD_PURCHASE, deliverByLatest: null })
      .where(eq(orders.id, first?.id ?? ''))
      .run();
    testApp.db.update(shipments).set({ deliveredAt: null }).run();

    const counts = runRetention(testApp.db, {
      asOf: new Date(OLD_PURCHASE.getTime() + 2 * DAY_MS),
    });

    expect(counts.recipients).toBe(1);
  });

  it('deletes an order and its items 5 years and a day after purchase, keeping newer ones', () => {
    const asOf = new Date('2031-01-11T10:00:00Z');
    const dayBefore = runRetention(testApp.db, { asOf: new Date(asOf.getTime() - 2 * DAY_MS) });

    expect(dayBefore.orders).toBe(0);

    const counts = runRetention(testApp.db, { asOf });
    const [, newer] = data.orders;

    expect(counts.orders).toBe(1);
    expect(orderIdsLeft()).toEqual([newer?.amazonOrderId]);
    expect(
      testApp.db
        .select()
        .from(orderItems)
        .all()
        .map((item) => item.orderId),
    ).toEqual([newer?.id]);
    expect(testApp.db.select().from(shipments).all()).toEqual([]);
  });

  it('deletes audit events older than 13 months and records its own counts', () => {
    const asOf = new Date('2027-06-15T00:00:00Z');

    recordAuditEvent(testApp.db, {
      tenantId: TENANT_A,
      type: 'auth.sign_in',
      now: new Date('2026-05-14T00:00:00Z'),
    });

    recordAuditEvent(testApp.db, {
      tenantId: TENANT_A,
      type: 'auth.sign_out',
      now: new Date('2026-05-16T00:00:00Z'),
    });

    const counts = runRetention(testApp.db, { asOf, recordedAt: asOf });
    const left = testApp.db.select({ type: auditEvents.type }).from(auditEvents).all();
    const run = testApp.db
      .select()
      .from(auditEvents)
      .where(and(isNull(auditEvents.tenantId), eq(auditEvents.type, 'retention.run')))
      .get();

    expect(counts.auditEvents).toBe(1);
    expect(left.map((event) => event.type)).toEqual(['auth.sign_out', 'retention.run']);
    expect(run?.details).toMatchObject({ asOf: asOf.toISOString(), auditEvents: 1 });
  });

  it('runs as the hourly job handler with the job’s clock', async () => {
    const handler = createRetentionHandler(testApp.db);
    const logged: object[] = [];
    const logger = {
      info: (details: object) => logged.push(details),
      warn: () => {},
      error: () => {},
      child: () => logger,
    };

    await handler.run({
      job: {} as Parameters<typeof handler.run>[0]['job'],
      payload: {},
      signal: new AbortController().signal,
      logger,
      now: () => new Date('2031-09-11T10:00:00Z'),
      isLeaseHeld: () => true,
    });

    expect(orderIdsLeft()).toEqual([]);
    expect(logged).toEqual([{ recipients: 1, labels: 1, orders: 2, auditEvents: 0 }]);
  });
});
