import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import {
  ShipentegraCreatedOrderResponseSchema,
  ShipentegraFailureSchema,
  type ShipentegraManualOrderRequest,
  ShipentegraManualOrderRequestSchema,
  ShipentegraOrderDetailResponseSchema,
  type ShipentegraOrderRequest,
  ShipentegraOrderRequestSchema,
} from '../../server/shipentegra/contract.ts';
import { manualOrderBody } from '../helpers/shipentegra-fixtures.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

const OTHER_ACCOUNT = { clientId: 'second-seller', clientSecret: 'second-secret', balance: 50 };

interface BadOrder {
  problem: string;
  order?: Partial<ShipentegraManualOrderRequest>;
  address?: Partial<ShipentegraManualOrderRequest['shippingAddress']>;
  code: string;
  field: string;
}

// The limits of ../shared/reference/shipentegra.md, each broken once.
const BAD_ORDERS: BadOrder[] = [
  {
    problem: 'a 36-character address line',
    address: { address: 'x'.repeat(36) },
    code: 'ERR.20010.1003',
    field: 'shippingAddress.address',
  },
  {
    problem: 'a one-letter name',
    address: { name: 'J' },
    code: 'ERR.20010.1002',
    field: 'shippingAddress.name',
  },
  {
    problem: 'a 36-character city',
    address: { city: 'c'.repeat(36) },
    code: 'ERR.20010.1003',
    field: 'shippingAddress.city',
  },
  {
    problem: 'a US address without state',
    address: { state: undefined },
    code: 'ERR.20010.1001',
    field: 'shippingAddress.state',
  },
  {
    problem: 'a CA address without state',
    address: { country: 'CA', state: undefined },
    code: 'ERR.20010.1001',
    field: 'shippingAddress.state',
  },
  {
    problem: 'a four-letter description',
    order: { description: 'Ring' },
    code: 'ERR.20010.1002',
    field: 'description',
  },
  {
    problem: 'a two-letter item name',
    order: { items: [{ name: 'Ri', quantity: 1, unitPrice: 5, sku: '' }] },
    code: 'ERR.20010.1002',
    field: 'items.0.name',
  },
  {
    problem: 'a 129-character order number',
    order: { number: 'n'.repeat(129) },
    code: 'ERR.20010.1003',
    field: 'number',
  },
  { problem: 'a zero width', order: { width: 0 }, code: 'ERR.20010.1004', field: 'width' },
];
let multiPackageSerial = 0;

