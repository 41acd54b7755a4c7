import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StandInListing } from '../../server/sandbox/spapi/store/world.ts';
import { expectConforms, firstError } from '../helpers/spapi-contract.ts';
import {
  type SpApiClient,
  type StandInHarness,
  startStandInHarness,
  US,
} from '../helpers/spapi-stand-in-harness.ts';

let harness: StandInHarness;
let client: SpApiClient;
let sellerId: string;

beforeAll(async () => {
  harness = await startStandInHarness();
  client = harness.clientFor(harness.seller);
  sellerId = harness.seller.sellingPartnerId;
});

afterAll(async () => {
  await harness.close();
});

function listingOf(channel: 'MFN' | 'AFN', index = 0): StandInListing {
  const listing = harness.standIn.store
    .listListings(sellerId)
    .filter((candidate) => candidate.fulfillmentChannel === channel)[index];

  if (!listing) {
    throw new Error(`no ${channel} listing #${index}`);
  }

  return listing;
}

function pricePatch(listing: StandInListing, price: number) {
  return {
    productType: listing.productType,
    patches: [
      {
        op: 'merge',
        path: '/attributes/purchasable_offer',
        value: [
          {
            marketplace_id: US,
            currency: 'USD',
            audience: 'ALL',
            our_price: [{ schedule: [{ value_with_tax: price }] }],
          },
        ],
      },
    ],
  };
}

describe('Listings Items 2021-08-01', () => {
  test('searchListingsItems pages through every SKU with all included data per the model', async () => {
    const skus: string[] = [];
    let pageToken: string | undefined;

    do {
      const response = await harness.call(client, 'listingsItems.searchListingsItems', {
        path: { sellerId },
        query: {
          marketplaceIds: [US],
          includedData: [
            'summaries',
            'attributes',
            'issues',
            'offers',
            'fulfillmentAvailability',
            'relationships',
            'productTypes',
          ],
          pageSize: 7,
          ...(pageToken ? { pageToken } : {}),
        },
      });
      const body = response.body as {
        items: { sku: string }[];
        pagination?: { nextToken?: string };
      };

      expectConforms('listings-items-2021-08-01:searchListingsItems', response, 200);
      skus.push(...body.items.map((item) => item.sku));
      pageToken = body.pagination?.nextToken;
    } while (pageToken);

    expect(skus.sort()).toEqual(
      harness.standIn.store
        .listListings(sellerId)
        .map((listing) => listing.sku)
        .sort(),
    );
  });

  test('getListingsItem shows the FBA stock of an AFN listing', async () => {
    const listing = listingOf('AFN');
    const response = await harness.call(client, 'listingsItems.getListingsItem', {
      path: { sellerId, sku: listing.sku },
      query: {
        marketplaceIds: [US],
        includedData: ['summaries', 'offers', 'fulfillmentAvailability'],
      },
    });
    const stock = harness.standIn.store.getInventory(sellerId, listing.sku)?.fulfillable;

    expectConforms('listings-items-2021-08-01:getListingsItem', response, 200);
    expect(response.body).toMatchObject({ fulfillmentAvailability: [{ quantity: stock }] });
  });

  test('a merge patch of purchasable_offer changes the price; VALIDATION_PREVIEW does not', async () => {
    const listing = listingOf('MFN');
    const sku = listing.sku;
    const preview = await harness.call(client, 'listingsItems.patchListingsItem', {
      path: { sellerId, sku },
      query: {
        marketplaceIds: [US],
        mode: 'VALIDATION_PREVIEW',
        includedData: ['issues', 'identifiers'],
      },
      body: pricePatch(listing, 21.5),
    });
    const priceAfterPreview = harness.standIn.store.priceOf(sellerId, sku, US);
    const accepted = await harness.call(client, 'listingsItems.patchListingsItem', {
      path: { sellerId, sku },
      query: { marketplaceIds: [US] },
      body: pricePatch(listing, 21.5),
    });

    expectConforms('listings-items-2021-08-01:patchListingsItem', preview, 200);
    expectConforms('listings-items-2021-08-01:patchListingsItem', accepted, 200);
    expect(preview.body).toMatchObject({ status: 'VALID', issues: [] });
    expect(priceAfterPreview).not.toBe(21.5);
    expect(accepted.body).toMatchObject({ sku, status: 'ACCEPTED' });
    expect(harness.standIn.store.priceOf(sellerId, sku, US)).toBe(21.5);
    // merge keeps the sub-attributes it was not sent: the seller's price limits survive.
    expect(
      harness.standIn.store.getListing(sellerId, sku)?.attributes.purchasable_offer?.[0],
    ).toHaveProperty('minimum_seller_allowed_price');
  });

  test('a price in the wrong currency is INVALID with an issue and changes nothing', async () => {
    const listing = listingOf('MFN', 1);
    const sku = listing.sku;
    const before = harness.standIn.store.priceOf(sellerId, sku, US);
    const body = pricePatch(listing, 30);
    const value = body.patches[0]?.value[0];

    if (value) {
      value.currency = 'EUR';
    }

    const response = await harness.call(client, 'listingsItems.patchListingsItem', {
      path: { sellerId, sku },
      query: { marketplaceIds: [US] },
      body,
    });

    expectConforms('listings-items-2021-08-01:patchListingsItem', response, 200);
    expect(response.body).toMatchObject({
      status: 'INVALID',
      issues: [{ code: 'CURRENCY_MISMATCH' }],
    });
    expect(harness.standIn.store.priceOf(sellerId, sku, US)).toBe(before);
  });

  test("another seller's id in the path is refused with 403", async () => {
    const other = harness.standIn.demo.sellers[2]?.sellingPartnerId ?? '';
    const response = await harness.call(client, 'listingsItems.searchListingsItems', {
      path: { sellerId: other },
      query: { marketplaceIds: [US] },
    });

    expectConforms('listings-items-2021-08-01:searchListingsItems', response, 403);
    expect(firstError(response).code).toBe('Unauthorized');
  });
});

