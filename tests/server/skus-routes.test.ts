import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { listings, orderItems, orders } from '../../server/db/schema.ts';
import type { SkuList, SkuSummary } from '../../shared/api/shipping.ts';
import {
  addSignedInUser,
  requestAs,
  sendJson,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

const FULL_PROFILE = {
  weightGrams: 450,
  lengthCm: 20,
  widthCm: 15,
  heightCm: 10,
  hsCode: '691200',
  declaredValue: '24.90',
  declaredCurrency: 'usd',
  customsDescription: 'Ceramic coffee mug',
};

let harness: ReturnType<typeof createTestApp>;
let sellerA: TestAccount;
let sellerB: TestAccount;

function seedListing(db: Db, tenantId: string, sku: string, itemName: string) {
  const now = new Date();

  db.insert(listings)
    .values({
      id: randomUUID(),
      tenantId,
      region: 'na',
      marketplaceId: 'ATVPDKIKX0DER',
      sku,
      itemName,
      statuses: ['BUYABLE'],
      fulfillmentChannel: 'MFN',
      syncedAt: now,
      updatedAt: now,
    })
    .run();
}

function seedOrderLine(db: Db, tenantId: string, sku: string | null, title: string) {
  const orderId = randomUUID();
  const now = new Date();

  db.insert(orders)
    .values({
      id: orderId,
      tenantId,
      region: 'na',
      amazonOrderId: `111-${Math.floor(Math.random() * 1e7)}-${Math.floor(Math.random() * 1e7)}`,
      marketplaceId: 'ATVPDKIKX0DER',
      fulfillmentStatus: 'UNSHIPPED',
      fulfilledBy: 'MERCHANT',
      isPrime: false,
      purchasedAt: now,
      amazonUpdatedAt: now,
      updatedAt: now,
    })
    .run();
  db.insert(orderItems)
    .values({
      orderId,
      tenantId,
      amazonOrderItemId: randomUUID(),
      sellerSku: sku,
      title,
      quantityOrdered: 1,
    })
    .run();
}

beforeAll(async () => {
  harness = createTestApp();
  sellerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A });
  sellerB = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_B });

  seedListing(harness.db, TENANT_A, 'MUG-01', 'Ceramic mug');
  seedListing(harness.db, TENANT_A, 'LAMP/02', 'Mosaic lamp');
  seedOrderLine(harness.db, TENANT_A, 'MUG-01', 'Ceramic mug, blue');
  seedOrderLine(harness.db, TENANT_A, 'RUG-03', 'Kilim rug (delisted)');
  seedOrderLine(harness.db, TENANT_A, null, 'A line without a SKU');

  for (let index = 0; index < 7; index += 1) {
    seedListing(harness.db, TENANT_A, `TILE-${index}`, `Tile ${index}`);
  }

  seedListing(harness.db, TENANT_B, 'SECRET-B', 'Tenant B only');
});

afterAll(() => harness.close());

function putProfile(account: TestAccount, sku: string, body: unknown) {
  const path = `/api/skus/${encodeURIComponent(sku)}/shipping-profile`;

  return sendJson(harness.app, 'PUT', path, body, { token: account.token });
}

async function listAll(account: TestAccount, query = ''): Promise<SkuSummary[]> {
  const all: SkuSummary[] = [];
  let cursor: string | null = null;

  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await requestAs(
      harness.app,
      account.token,
      `/api/skus?limit=4${query}${suffix}`,
    );
    const page = (await response.json()) as SkuList;

    expect(response.status).toBe(200);
    all.push(...page.skus);
    cursor = page.nextCursor;
  } while (cursor);

  return all;
}

describe('GET /api/skus', () => {
  it('lists listed and sold SKUs once each, in order, across pages', async () => {
    const skus = await listAll(sellerA);

    expect(skus.map((row) => row.sku)).toEqual([
      'LAMP/02',
      'MUG-01',
      'RUG-03',
      ...Array.from({ length: 7 }, (_, index) => `TILE-${index}`),
    ]);
    expect(skus.find((row) => row.sku === 'RUG-03')?.title).toBe('Kilim rug (delisted)');
  });

  it('names every missing field of a SKU nobody described', async () => {
    const [lamp] = await listAll(sellerA, '&q=LAMP');

    expect(lamp?.isComplete).toBe(false);
    expect(lamp?.missingFields).toEqual([
      'weightGrams',
      'lengthCm',
      'widthCm',
      'heightCm',
      'hsCode',
      'declaredValue',
      'declaredCurrency',
      'customsDescription',
    ]);
  });

  it('filters by SKU prefix, taking % and _ literally', async () => {
    expect((await listAll(sellerA, '&q=TILE-')).length).toBe(7);
    expect(await listAll(sellerA, '&q=%25')).toEqual([]);
  });

  it('refuses a cursor it did not make', async () => {
    const response = await requestAs(harness.app, sellerA.token, '/api/skus?cursor=bm9wZQ');

    expect(await statusAndCodeOf(response)).toBe('400 VALIDATION_FAILED');
  });
});

