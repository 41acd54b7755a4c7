import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import type { ShipentegraManualOrderRequest } from '../../server/shipentegra/contract.ts';
import { InvalidShipentegraRequestError } from '../../server/shipentegra/invalid-request.ts';
import type { BuyLabelRequest } from '../../server/shipentegra/labels.ts';
import { deriveShipentegraOrderNumber } from '../../server/shipentegra/orders.ts';
import { classifyShipentegraRefusal } from '../../server/shipentegra/refusal-reasons.ts';
import { createShipentegraTokenCache } from '../../server/shipentegra/shipentegra-auth.ts';
import {
  createShipentegraClient,
  type ShipentegraClient,
} from '../../server/shipentegra/shipentegra-client.ts';
import { ShipentegraError } from '../../server/shipentegra/shipentegra-errors.ts';
import { createShipentegraHttp } from '../../server/shipentegra/shipentegra-http.ts';
import { mapCarrierForAmazon } from '../../server/shipping/carrier-mapping.ts';
import { manualOrderBody } from '../helpers/shipentegra-fixtures.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

let harness: ShipentegraHarness;
let client: ShipentegraClient;
let amazonOrderSerial = 0;

beforeAll(async () => {
  // No parcel takes the exception path, so every journey here ends delivered.
  harness = await startShipentegraHarness({ exceptionShare: 0 }, { keepAlive: false });
  client = createShipentegraClient({
    http: createShipentegraHttp({ agent: harness.agent, timeoutMs: 2_000 }),
    agent: harness.agent,
    tokens: createShipentegraTokenCache(),
    tenantId: 'tenant-a',
    credentials: SHIPENTEGRA_DEMO_ACCOUNT,
  });
});

afterAll(() => harness.close());

afterEach(() => {
  harness.standIn.faults.clear();
  harness.standIn.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 500);
});

function orderFor(country: string, overrides: Partial<ShipentegraManualOrderRequest> = {}) {
  amazonOrderSerial += 1;
  const amazonOrderId = `114-5550000-${String(amazonOrderSerial).padStart(7, '0')}`;

  return manualOrderBody(country, {
    number: deriveShipentegraOrderNumber(amazonOrderId, 1),
    ...overrides,
  });
}

async function labelRequestFor(orderId: number, serviceName: string): Promise<BuyLabelRequest> {
  const items = await client.getOrderItems(orderId);

  return {
    orderId,
    serviceName,
    content: 'Silver ring',
    weight: 0.4,
    currency: 'USD',
    items: items.map((item) => ({
      itemId: item.itemId,
      declaredQuantity: 1,
      declaredPrice: 24.5,
      gtip: '711311',
    })),
  };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );
}

function labelCalls() {
  return harness.standIn.requests.filter((request) => request.path.includes('/labels/')).length;
}

describe('create → label → file → tracking', () => {
  it('ships with Shipentegra’s own network until the last mile appears and is delivered', async () => {
    const { orderId } = await client.createOrder(orderFor('US'));
    const label = await client.buyLabel(await labelRequestFor(orderId, 'shipentegra-express'));

    expect(label).toMatchObject({ serviceName: 'shipentegra-express', courier: 'ShipEntegra' });
    expect(label.trackingNumber).toMatch(/^7\d{10}$/);
    expect(label.isTrackingNumberExact).toBe(true);

    const file = await client.downloadLabelFile(label.labelUrl);
    expect(file.format).toBe('pdf');
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const fresh = await client.track(label.trackingNumber);
    expect(fresh).toMatchObject({ status: 'pending', lastMile: null, deliveredAt: null });

    harness.standIn.store.advanceTracking(label.trackingNumber, 8 * DAY_MS);
    const delivered = await client.track(label.trackingNumber);

    expect(delivered.status).toBe('delivered');
    expect(delivered.deliveredAt).toBeInstanceOf(Date);
    expect(delivered.lastMile?.carrier).toBe('USPS');
    expect(delivered.lastMile?.trackingNumber).toMatch(/^9200\d{18}$/);
    expect(delivered.events.at(-1)?.text).toBe('Delivered');
    expect(
      mapCarrierForAmazon({ courier: label.courier, lastMileCarrier: delivered.lastMile?.carrier }),
    ).toMatchObject({ carrierCode: 'USPS' });
  });

  it('routes resold carriers to their own endpoint from the carriers list', async () => {
    const ups = await client.createOrder(orderFor('US'));
    const upsLabel = await client.buyLabel(await labelRequestFor(ups.orderId, 'ups-express-saver'));
    const usps = await client.createOrder(orderFor('US'));
    const uspsLabel = await client.buyLabel(
      await labelRequestFor(usps.orderId, 'usps-ground-advantage'),
    );
    const paths = harness.standIn.requests.map((request) => request.path);

    expect(paths).toContain('/v1/logistics/labels/shipentegra/ups');
    expect(paths).toContain('/v1/logistics/labels/shipentegra/usps');
    expect(upsLabel.trackingNumber).toMatch(/^1Z/);
    // 22 digits: more than a double holds, kept whole.
    expect(uspsLabel.trackingNumber).toMatch(/^9400\d{18}$/);
    expect((await client.downloadLabelFile(upsLabel.labelUrl)).contentType).toBe('image/gif');
  });

  it('reads a DHL eCommerce label as PNG', async () => {
    const { orderId } = await client.createOrder(orderFor('GB', { shippingType: 2 }));
    const label = await client.buyLabel(await labelRequestFor(orderId, 'dhl-ecommerce'));
    const file = await client.downloadLabelFile(label.labelUrl);

    expect(file).toMatchObject({ format: 'png', contentType: 'image/png' });
  });

  it('refuses a service the carriers list does not know, before any label call', async () => {
    const { orderId } = await client.createOrder(orderFor('US'));
    const before = labelCalls();

    const error = await failureOf(client.buyLabel(await labelRequestFor(orderId, 'pony-express')));

    expect(error).toMatchObject({ name: 'UnknownShipentegraServiceError' });
    expect(labelCalls()).toBe(before);
  });
});