describe('FBA Inventory v1', () => {
  test('getInventorySummaries returns the AFN SKUs with details per the model', async () => {
    const response = await harness.call(client, 'fbaInventory.getInventorySummaries', {
      query: {
        granularityType: 'Marketplace',
        granularityId: US,
        marketplaceIds: [US],
        details: true,
      },
    });
    const summaries = (
      response.body as { payload: { inventorySummaries: { sellerSku: string }[] } }
    ).payload.inventorySummaries;

    expectConforms('fba-inventory:getInventorySummaries', response, 200);
    expect(summaries.map((summary) => summary.sellerSku).sort()).toEqual(
      harness.standIn.store
        .listInventory(sellerId)
        .map((inventory) => inventory.sellerSku)
        .sort(),
    );
  });

  test('getInventorySummaries needs granularityType and granularityId, per the model', async () => {
    const response = await harness.call(client, 'fbaInventory.getInventorySummaries', {
      query: { marketplaceIds: [US] },
    });

    expectConforms('fba-inventory:getInventorySummaries', response, 400);
    expect(firstError(response).details).toMatch(/granularityType is required/);
  });
});

describe('Product Pricing', () => {
  test('getItemOffersBatch answers each request per the model, our offer marked', async () => {
    const asin = listingOf('MFN').asin;
    const response = await harness.call(client, 'productPricing.getItemOffersBatch', {
      body: {
        requests: [
          {
            uri: `/products/pricing/v0/items/${asin}/offers`,
            method: 'GET',
            MarketplaceId: US,
            ItemCondition: 'New',
          },
          {
            uri: '/products/pricing/v0/items/B000000000/offers',
            method: 'GET',
            MarketplaceId: US,
            ItemCondition: 'New',
          },
        ],
      },
    });
    const [known, unknown] = (
      response.body as {
        responses: {
          status: { statusCode: number };
          body: { payload?: { Offers: { MyOffer: boolean }[] } };
        }[];
      }
    ).responses;

    expectConforms('product-pricing-v0:getItemOffersBatch', response, 200);
    expect(response.headers['x-amzn-ratelimit-limit']).toBe('0.1');
    expect(known?.body.payload?.Offers.some((offer) => offer.MyOffer)).toBe(true);
    expect(unknown?.status.statusCode).toBe(404);
  });

  test('getCompetitiveSummary answers featured offer, lowest offers and reference prices per the model', async () => {
    const asin = listingOf('AFN').asin;
    const response = await harness.call(client, 'productPricing.getCompetitiveSummary', {
      options: { version: '2022-05-01' },
      body: {
        requests: [
          {
            asin,
            marketplaceId: US,
            includedData: ['featuredBuyingOptions', 'referencePrices', 'lowestPricedOffers'],
            lowestPricedOffersInputs: [{ itemCondition: 'New', offerType: 'Consumer' }],
            method: 'GET',
            uri: '/products/pricing/2022-05-01/items/competitiveSummary',
          },
          {
            asin: '11_AABB_123',
            marketplaceId: US,
            includedData: ['featuredBuyingOptions'],
            method: 'GET',
            uri: '/products/pricing/2022-05-01/items/competitiveSummary',
          },
        ],
      },
    });
    const [summary, invalid] = (
      response.body as {
        responses: { status: { statusCode: number }; body: Record<string, unknown> }[];
      }
    ).responses;

    expectConforms('product-pricing-2022-05-01:getCompetitiveSummary', response, 200);
    expect(summary?.body).toHaveProperty('featuredBuyingOptions');
    expect(summary?.body).toHaveProperty('lowestPricedOffers');
    expect(invalid?.status.statusCode).toBe(400);
  });
});
