import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, orderRecipients, orders, shipments } from '../../server/db/schema.ts';
import { purgeOrderPii } from '../../server/retention/purge-order-pii.ts';
import { requestAs, signUp, statusAndCodeOf } from '../helpers/accounts.ts';
import { type SeededTenantData, seedTenantData } from '../helpers/tenant-data-world.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

// Issue #7: one order's PII purged at the seller's request (the service behind the route).
const PURCHASED = [new Date('2026-01-10T10:00:00Z'), new Date('2026-02-10T10:00:00Z')];

let testApp: ReturnType<typeof createTestApp>;
let alpha: SeededTenantData;

const purgeAs = (tenantId: string, amazonOrderId: string) =>
  purgeOrderPii(testApp.db, {
    tenantId,
    userId: 'user-1',
    amazonOrderId,
    requestId: 'req-1',
    now: new Date('2026-03-01T00:00:00Z'),
  });
const firstOrder = () => alpha.orders[0] ?? { id: '', amazonOrderId: '' };

beforeEach(() => {
  testApp = createTestApp();
  alpha = seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: TENANT_A,
    tag: 'alphapii',
    purchasedAt: PURCHASED,
  });
});

afterEach(() => testApp.close());

describe('purgeOrderPii', () => {
  it('removes the recipient and label at once, keeps the order, and audits without PII', () => {
    const counts = purgeAs(TENANT_A, firstOrder().amazonOrderId);
    const shipment = testApp.db.select().from(shipments).get();
    const event = testApp.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, TENANT_A), eq(auditEvents.type, 'pii.deleted')))
      .get();

    expect(counts).toEqual({ recipients: 1, labels: 1 });
    expect(testApp.db.select().from(orderRecipients).all()).toEqual([]);
    expect(shipment).toMatchObject({ labelFileSealed: null, labelUrlSealed: null });
    expect(testApp.db.select().from(orders).all()).toHaveLength(2);
    expect(event?.details).toMatchObject({ orderId: firstOrder().amazonOrderId, recipients: 1 });
    expect(JSON.stringify(event)).not.toContain(alpha.buyerName);
  });

  it('answers NOT_FOUND to another tenant naming the order, and purges nothing', () => {
    expect(() => purgeAs(TENANT_B, firstOrder().amazonOrderId)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(testApp.db.select().from(orderRecipients).all()).toHaveLength(1);
  });

  it('purges nothing the second time', () => {
    purgeAs(TENANT_A, firstOrder().amazonOrderId);

    expect(purgeAs(TENANT_A, firstOrder().amazonOrderId)).toEqual({ recipients: 0, labels: 0 });
  });
});

describe('DELETE /api/orders/:orderId/pii', () => {
  it('purges the caller’s order and answers NOT_FOUND for another tenant’s', async () => {
    const owner = await signUp(testApp.app);
    const own = seedTenantData(testApp.db, testApp.masterKeys, {
      tenantId: owner.tenantId,
      tag: 'ownpii',
      purchasedAt: PURCHASED,
    });
    const path = (amazonOrderId: string) => `/api/orders/${amazonOrderId}/pii`;

    const foreign = await requestAs(testApp.app, owner.token, path(firstOrder().amazonOrderId), {
      method: 'DELETE',
    });
    const response = await requestAs(
      testApp.app,
      owner.token,
      path(own.orders[0]?.amazonOrderId ?? ''),
      { method: 'DELETE' },
    );

    expect(await statusAndCodeOf(foreign)).toBe('404 NOT_FOUND');
    expect(await response.json()).toEqual({ recipients: 1, labels: 1 });
    expect(testApp.db.select().from(orderRecipients).all()).toHaveLength(1);
  });
});