describe('track', () => {
  it('reports a number Shipentegra does not know yet as a refusal the poller can read', async () => {
    const error = await failureOf(client.track('70000000000'));

    expect(error).toMatchObject({ kind: 'business', status: 404 });
    expect(classifyShipentegraRefusal(error as ShipentegraError)).toBe('tracking_not_found');
  });

  it('follows a resold-carrier parcel through its statuses in order, without a last mile', async () => {
    const { orderId } = await client.createOrder(orderFor('GB', { shippingType: 2 }));
    const label = await client.buyLabel(await labelRequestFor(orderId, 'ups-express-saver'));
    const journey: string[] = [];

    for (let step = 0; step < 11; step += 1) {
      const snapshot = await client.track(label.trackingNumber);

      if (journey.at(-1) !== snapshot.status) {
        journey.push(snapshot.status);
      }

      expect(snapshot.lastMile).toBeNull();
      harness.standIn.store.advanceTracking(label.trackingNumber, 12 * HOUR_MS);
    }

    const order = ['pending', 'in_transit', 'out_for_delivery', 'delivered'];

    expect(journey[0]).toBe('pending');
    expect(journey.at(-1)).toBe('delivered');
    expect(journey).toEqual(order.filter((status) => journey.includes(status)));
  });
});

describe('downloadLabelFile', () => {
  it('fetches from no host but Shipentegra’s', async () => {
    const error = await failureOf(client.downloadLabelFile('https://example.com/label.pdf'));

    expect(error).toMatchObject({ kind: 'unexpected_response', reason: 'label_url_not_allowed' });
  });

  it('refuses plain HTTP and other ports even on Shipentegra’s host', async () => {
    const plain = 'http://publicapi.shipentegra.com/files/labels/a.pdf';
    const port = 'https://publicapi.shipentegra.com:8443/files/labels/a.pdf';

    expect(await failureOf(client.downloadLabelFile(plain))).toMatchObject({
      reason: 'label_url_not_allowed',
    });
    expect(await failureOf(client.downloadLabelFile(port))).toMatchObject({
      reason: 'label_url_not_allowed',
    });
  });

  it('reports a missing file without treating it as a label', async () => {
    const missing = `https://publicapi.shipentegra.com/files/labels/${'0'.repeat(48)}.pdf`;

    expect(await failureOf(client.downloadLabelFile(missing))).toMatchObject({
      kind: 'unexpected_response',
      status: 404,
    });
  });
});

