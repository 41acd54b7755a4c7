import { describe, expect, test } from 'vitest';
import { getInventorySummaries } from '../../server/sandbox/spapi/operations/get-inventory-summaries.ts';
import type { OperationContext } from '../../server/sandbox/spapi/operations/operation-context.ts';
import { parseSpApiRequest } from '../../server/sandbox/spapi/request-validator.ts';
import { validateSpApiResponse } from '../../server/sandbox/spapi/response-validator.ts';
import { createStandInClock } from '../../server/sandbox/spapi/scaled-clock.ts';
import { createFeedStore } from '../../server/sandbox/spapi/store/feed-store.ts';
import { scheduledValue } from '../../server/sandbox/spapi/store/listing-attributes.ts';
import {
  applyListingPatches,
  type ListingAttributes,
} from '../../server/sandbox/spapi/store/listing-patches.ts';
import type { StandInStore } from '../../server/sandbox/spapi/store/stand-in-store.ts';
import type { StandInInventory, StandInSeller } from '../../server/sandbox/spapi/store/world.ts';

const US = 'ATVPDKIKX0DER';
const seller: StandInSeller = {
  sellingPartnerId: 'ATESTSELLER001',
  storeName: 'Test',
  region: 'na',
  marketplaceIds: [US],
  refreshToken: 'Atzr|test',
};

function inventoryRow(index: number): StandInInventory {
  return {
    sellerSku: `SKU-${String(index).padStart(3, '0')}`,
    asin: `B0TEST${String(index).padStart(4, '0')}`,
    fnSku: `X00TEST${index}`,
    productName: `Product ${index}`,
    fulfillable: index,
    inboundWorking: 0,
    inboundShipped: 0,
    inboundReceiving: 0,
    reserved: 0,
    unfulfillable: 0,
    lastUpdatedTime: '2026-08-01T00:00:00.000Z',
  };
}

// Only what getInventorySummaries reads: 120 FBA rows, each listed in the US.
const rows = Array.from({ length: 120 }, (_, index) => inventoryRow(index));
const store = {
  listInventory: () => rows,
  getListing: () => ({ marketplaceIds: [US] }),
} as unknown as StandInStore;

function callInventory(query: string): { status: number; body?: unknown } {
  const clock = createStandInClock(() => new Date('2026-08-20T00:00:00Z'), 1);
  const request = parseSpApiRequest({
    method: 'GET',
    path: `/fba/inventory/v1/summaries?${query}`,
  });

  if (!request || request.problems.length > 0) {
    throw new Error(`bad test request: ${JSON.stringify(request?.problems)}`);
  }

  const context: OperationContext = {
    seller,
    request,
    store,
    feeds: createFeedStore(clock),
    clock,
    publicOrigin: 'https://x',
  };
  return getInventorySummaries(context);
}

describe('getInventorySummaries pagination', () => {
  test('50 summaries a page, nextToken until the last page, every page per the model', () => {
    const base = `granularityType=Marketplace&granularityId=${US}&marketplaceIds=${US}`;
    const skus: string[] = [];
    let nextToken: string | undefined;

    do {
      const response = callInventory(nextToken ? `${base}&nextToken=${nextToken}` : base);
      const body = response.body as {
        payload: { inventorySummaries: { sellerSku: string }[] };
        pagination?: { nextToken: string };
      };

      expect(
        validateSpApiResponse('fba-inventory:getInventorySummaries', response.status, body),
      ).toEqual([]);
      skus.push(...body.payload.inventorySummaries.map((summary) => summary.sellerSku));
      nextToken = body.pagination?.nextToken;
    } while (nextToken);

    expect(skus).toEqual(rows.map((row) => row.sellerSku));
  });

  test('a token reused with other filters is refused', () => {
    const first = callInventory(
      `granularityType=Marketplace&granularityId=${US}&marketplaceIds=${US}`,
    );
    const token = (first.body as { pagination: { nextToken: string } }).pagination.nextToken;

    expect(() =>
      callInventory(
        `granularityType=Marketplace&granularityId=${US}&marketplaceIds=${US}&sellerSku=SKU-001&nextToken=${token}`,
      ),
    ).toThrow(/nextToken/);
  });
});

describe('listing patches', () => {
  const attributes: ListingAttributes = {
    purchasable_offer: [
      {
        marketplace_id: US,
        currency: 'USD',
        our_price: [{ schedule: [{ value_with_tax: 10 }] }],
        minimum_seller_allowed_price: [{ schedule: [{ value_with_tax: 8 }] }],
      },
      {
        marketplace_id: 'A2EUQ1WTGCTBG2',
        currency: 'CAD',
        our_price: [{ schedule: [{ value_with_tax: 14 }] }],
      },
    ],
  };
  const price = (value: number) => ({
    marketplace_id: US,
    currency: 'USD',
    our_price: [{ schedule: [{ value_with_tax: value }] }],
  });

  test('merge keeps what it is not sent; replace drops it; other marketplaces stay untouched', () => {
    const merged = applyListingPatches(attributes, [
      { op: 'merge', path: '/attributes/purchasable_offer', value: [price(12)] },
    ]);
    const replaced = applyListingPatches(attributes, [
      { op: 'replace', path: '/attributes/purchasable_offer', value: [price(12)] },
    ]);

    expect(merged.attributes.purchasable_offer?.[0]).toMatchObject({
      our_price: [{ schedule: [{ value_with_tax: 12 }] }],
      minimum_seller_allowed_price: expect.any(Array),
    });
    expect(replaced.attributes.purchasable_offer?.[0]).not.toHaveProperty(
      'minimum_seller_allowed_price',
    );
    expect(merged.attributes.purchasable_offer?.[1]).toEqual(attributes.purchasable_offer?.[1]);
    expect(scheduledValue(attributes.purchasable_offer?.[0]?.our_price)).toBe(10);
  });

  test('delete removes the matching value, or the attribute; a bad path is an issue', () => {
    const oneGone = applyListingPatches(attributes, [
      { op: 'delete', path: '/attributes/purchasable_offer', value: [{ marketplace_id: US }] },
    ]);
    const allGone = applyListingPatches(attributes, [
      { op: 'delete', path: '/attributes/purchasable_offer' },
    ]);
    const badPath = applyListingPatches(attributes, [
      { op: 'merge', path: '/purchasable_offer', value: [] },
    ]);

    expect(oneGone.attributes.purchasable_offer).toHaveLength(1);
    expect(allGone.attributes).not.toHaveProperty('purchasable_offer');
    expect(badPath.issues).toEqual([expect.objectContaining({ code: 'INVALID_PATCH_PATH' })]);
  });
});
