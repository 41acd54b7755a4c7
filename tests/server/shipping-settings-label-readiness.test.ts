import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItems, orders, shipentegraAccounts } from '../../server/db/schema.ts';
import { assessLabelReadiness } from '../../server/shipping/label-readiness.ts';
import { shipentegraOrderNumberOf } from '../../server/shipping/shipentegra-order-number.ts';
import { isAppError } from '../../shared/errors.ts';
import { addSignedInUser, sendJson, type TestAccount } from '../helpers/accounts.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

const AMAZON_ORDER_ID = '114-3941689-8772232';
const SENDER = {
  name: 'Ayşe Yılmaz',
  address1: 'Moda Cad. No: 12',
  city: 'İstanbul',
  postalCode: '34710',
  phone: '+90 532 123 45 67',
  email: 'shipping@anatolia.example',
};

let harness: ReturnType<typeof createTestApp>;
let sellerA: TestAccount;

beforeAll(async () => {
  harness = createTestApp();
  sellerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A });

  const orderId = randomUUID();
  const now = new Date();

  harness.db
    .insert(orders)
    .values({
      id: orderId,
      tenantId: TENANT_A,
      region: 'eu',
      amazonOrderId: AMAZON_ORDER_ID,
      marketplaceId: 'A1PA6795UKMFR9',
      fulfillmentStatus: 'UNSHIPPED',
      fulfilledBy: 'MERCHANT',
      isPrime: false,
      purchasedAt: now,
      amazonUpdatedAt: now,
      totalAmount: '64.80',
      currencyCode: 'EUR',
      updatedAt: now,
    })
    .run();
  harness.db
    .insert(orderItems)
    .values([
      line(orderId, 'MUG-01', 2, '49.80'),
      { ...line(orderId, 'TILE-02', 3, '15.00'), quantityShipped: 1 },
    ])
    .run();
});

afterAll(() => harness.close());

function line(orderId: string, sku: string, quantityOrdered: number, subtotalAmount: string) {
  return {
    orderId,
    tenantId: TENANT_A,
    amazonOrderItemId: randomUUID(),
    sellerSku: sku,
    title: sku,
    quantityOrdered,
    subtotalAmount,
    currencyCode: 'EUR',
  };
}

function profile(weightGrams: number, sides: [number, number, number]) {
  const [lengthCm, widthCm, heightCm] = sides;

  return {
    weightGrams,
    lengthCm,
    widthCm,
    heightCm,
    hsCode: '691200',
    declaredValue: '24.90',
    declaredCurrency: 'EUR',
    customsDescription: 'Ceramic goods',
  };
}

async function putProfile(sku: string, body: unknown) {
  const path = `/api/skus/${sku}/shipping-profile`;
  const response = await sendJson(harness.app, 'PUT', path, body, { token: sellerA.token });

  expect(response.status).toBe(200);
}

describe('assessLabelReadiness', () => {
  it('lists everything a new seller has to set up before the first label', () => {
    const readiness = assessLabelReadiness(harness.db, TENANT_A, AMAZON_ORDER_ID);

    expect(readiness.package).toBeNull();
    expect(readiness.problems.map((problem) => problem.code)).toEqual([
      'SENDER_ADDRESS_MISSING',
      'SHIPENTEGRA_NOT_CONNECTED',
      'HS_CODE_MISSING',
      'DECLARED_VALUE_MISSING',
      'HS_CODE_MISSING',
      'DECLARED_VALUE_MISSING',
      'WEIGHT_MISSING',
      'WEIGHT_MISSING',
      ...Array(6).fill('DIMENSIONS_MISSING'),
    ]);
    expect(readiness.goodsValue).toEqual({ amount: '64.80', currencyCode: 'EUR' });
  });

  it('is ready once the settings, profiles and Shipentegra are there', async () => {
    const saved = await sendJson(
      harness.app,
      'PUT',
      '/api/settings/shipping',
      { sender: SENDER },
      {
        token: sellerA.token,
      },
    );

    expect(saved.status).toBe(200);
    await putProfile('MUG-01', profile(450, [12, 9, 10]));
    await putProfile('TILE-02', profile(300, [20, 20, 2]));
    harness.db
      .insert(shipentegraAccounts)
      .values({
        tenantId: TENANT_A,
        clientId: 'client',
        clientSecretSealed: 'not-used-here',
        verifiedAt: new Date(),
        updatedAt: new Date(),
      })
      .run();

    const readiness = assessLabelReadiness(harness.db, TENANT_A, AMAZON_ORDER_ID);

    expect(readiness.problems).toEqual([]);
    // Two mugs and the two tiles not yet shipped: 1500 g and 150 g of packaging.
    expect(readiness.package).toMatchObject({
      weightGrams: 1650,
      lengthCm: 20,
      widthCm: 20,
      heightCm: 22,
      weightKg: '1.650',
      kgDesi: '1.7600',
    });
    expect(readiness.settings.sender?.phone).toBe('+905321234567');
  });

  it('takes the seller’s package override', () => {
    const override = { weightGrams: 2000, lengthCm: 30, widthCm: 20, heightCm: 20 };
    const readiness = assessLabelReadiness(harness.db, TENANT_A, AMAZON_ORDER_ID, override);

    expect(readiness.package).toMatchObject({ ...override, kgDesi: '2.4000', isOverridden: true });
  });

  it('answers NOT_FOUND for another tenant’s order', () => {
    let caught: unknown;

    try {
      assessLabelReadiness(harness.db, TENANT_B, AMAZON_ORDER_ID);
    } catch (error) {
      caught = error;
    }

    expect(isAppError(caught) && caught.code).toBe('NOT_FOUND');
  });
});

describe('shipentegraOrderNumberOf', () => {
  it('derives the number from the Amazon order and the attempt', () => {
    expect(shipentegraOrderNumberOf(AMAZON_ORDER_ID, 1)).toBe('114-3941689-8772232-1');
    expect(shipentegraOrderNumberOf(AMAZON_ORDER_ID, 2)).toBe('114-3941689-8772232-2');
    expect(() => shipentegraOrderNumberOf(AMAZON_ORDER_ID, 0)).toThrow(RangeError);
  });
});
