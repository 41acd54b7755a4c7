import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/amazon/rate-limiter.ts';
import { createSellingPartnerClient } from '../../server/amazon/selling-partner-client.ts';
import {
  AmazonShipmentRefusedError,
  buildConfirmShipmentBody,
  confirmShipmentOnAmazon,
  type ShipmentConfirmation,
  verifyTrackingOnAmazon,
} from '../../server/amazon/shipment-confirmation.ts';
import { createSpApiCaller, type SpApiCaller } from '../../server/amazon/spapi-caller.ts';
import { validateSpApiRequest } from '../../server/sandbox/spapi/request-validator.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { mapCarrierForAmazon } from '../../server/shipping/carrier-mapping.ts';
import {
  type StandInHarness,
  startStandInHarness,
  TEST_APP,
} from '../helpers/spapi-stand-in-harness.ts';

const TIME_SCALE = 1000;

let harness: StandInHarness;
let caller: SpApiCaller;
const retries: string[] = [];

beforeAll(async () => {
  harness = await startStandInHarness({ timeScale: TIME_SCALE });
  const client = createSellingPartnerClient({
    region: 'na',
    refreshToken: harness.seller.refreshToken,
    amazonApp: {
      appId: TEST_APP.appId,
      lwaClientId: TEST_APP.lwa.clientId,
      lwaClientSecret: TEST_APP.lwa.clientSecret,
    },
    agent: harness.agent,
  });
  caller = createSpApiCaller({
    client,
    tenantId: 'tenant-a',
    limiter: createRateLimiter({ timeScale: TIME_SCALE }),
    timeScale: TIME_SCALE,
    onRetry: (event) => retries.push(`${event.operation}: ${event.reason}`),
  });
});

afterAll(() => harness.close());

afterEach(() => {
  harness.standIn.faults.clear();
});

const used = new Set<string>();

/** A merchant-fulfilled, unshipped order no other test has shipped yet. */
function unshippedOrder(): StandInOrder {
  const order = harness.standIn.store.listOrders(harness.seller.sellingPartnerId).find((entry) => {
    const isOpen = entry.fulfilledBy === 'MERCHANT' && entry.fulfillmentStatus === 'UNSHIPPED';

    return isOpen && !used.has(entry.orderId);
  });

  if (!order) {
    throw new Error('the demo seller has no unshipped merchant order left');
  }

  used.add(order.orderId);

  return order;
}

function confirmationFor(
  order: StandInOrder,
  overrides: Partial<ShipmentConfirmation> = {},
): ShipmentConfirmation {
  return {
    orderId: order.orderId,
    marketplaceId: order.marketplaceId,
    packageReferenceId: '1',
    ...mapCarrierForAmazon({ courier: 'UPS', serviceDisplayName: 'UPS Express Saver' }),
    trackingNumber: '1Z999AA10123456784',
    shipDate: new Date(),
    items: order.items.map((item) => ({
      orderItemId: item.orderItemId,
      quantity: item.quantityOrdered,
    })),
    ...overrides,
  };
}

describe('confirmShipmentOnAmazon', () => {
  it('sends a body Amazon’s model accepts, and the tracking then shows on the order', async () => {
    const order = unshippedOrder();
    const confirmation = confirmationFor(order);
    const problems = validateSpApiRequest({
      method: 'POST',
      path: `/orders/v0/orders/${order.orderId}/shipmentConfirmation`,
      headers: { 'content-type': 'application/json' },
      body: buildConfirmShipmentBody(confirmation),
    });

    expect(problems).toEqual([]);

    await confirmShipmentOnAmazon(caller, confirmation);
    const shown = await verifyTrackingOnAmazon(caller, {
      orderId: order.orderId,
      trackingNumber: '1Z999AA10123456784',
    });

    expect(shown).toEqual({ isTrackingShown: true, carrier: 'UPS' });
    expect(harness.standIn.store.getOrder(order.orderId)?.fulfillmentStatus).toBe('SHIPPED');
  });

  it('sends Other with the carrier’s name, then replaces it with the last-mile carrier', async () => {
    const order = unshippedOrder();
    const own = mapCarrierForAmazon({ courier: 'ShipEntegra', serviceName: 'shipentegra-eco' });
    const lastMile = mapCarrierForAmazon({ courier: 'ShipEntegra', lastMileCarrier: 'USPS' });

    await confirmShipmentOnAmazon(
      caller,
      confirmationFor(order, { ...own, trackingNumber: '71234567890' }),
    );
    expect(
      await verifyTrackingOnAmazon(caller, {
        orderId: order.orderId,
        trackingNumber: '71234567890',
      }),
    ).toEqual({ isTrackingShown: true, carrier: 'ShipEntegra' });

    const lastMileNumber = '9200190123456789012345';
    await confirmShipmentOnAmazon(
      caller,
      confirmationFor(order, { ...lastMile, trackingNumber: lastMileNumber }),
    );
    const packages = harness.standIn.store.getOrder(order.orderId)?.packages ?? [];

    expect(packages).toHaveLength(1);
    expect(packages[0]).toMatchObject({ carrierCode: 'USPS', trackingNumber: lastMileNumber });
    expect(
      await verifyTrackingOnAmazon(caller, {
        orderId: order.orderId,
        trackingNumber: '71234567890',
      }),
    ).toMatchObject({ isTrackingShown: false });
  });

  it('surfaces Amazon’s refusal with its reason, safe to show', async () => {
    const order = unshippedOrder();
    const confirmation = confirmationFor(order, { carrierCode: 'Pony Express' });

    const error = await confirmShipmentOnAmazon(caller, confirmation).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AmazonShipmentRefusedError);
    expect(error).toMatchObject({
      code: 'AMAZON_REFUSED_CONFIRMATION',
      status: 400,
      amazonCode: 'InvalidInput',
    });
    expect((error as AmazonShipmentRefusedError).amazonMessage).toContain('Pony Express');
    expect(harness.standIn.store.getOrder(order.orderId)?.packages).toEqual([]);
  });

  it('refuses Other without a carrier name before calling Amazon', async () => {
    const order = unshippedOrder();
    const confirmation = confirmationFor(order, { carrierCode: 'Other', carrierName: undefined });

    await expect(confirmShipmentOnAmazon(caller, confirmation)).rejects.toThrow(/carrierName/);
    expect(harness.standIn.store.getOrder(order.orderId)?.packages).toEqual([]);
  });

  it('gets through throttling and a server error by the limiter’s retries', async () => {
    const order = unshippedOrder();
    retries.length = 0;
    harness.standIn.faults.add({ kind: 'throttle', operation: 'confirmShipment', times: 1 });
    harness.standIn.faults.add({ kind: 'error', operation: 'getOrder', times: 1, status: 503 });

    await confirmShipmentOnAmazon(caller, confirmationFor(order));
    const shown = await verifyTrackingOnAmazon(caller, {
      orderId: order.orderId,
      trackingNumber: '1Z999AA10123456784',
    });

    expect(shown.isTrackingShown).toBe(true);
    expect(retries).toEqual(['confirmShipment: HTTP 429', 'getOrder: HTTP 503']);
  });

  it('answers false when Amazon shows no such tracking number', async () => {
    const order = unshippedOrder();

    const shown = await verifyTrackingOnAmazon(caller, {
      orderId: order.orderId,
      trackingNumber: 'NOT-SENT',
    });

    expect(shown).toEqual({ isTrackingShown: false, carrier: null });
  });
});
