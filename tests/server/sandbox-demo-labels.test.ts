import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OrderList, OrderListSchema, type OrderSummary } from '../../shared/api/orders.ts';
import { QuotesResponseSchema } from '../../shared/api/quotes.ts';
import { LabelSummarySchema, ShipmentAnswerSchema } from '../../shared/api/shipments.ts';
import { ShippingSettingsSchema, SkuListSchema } from '../../shared/api/shipping.ts';
import { type HarnessServer, startSandboxServer } from '../helpers/browser-server.ts';

// Issue #6: in sandbox mode the demo seller buys a label with nothing set up by hand, as the
// browser tests do. The demo NA seller's store has every SKU listed, 16 of them.

const POLL = { timeout: 20_000, interval: 100 };
const DEMO_SKU_COUNT = 16;

let server: HarnessServer;
let token: string;

beforeAll(async () => {
  server = await startSandboxServer();

  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(server.demo),
  });

  token = ((await response.json()) as { token: string }).token;
}, 60_000);

afterAll(() => server?.stop());

async function call(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);

  headers.set('Authorization', `Bearer ${token}`);

  const response = await fetch(`${server.url}${path}`, { ...init, headers });

  return { status: response.status, body: (await response.json()) as unknown };
}

async function listUnshippedMerchantOrders(): Promise<OrderSummary[]> {
  const { body } = await call('/api/orders?status=UNSHIPPED&limit=100');

  return OrderListSchema.parse(body).orders.filter((order) => order.fulfilledBy === 'MERCHANT');
}

describe('the sandbox demo seller', () => {
  it('has a Turkish sender address from the start', async () => {
    const { body } = await call('/api/settings/shipping');

    expect(ShippingSettingsSchema.parse(body).sender).toMatchObject({ countryCode: 'TR' });
  });

  it('has a complete shipping profile for every SKU once synced', async () => {
    await call('/api/sync', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kinds: ['orders', 'inventory'] }),
    });
    await expect
      .poll(async () => SkuListSchema.parse((await call('/api/skus?limit=100')).body).skus, POLL)
      .toHaveLength(DEMO_SKU_COUNT);

    const incomplete = SkuListSchema.parse((await call('/api/skus?incomplete=true')).body);

    expect(incomplete.skus).toEqual([]);
  });

  it('has unshipped merchant orders marked no_label, each quoted with its package', async () => {
    await expect
      .poll(async () => (await listUnshippedMerchantOrders()).length, POLL)
      .toBeGreaterThanOrEqual(3);

    const orders = await listUnshippedMerchantOrders();

    expect(orders.map((order) => order.labelBadge)).toEqual(orders.map(() => 'no_label'));

    for (const order of orders.slice(0, 3)) {
      const { status, body } = await call(`/api/orders/${order.orderId}/quotes`);

      expect(status).toBe(200);
      expect(QuotesResponseSchema.parse(body).package.isOverridden).toBe(false);
    }
  });

  it('buys a label that reaches Amazon, and the badge and counts follow', async () => {
    const [order] = await listUnshippedMerchantOrders();
    const before = LabelSummarySchema.parse((await call('/api/shipments/summary')).body);
    const bought = await call(`/api/orders/${order?.orderId}/label`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'sandbox-demo-label-1' },
      body: JSON.stringify({ serviceName: 'shipentegra-express' }),
    });
    const after = LabelSummarySchema.parse((await call('/api/shipments/summary')).body);
    const listed = (await call(`/api/orders?ids=${order?.orderId}`)).body as OrderList;

    expect(bought.status).toBe(201);
    expect(ShipmentAnswerSchema.parse(bought.body).shipment?.state).toBe('confirmed');
    expect(listed.orders.map((entry) => entry.labelBadge)).toEqual(['on_amazon']);
    expect(after.unshippedWithoutLabel).toBe(before.unshippedWithoutLabel - 1);
  });
});
