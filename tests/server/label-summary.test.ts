import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderList } from '../../shared/api/orders.ts';
import { type LabelSummary, LabelSummarySchema } from '../../shared/api/shipments.ts';
import {
  addSignedInUser,
  requestAs,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { insertOrderRow, insertShipmentRow } from '../helpers/shipment-rows.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

// Issue #6: the popup's label counts.

const LATER = new Date('2030-01-01T00:00:00Z');

let harness: ReturnType<typeof createTestApp>;
let ownerA: TestAccount;
let ownerB: TestAccount;

beforeEach(async () => {
  harness = createTestApp();
  ownerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A });
  ownerB = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_B });
});

afterEach(() => harness.close());

async function summaryOf(account: TestAccount): Promise<LabelSummary> {
  const response = await requestAs(harness.app, account.token, '/api/shipments/summary');

  expect(response.status).toBe(200);

  return LabelSummarySchema.parse(await response.json());
}

/** Every badge state and every case the counts must leave out, for one tenant. */
function seedTenantA() {
  const { db } = harness;
  const order = (values?: Parameters<typeof insertOrderRow>[2]) =>
    insertOrderRow(db, TENANT_A, values);

  order();
  order();
  order({ fulfillmentStatus: 'PARTIALLY_SHIPPED' });
  order({ fulfilledBy: 'AMAZON' });
  order({ fulfillmentStatus: 'CANCELLED' });
  order({ fulfillmentStatus: 'SHIPPED' });
  order({ fulfillmentStatus: 'PENDING' });
  insertShipmentRow(db, order(), { state: 'quoted' });
  insertShipmentRow(db, order(), { state: 'labelled' });
  insertShipmentRow(db, order(), {
    state: 'ordered',
    failureCode: 'SHIPENTEGRA_UNAVAILABLE',
    nextAttemptAt: LATER,
  });
  insertShipmentRow(db, order({ fulfillmentStatus: 'SHIPPED' }), { state: 'confirmed' });
  insertShipmentRow(db, order({ fulfillmentStatus: 'SHIPPED' }), { state: 'delivered' });
  insertShipmentRow(db, order(), { state: 'failed', failureCode: 'SHIPENTEGRA_BALANCE_EMPTY' });
  insertShipmentRow(db, order({ fulfillmentStatus: 'CANCELLED' }), { state: 'failed' });
  insertShipmentRow(db, order(), {
    state: 'labelled',
    failureCode: 'AMAZON_NEEDS_REAUTHORIZATION',
    nextAttemptAt: LATER,
  });
  insertShipmentRow(db, order({ fulfillmentStatus: 'SHIPPED' }), {
    state: 'confirmed',
    failureCode: 'AMAZON_TRACKING_NOT_SHOWN',
  });

  // Failed, then bought again: the new attempt is what counts.
  const retried = order();

  insertShipmentRow(db, retried, { attempt: 1, state: 'failed', failureCode: 'X' });
  insertShipmentRow(db, retried, { attempt: 2, state: 'labelled' });
}

describe('GET /api/shipments/summary', () => {
  it('counts the seller’s open orders, labels Amazon lacks and problems', async () => {
    seedTenantA();

    expect(await summaryOf(ownerA)).toEqual({
      // Two fresh, one partly shipped, one whose only attempt failed.
      unshippedWithoutLabel: 4,
      // Quoted, labelled, ordered while retrying, and the retried order.
      awaitingAmazon: 4,
      // The failed attempt, the lost authorisation, the tracking Amazon never showed.
      needsAttention: 3,
    });
  });

  it('agrees with the badges of the order list', async () => {
    seedTenantA();

    const response = await requestAs(harness.app, ownerA.token, '/api/orders?limit=100');
    const { orders } = (await response.json()) as OrderList;
    const badgeCount = (badge: string) =>
      orders.filter((order) => order.labelBadge === badge).length;
    const summary = await summaryOf(ownerA);
    const failedOpen = 1;

    expect(summary.unshippedWithoutLabel).toBe(badgeCount('no_label') + failedOpen);
    expect(summary.awaitingAmazon).toBe(badgeCount('label_bought'));
    expect(summary.needsAttention).toBe(badgeCount('problem'));
  });

  it('counts only the caller’s tenant: the other sees its own zeros', async () => {
    seedTenantA();

    expect(await summaryOf(ownerB)).toEqual({
      unshippedWithoutLabel: 0,
      awaitingAmazon: 0,
      needsAttention: 0,
    });

    insertShipmentRow(harness.db, insertOrderRow(harness.db, TENANT_B), { state: 'failed' });
    insertOrderRow(harness.db, TENANT_B);

    expect(await summaryOf(ownerB)).toEqual({
      unshippedWithoutLabel: 2,
      awaitingAmazon: 0,
      needsAttention: 1,
    });
    expect((await summaryOf(ownerA)).unshippedWithoutLabel).toBe(4);
  });

  it('is never read as a shipment id by the label file route', async () => {
    const response = await requestAs(harness.app, ownerA.token, '/api/shipments/summary/label');

    expect(await statusAndCodeOf(response)).toBe('404 NOT_FOUND');
  });

  it('asks for a sign-in without a token', async () => {
    expect(await statusAndCodeOf(await harness.app.request('/api/shipments/summary'))).toBe(
      '401 UNAUTHENTICATED',
    );
  });
});