describe('PUT /api/skus/:sku/shipping-profile', () => {
  it('saves a full profile and marks the SKU complete', async () => {
    const response = await putProfile(sellerA, 'MUG-01', FULL_PROFILE);
    const saved = (await response.json()) as SkuSummary;

    expect(response.status).toBe(200);
    expect(saved).toMatchObject({ sku: 'MUG-01', isComplete: true, missingFields: [] });
    expect(saved.profile).toMatchObject({ ...FULL_PROFILE, declaredCurrency: 'USD' });
    expect((await listAll(sellerA, '&incomplete=false')).map((row) => row.sku)).toEqual(['MUG-01']);
    expect((await listAll(sellerA, '&incomplete=true')).length).toBe(9);
  });

  it('keeps a partial profile and says what is left', async () => {
    const response = await putProfile(sellerA, 'RUG-03', { weightGrams: 2300, hsCode: '570210' });
    const saved = (await response.json()) as SkuSummary;

    expect(saved.isComplete).toBe(false);
    expect(saved.missingFields).toEqual([
      'lengthCm',
      'widthCm',
      'heightCm',
      'declaredValue',
      'declaredCurrency',
      'customsDescription',
    ]);
  });

  it('works for SKUs with a slash in them', async () => {
    const response = await putProfile(sellerA, 'LAMP/02', { lengthCm: 40 });

    expect(response.status).toBe(200);
    expect(((await response.json()) as SkuSummary).profile.lengthCm).toBe(40);
  });

  it('names each invalid field', async () => {
    const body = {
      weightGrams: 0.5,
      lengthCm: 301,
      hsCode: '12345',
      declaredValue: '12.345',
      customsDescription: 'x'.repeat(51),
    };
    const response = await putProfile(sellerA, 'MUG-01', body);
    const error = ((await response.json()) as { error: { fields: { path: string }[] } }).error;

    expect(response.status).toBe(400);
    expect(error.fields.map((field) => field.path).sort()).toEqual([
      'customsDescription',
      'declaredValue',
      'hsCode',
      'lengthCm',
      'weightGrams',
    ]);
  });

  it('wants a declared value and its currency together', async () => {
    const response = await putProfile(sellerA, 'MUG-01', { declaredValue: '10.00' });

    expect(await statusAndCodeOf(response)).toBe('400 VALIDATION_FAILED');
  });

  it('answers NOT_FOUND for a SKU the tenant never listed or sold', async () => {
    expect(await statusAndCodeOf(await putProfile(sellerA, 'NOPE-1', FULL_PROFILE))).toBe(
      '404 NOT_FOUND',
    );
  });
});

describe('tenant isolation (SKUs)', () => {
  it('gives tenant B NOT_FOUND for tenant A’s SKU and leaves A’s profile alone', async () => {
    const response = await putProfile(sellerB, 'MUG-01', { ...FULL_PROFILE, weightGrams: 1 });
    const [mug] = await listAll(sellerA, '&q=MUG');

    expect(await statusAndCodeOf(response)).toBe('404 NOT_FOUND');
    expect(mug?.profile.weightGrams).toBe(FULL_PROFILE.weightGrams);
  });

  it('never shows tenant B any of tenant A’s SKUs, and the reverse', async () => {
    expect((await listAll(sellerB)).map((row) => row.sku)).toEqual(['SECRET-B']);
    expect((await listAll(sellerA)).map((row) => row.sku)).not.toContain('SECRET-B');
  });

  it('refuses requests without a session', async () => {
    const response = await harness.app.request('/api/skus');

    expect(await statusAndCodeOf(response)).toBe('401 UNAUTHENTICATED');
  });
});
