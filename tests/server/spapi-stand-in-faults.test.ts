import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createFaults } from '../../server/sandbox/spapi/faults.ts';
import type { StandInOrder } from '../../server/sandbox/spapi/store/world.ts';
import { expectConforms, firstError } from '../helpers/spapi-contract.ts';
import {
  type SpApiClient,
  type StandInHarness,
  startStandInHarness,
} from '../helpers/spapi-stand-in-harness.ts';

let harness: StandInHarness;
let client: SpApiClient;

beforeAll(async () => {
  harness = await startStandInHarness();
  client = harness.clientFor(harness.seller, { timeouts: { response: 300 } });
});

beforeEach(() => {
  harness.standIn.faults.clear();
});

afterAll(async () => {
  await harness.close();
});

const participations = () => harness.call(client, 'sellers.getMarketplaceParticipations');

function unshippedOrder(): StandInOrder {
  const order = harness.standIn.store
    .listOrders(harness.seller.sellingPartnerId)
    .find(
      (candidate) =>
        candidate.fulfilledBy === 'MERCHANT' && candidate.fulfillmentStatus === 'UNSHIPPED',
    );

  if (!order) {
    throw new Error('no unshipped FBM order');
  }

  return order;
}

describe('fault switches', () => {
  test('a 429 storm of the next N calls, scoped to one operation', async () => {
    harness.standIn.faults.add({
      kind: 'throttle',
      operation: 'getMarketplaceParticipations',
      times: 2,
    });

    const statuses = [(await participations()).status, (await participations()).status];
    const other = await harness.call(client, 'fbaInventory.getInventorySummaries', {
      query: {
        granularityType: 'Marketplace',
        granularityId: 'ATVPDKIKX0DER',
        marketplaceIds: ['ATVPDKIKX0DER'],
      },
    });
    const after = await participations();

    expect(statuses).toEqual([429, 429]);
    expect(other.status).toBe(200);
    expectConforms('sellers:getMarketplaceParticipations', after, 200);
  });

  test.each([500, 503] as const)('%i InternalFailure per the model', async (status) => {
    harness.standIn.faults.add({ kind: 'error', status, times: 1 });

    const response = await participations();

    expectConforms('sellers:getMarketplaceParticipations', response, status);
    expect(firstError(response).code).toBe('InternalFailure');
  });

  test('added latency delays the answer', async () => {
    harness.standIn.faults.add({ kind: 'latency', latencyMs: 150 });

    const started = performance.now();
    const response = await participations();

    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('a held request never answers: the caller times out', async () => {
    harness.standIn.faults.add({ kind: 'timeout', times: 1 });

    await expect(participations()).rejects.toMatchObject({ code: 'API_RESPONSE_TIMEOUT' });
    expect(
      harness.standIn.requests.count({
        operation: 'getMarketplaceParticipations',
        status: 'timeout',
      }),
    ).toBe(1);
  });

  test('a dropped connection fails the call', async () => {
    harness.standIn.faults.add({ kind: 'drop', times: 1 });

    await expect(participations()).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNRESET|EPIPE/),
    });
  });

  test('drop after processing: the shipment is confirmed, the caller never hears so', async () => {
    const order = unshippedOrder();
    harness.standIn.faults.add({
      kind: 'drop-after-processing',
      operation: 'confirmShipment',
      times: 1,
    });

    const call = harness.call(client, 'orders.confirmShipment', {
      path: { orderId: order.orderId },
      body: {
        marketplaceId: order.marketplaceId,
        packageDetail: {
          packageReferenceId: '1',
          carrierCode: 'DHL',
          trackingNumber: 'JD0000000001',
          shipDate: new Date().toISOString(),
          orderItems: order.items.map((item) => ({
            orderItemId: item.orderItemId,
            quantity: item.quantityOrdered,
          })),
        },
      },
    });

    await expect(call).rejects.toBeDefined();
    expect(order.fulfillmentStatus).toBe('SHIPPED');
    expect(order.packages.map((shipment) => shipment.trackingNumber)).toEqual(['JD0000000001']);
  });

  test('LWA can fail too, when targeted as "lwa"', async () => {
    harness.standIn.faults.add({ kind: 'error', operation: 'lwa', times: 1 });

    const fresh = harness.clientFor(harness.seller);

    await expect(
      fresh.callAPI({ operation: 'sellers.getMarketplaceParticipations' }),
    ).rejects.toMatchObject({ code: 'server_error' });
  });

  test('a random schedule is the same for the same seed', () => {
    const schedule = (seed: number) => {
      const faults = createFaults(seed);
      faults.add({ kind: 'throttle', probability: 0.3 });
      return Array.from(
        { length: 40 },
        () => faults.decide('orders-2026-01-01:getOrder').action ?? 'ok',
      );
    };

    expect(schedule(7)).toEqual(schedule(7));
    expect(schedule(7)).not.toEqual(schedule(8));
    expect(schedule(7).filter((action) => action === 'throttle').length).toBeGreaterThan(3);
  });
});

describe('HTTP fault admin and request log', () => {
  test('faults can be added, listed and cleared over HTTP; the log counts calls and outcomes', async () => {
    const added = await harness.send({
      method: 'POST',
      path: '/__stand-in/faults',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'throttle', operation: 'getMarketplaceParticipations' }),
    });
    const listed = await harness.send({ path: '/__stand-in/faults' });
    const before = harness.standIn.requests.count({
      operation: 'getMarketplaceParticipations',
      status: 429,
    });
    const throttled = await participations();
    const cleared = await harness.send({ method: 'DELETE', path: '/__stand-in/faults' });

    expect(added.status).toBe(201);
    expect(listed.body).toMatchObject({
      faults: [{ kind: 'throttle', id: (added.body as { id: string }).id }],
    });
    expect(throttled.status).toBe(429);
    expect(cleared.status).toBe(204);
    expect((await participations()).status).toBe(200);
    expect(
      harness.standIn.requests.count({ operation: 'getMarketplaceParticipations', status: 429 }),
    ).toBe(before + 1);
    expect(harness.standIn.requests.entries.at(-1)).toMatchObject({
      sellerId: harness.seller.sellingPartnerId,
      status: 200,
    });
  });
});
