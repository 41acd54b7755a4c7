import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketplaceById } from '../../server/sandbox/spapi/demo/marketplaces.ts';
import {
  merchantQuantityOf,
  ourPriceOf,
} from '../../server/sandbox/spapi/store/listing-attributes.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import type { Listing, ListingList } from '../../shared/api/listings.ts';
import { addSignedInUser, requestAs, type TestAccount } from '../helpers/accounts.ts';
import { type SyncHarness, startSyncHarness } from '../helpers/sync-harness.ts';
import { TENANT_A, TENANT_B } from '../helpers/test-app.ts';

let harness: SyncHarness;
let ownerA: TestAccount;
let memberB: TestAccount;
let sellerA: StandInSeller;

beforeAll(async () => {
  harness = await startSyncHarness({ demo: { ordersPerSeller: 5, sellerCount: 3 } });

  const sellers = harness.standIn.standIn.demo.sellers;

  // The EU seller: nine marketplaces, each walked on its own.
  sellerA = sellers[1] as StandInSeller;
  await harness.runSync('inventory', harness.connect(TENANT_A, sellerA));
  await harness.runSync('inventory', harness.connect(TENANT_B, sellers[2] as StandInSeller));
  ownerA = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_A, role: 'owner' });
  memberB = await addSignedInUser(harness.app, harness.db, { tenantId: TENANT_B });
});

afterAll(() => harness.close());

async function listAll(account: TestAccount, query = ''): Promise<Listing[]> {
  const all: Listing[] = [];
  let cursor: string | null = null;

  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await requestAs(
      harness.app,
      account.token,
      `/api/listings?limit=25${query}${suffix}`,
    );
    const page = (await response.json()) as ListingList;

    expect(response.status).toBe(200);
    all.push(...page.listings);
    cursor = page.nextCursor;
  } while (cursor);

  return all;
}

describe('inventory sync and GET /api/listings', () => {
  it('holds every listing in every marketplace with Amazon’s price and quantity', async () => {
    const listings = await listAll(ownerA);
    const store = harness.standIn.standIn.store;
    const expected = store
      .listListings(sellerA.sellingPartnerId)
      .flatMap((listing) =>
        listing.marketplaceIds.map((marketplaceId) => `${listing.sku} ${marketplaceId}`),
      );

    expect(listings.map((row) => `${row.sku} ${row.marketplaceId}`).sort()).toEqual(
      expected.sort(),
    );

    for (const row of listings) {
      const source = store.getListing(sellerA.sellingPartnerId, row.sku);
      const price = source ? ourPriceOf(source, row.marketplaceId) : undefined;
      const currencyCode = marketplaceById(row.marketplaceId)?.currencyCode;

      expect(row.fulfillmentChannel).toBe(source?.fulfillmentChannel);
      expect(row.price?.currencyCode).toBe(price === undefined ? undefined : currencyCode);
      expect(Number(row.price?.amount)).toBeCloseTo(price ?? Number.NaN, 2);
    }
  });

  it('shows FBA stock for Amazon-fulfilled SKUs and the merchant quantity for the others', async () => {
    const listings = await listAll(ownerA);
    const store = harness.standIn.standIn.store;
    const fba = listings.filter((row) => row.fulfillmentChannel === 'AFN');
    const merchant = listings.filter((row) => row.fulfillmentChannel === 'MFN');

    expect(fba.length).toBeGreaterThan(0);
    expect(merchant.length).toBeGreaterThan(0);

    for (const row of fba) {
      const stock = store.getInventory(sellerA.sellingPartnerId, row.sku);

      expect(row.fba?.fulfillable).toBe(stock?.fulfillable);
      expect(row.quantity).toBe(stock?.fulfillable);
    }

    for (const row of merchant) {
      const source = store.getListing(sellerA.sellingPartnerId, row.sku);

      expect(row.quantity).toBe(source ? merchantQuantityOf(source) : undefined);
      expect(row.fba).toBeNull();
    }
  });

  it('drops listings Amazon no longer has on the next sync', async () => {
    const store = harness.standIn.standIn.store;
    const gone = store
      .listListings(sellerA.sellingPartnerId)
      .find((listing) => listing.fulfillmentChannel === 'MFN');

    store.deleteListing(sellerA.sellingPartnerId, gone?.sku ?? '');
    await harness.runSync('inventory', { tenantId: TENANT_A, region: sellerA.region });

    const skus = (await listAll(ownerA)).map((row) => row.sku);

    expect(skus).not.toContain(gone?.sku);
  });

  it('still syncs the listings of a seller without FBA, whose stock query Amazon refuses', async () => {
    const noFba = { status: 400, headers: {}, body: { errors: [{ code: 'InvalidInput' }] } };

    harness.cannedAnswers.set('getInventorySummaries', noFba);

    try {
      await harness.runSync('inventory', { tenantId: TENANT_A, region: sellerA.region });
    } finally {
      harness.cannedAnswers.delete('getInventorySummaries');
    }

    expect((await listAll(ownerA)).some((row) => row.fulfillmentChannel === 'MFN')).toBe(true);
  });

  it('finds listings by SKU prefix', async () => {
    const [first] = await listAll(ownerA);
    const prefix = first?.sku.slice(0, 8) ?? '';
    const found = await listAll(ownerA, `&q=${encodeURIComponent(prefix)}`);

    expect(found.length).toBeGreaterThan(0);
    expect(found.every((row) => row.sku.startsWith(prefix) || row.itemName?.includes(prefix))).toBe(
      true,
    );
  });

  it('never shows another tenant’s listings', async () => {
    const skusOfA = new Set((await listAll(ownerA)).map((row) => row.sku));
    const seenByB = await listAll(memberB);

    expect(seenByB.length).toBeGreaterThan(0);
    expect(seenByB.filter((row) => skusOfA.has(row.sku))).toEqual([]);
  });
});