describe('refusals', () => {
  it('refuses an address line over 35 characters locally, naming the field', async () => {
    const order = orderFor('US');
    const address = { ...order.shippingAddress, address: 'x'.repeat(36) };
    const before = harness.standIn.requests.length;

    const error = await failureOf(client.createOrder({ ...order, shippingAddress: address }));

    expect(error).toBeInstanceOf(InvalidShipentegraRequestError);
    expect((error as InvalidShipentegraRequestError).fields[0]?.field).toBe(
      'shippingAddress.address',
    );
    expect(harness.standIn.requests.length).toBe(before);
  });

  it('refuses a US address without a state locally', async () => {
    const order = orderFor('US');
    const address = { ...order.shippingAddress, state: undefined };

    const error = await failureOf(client.createOrder({ ...order, shippingAddress: address }));

    expect((error as InvalidShipentegraRequestError).fields).toEqual([
      { field: 'shippingAddress.state', message: 'state is required for US and CA' },
    ]);
  });

  it('surfaces DDP to GB with Shipentegra’s code and description, in Turkish when asked', async () => {
    const turkish = createShipentegraClient({
      http: createShipentegraHttp({ agent: harness.agent, language: 'tr' }),
      agent: harness.agent,
      tokens: createShipentegraTokenCache(),
      tenantId: 'tenant-tr',
      credentials: SHIPENTEGRA_DEMO_ACCOUNT,
    });
    const { orderId } = await turkish.createOrder(orderFor('GB', { shippingType: 1 }));
    const request = await labelRequestFor(orderId, 'shipentegra-express');

    const error = await failureOf(turkish.buyLabel(request));

    expect(error).toBeInstanceOf(ShipentegraError);
    expect(error).toMatchObject({ kind: 'business', codes: ['ERR.28050.1008'] });
    expect((error as ShipentegraError).items[0]?.description).toBe(
      'GB gönderileri için DDP kullanılamaz.',
    );
    expect(classifyShipentegraRefusal(error as ShipentegraError)).toBe('ddp_not_allowed');
  });

  it('surfaces an empty balance as a business refusal, even when sent as 403', async () => {
    harness.standIn.accounts.setBalance(SHIPENTEGRA_DEMO_ACCOUNT.clientId, 0);
    const { orderId } = await client.createOrder(orderFor('US'));

    const error = await failureOf(
      client.buyLabel(await labelRequestFor(orderId, 'shipentegra-eco')),
    );

    expect(error).toMatchObject({ kind: 'business', status: 403 });
    expect((error as ShipentegraError).items[0]?.description).toMatch(/balance/i);
    expect(classifyShipentegraRefusal(error as ShipentegraError)).toBe('insufficient_balance');
  });

  it('surfaces a reused order number as a business refusal', async () => {
    const order = orderFor('US');
    await client.createOrder(order);

    const error = await failureOf(client.createOrder(order));

    expect(error).toMatchObject({ kind: 'business' });
    expect((error as ShipentegraError).items[0]?.description).toContain(order.number);
    expect(classifyShipentegraRefusal(error as ShipentegraError)).toBe('duplicate_order_number');
  });
});

describe('outcome unknown', () => {
  it('leaves an order whose answer was lost unreachable by number: the next attempt goes on', async () => {
    const first = orderFor('US');
    harness.standIn.faults.dropAfterProcessing({ path: '/v1/orders/manual', times: 1 });

    const lost = await failureOf(client.createOrder(first));

    expect(lost).toMatchObject({ kind: 'unavailable' });
    // Shipentegra did create it, but offers no lookup by number; the same number is refused.
    expect(harness.standIn.store.findOrderByNumber(first.number)).toBeDefined();
    expect(await failureOf(client.createOrder(first))).toMatchObject({ kind: 'business' });

    const amazonOrderId = first.number.replace(/-1$/, '');
    const second = await client.createOrder({
      ...first,
      number: deriveShipentegraOrderNumber(amazonOrderId, 2),
    });

    expect(second.orderId).toBeGreaterThan(0);
  });

  it('never charges twice when a label answer is lost and the same order is asked again', async () => {
    const { orderId } = await client.createOrder(orderFor('US'));
    const request = await labelRequestFor(orderId, 'shipentegra-express');
    const balance = () => harness.standIn.accounts.balanceOf(SHIPENTEGRA_DEMO_ACCOUNT.clientId);
    const before = balance();
    harness.standIn.faults.dropAfterProcessing({ path: /\/labels\//, times: 1 });

    const lost = await failureOf(client.buyLabel(request));
    const again = await failureOf(client.buyLabel(request));

    expect(lost).toMatchObject({ kind: 'unavailable' });
    expect(again).toMatchObject({ kind: 'business' });
    expect(classifyShipentegraRefusal(again as ShipentegraError)).toBe('label_already_created');
    expect(
      harness.standIn.store.findOrder(SHIPENTEGRA_DEMO_ACCOUNT.clientId, orderId)?.label,
    ).toBeDefined();
    expect(before - balance()).toBeGreaterThan(0);
    const price = harness.standIn.store.findOrder(SHIPENTEGRA_DEMO_ACCOUNT.clientId, orderId)?.label
      ?.price;

    // Charged once: the lost answer's label, and nothing for the refused second call.
    expect(before - balance()).toBeCloseTo(price ?? Number.NaN, 2);
  });
});