describe('Shipentegra stand-in: orders', () => {
  let harness: ShipentegraHarness;
  let token: string;

  const createManual = (body: unknown, as = token) => {
    return harness.call({ method: 'POST', path: '/v1/orders/manual', token: as, body });
  };

  beforeAll(async () => {
    harness = await startShipentegraHarness({
      accounts: [SHIPENTEGRA_DEMO_ACCOUNT, OTHER_ACCOUNT],
    });
    token = await harness.signIn();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('creates a manual order and returns it with Shipentegra item ids', async () => {
    const body = manualOrderBody('US');
    const created = await createManual(body);
    const { orderId } = ShipentegraCreatedOrderResponseSchema.parse(created.json).data;

    const detail = await harness.call({ path: `/v1/orders/manual/${orderId}`, token });
    const order = ShipentegraOrderDetailResponseSchema.parse(detail.json).data;

    expect(created.status).toBe(200);
    expect(ShipentegraManualOrderRequestSchema.safeParse(body).success).toBe(true);
    expect(order.generalInfo.items).toEqual([
      expect.objectContaining({ sku: 'RING-925', itemId: expect.any(Number) }),
    ]);
    expect(order.shipment).toBeNull();
  });

  it('creates an order through the multi-package form, answering with data.orderId', async () => {
    const body = multiPackageOrder();
    const created = await harness.call({ method: 'POST', path: '/v1/orders', token, body });
    const { orderId } = ShipentegraCreatedOrderResponseSchema.parse(created.json).data;
    const detail = await harness.call({ path: `/v1/orders/manual/${orderId}`, token });

    expect(ShipentegraOrderRequestSchema.safeParse(body).success).toBe(true);
    expect(detail.status).toBe(200);
    expect(
      ShipentegraOrderDetailResponseSchema.parse(detail.json).data.generalInfo.items,
    ).toHaveLength(2);
  });

  it.each(BAD_ORDERS)('rejects $problem, as the contract schema does', async (row) => {
    const body = manualOrderBody('US', row.order);
    body.shippingAddress = { ...body.shippingAddress, ...row.address };
    const response = await createManual(body);
    const failure = ShipentegraFailureSchema.parse(response.json);

    expect(response.status).toBe(400);
    expect(failure.data).toEqual([
      { message: row.code, description: expect.stringContaining(row.field) },
    ]);
    expect(ShipentegraManualOrderRequestSchema.safeParse(body).success).toBe(false);
  });

  it('reports every bad field in one answer', async () => {
    const body = manualOrderBody('US', { description: 'x', reference1: 'r'.repeat(41) });
    body.shippingAddress.city = 'X';
    const failure = ShipentegraFailureSchema.parse((await createManual(body)).json);

    expect(failure.data.map((item) => item.description)).toEqual([
      'description must be at least 5 characters.',
      'reference1 must be at most 40 characters.',
      'shippingAddress.city must be at least 2 characters.',
    ]);
  });

  it('rejects a reused order number per account, but not across accounts', async () => {
    const body = manualOrderBody('US');
    const first = await createManual(body);
    const again = await createManual(body);
    const otherToken = await harness.signIn(OTHER_ACCOUNT);
    const otherAccount = await createManual(body, otherToken);

    expect(first.status).toBe(200);
    expect(again.status).toBe(400);
    expect(ShipentegraFailureSchema.parse(again.json).data[0]?.message).toBe('ERR.20010.1009');
    expect(otherAccount.status).toBe(200);
  });

  it("answers another account's order exactly like a missing one", async () => {
    const created = await createManual(manualOrderBody('GB'));
    const { orderId } = ShipentegraCreatedOrderResponseSchema.parse(created.json).data;
    const otherToken = await harness.signIn(OTHER_ACCOUNT);

    const foreign = await harness.call({ path: `/v1/orders/manual/${orderId}`, token: otherToken });
    const missing = await harness.call({ path: '/v1/orders/manual/1', token: otherToken });

    expect(foreign.status).toBe(404);
    expect(ShipentegraFailureSchema.parse(foreign.json).data[0]?.message).toBe('ERR.20030.2001');
    expect(ShipentegraFailureSchema.parse(missing.json).data[0]?.message).toBe('ERR.20030.2001');
  });

  it('refuses a multi-package order that does not leave from Turkey', async () => {
    const body = multiPackageOrder();
    body.shipFrom.country = 'DE';
    const response = await harness.call({ method: 'POST', path: '/v1/orders', token, body });

    expect(response.status).toBe(400);
    expect(ShipentegraFailureSchema.parse(response.json).data).toEqual([
      { message: 'ERR.20020.1004', description: 'shipFrom.country is not valid.' },
    ]);
  });
});

function multiPackageOrder(): ShipentegraOrderRequest {
  multiPackageSerial += 1;

  return {
    orderNumber: `MP-${multiPackageSerial}`,
    description: 'Two ceramic bowls',
    currency: 'USD',
    shippingType: 2,
    exportReason: 'SALE',
    shipTo: {
      name: 'Sam Buyer',
      address1: '12 Elm Street',
      city: 'Portland',
      state: 'OR',
      zipCode: '97201',
      country: 'US',
    },
    shipFrom: {
      name: 'Atolye Seramik',
      address1: 'Istiklal Cad. 10',
      city: 'Istanbul',
      zipCode: '34430',
      country: 'TR',
    },
    products: [
      { name: 'Ceramic bowl blue', quantity: 1, unitPrice: 30, sku: 'BOWL-B', hsCode: '691200' },
      { name: 'Ceramic bowl red', quantity: 1, unitPrice: 30, sku: 'BOWL-R', hsCode: '691200' },
    ],
    packages: [
      { width: 20, height: 10, length: 20, weight: 0.9, packageQuantity: 1 },
      { width: 20, height: 10, length: 20, weight: 0.9, packageQuantity: 1 },
    ],
  };
}
