import type { JsonObject } from '../derive/derived-model.ts';
import type { SeededRandom } from '../seeded-random.ts';
import { buildPurchasableOffer } from '../store/listing-attributes.ts';
import type {
  CompetitorOffer,
  FulfillmentChannel,
  StandInInventory,
  StandInListing,
  StandInSeller,
  StandInWorld,
} from '../store/world.ts';
import { DEMO_PRODUCTS, type DemoProduct } from './demo-products.ts';
import { type Marketplace, marketplaceById } from './marketplaces.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Gives a seller one listing per demo product, FBA stock for its AFN listings and rivals. */
export function addDemoListings(
  world: StandInWorld,
  seller: StandInSeller,
  random: SeededRandom,
  now: Date,
): void {
  const listings = new Map<string, StandInListing>();
  const inventory = new Map<string, StandInInventory>();
  const prefix = seller.sellingPartnerId.slice(-4);

  DEMO_PRODUCTS.forEach((product, index) => {
    // Every third product is stocked in Amazon's warehouses, the rest ship from Turkey.
    const channel: FulfillmentChannel = index % 3 === 2 ? 'AFN' : 'MFN';
    const listing = createListing(seller, product, `${prefix}-${product.code}-${index + 1}`, {
      channel,
      random,
      now,
    });

    listings.set(listing.sku, listing);

    if (channel === 'AFN') {
      inventory.set(listing.sku, createInventory(listing, random, now));
    }

    addCompetitors(world, listing, product, random);
  });

  world.listings.set(seller.sellingPartnerId, listings);
  world.inventory.set(seller.sellingPartnerId, inventory);
}

interface ListingOptions {
  channel: FulfillmentChannel;
  random: SeededRandom;
  now: Date;
}

function createListing(
  seller: StandInSeller,
  product: DemoProduct,
  sku: string,
  { channel, random, now }: ListingOptions,
): StandInListing {
  const marketplaces = seller.marketplaceIds.map(requireMarketplace);
  const createdDate = new Date(now.getTime() - random.integer(60, 400) * DAY_MS).toISOString();
  const availabilityCode = channel === 'AFN' ? `AMAZON_${seller.region.toUpperCase()}` : 'DEFAULT';
  const availability: JsonObject =
    channel === 'AFN'
      ? { fulfillment_channel_code: availabilityCode }
      : { fulfillment_channel_code: availabilityCode, quantity: random.integer(0, 40) };

  return {
    sellerId: seller.sellingPartnerId,
    sku,
    asin: `B0${random.code(8)}`,
    productType: product.productType,
    itemName: product.title,
    fulfillmentChannel: channel,
    marketplaceIds: [...seller.marketplaceIds],
    createdDate,
    lastUpdatedDate: new Date(now.getTime() - random.integer(1, 30) * DAY_MS).toISOString(),
    attributes: {
      item_name: marketplaces.map((marketplace) => ({
        value: product.title,
        language_tag: marketplace.languageCode,
        marketplace_id: marketplace.id,
      })),
      condition_type: marketplaces.map((marketplace) => ({
        value: 'new_new',
        marketplace_id: marketplace.id,
      })),
      purchasable_offer: marketplaces.map((marketplace) => {
        const price = localPrice(product.usdPrice, marketplace);
        const minimumPrice = roundPrice(price * 0.8, marketplace);
        const maximumPrice = roundPrice(price * 1.5, marketplace);
        const currencyCode = marketplace.currencyCode;

        return buildPurchasableOffer({
          marketplaceId: marketplace.id,
          currencyCode,
          price,
          minimumPrice,
          maximumPrice,
        });
      }),
      fulfillment_availability: [availability],
    },
  };
}

function createInventory(
  listing: StandInListing,
  random: SeededRandom,
  now: Date,
): StandInInventory {
  return {
    sellerSku: listing.sku,
    asin: listing.asin,
    fnSku: `X00${random.code(7)}`,
    productName: listing.itemName,
    fulfillable: random.integer(0, 180),
    inboundWorking: random.integer(0, 20),
    inboundShipped: random.integer(0, 30),
    inboundReceiving: random.integer(0, 10),
    reserved: random.integer(0, 8),
    unfulfillable: random.integer(0, 3),
    lastUpdatedTime: new Date(now.getTime() - random.integer(1, 72) * 3_600_000).toISOString(),
  };
}

function addCompetitors(
  world: StandInWorld,
  listing: StandInListing,
  product: DemoProduct,
  random: SeededRandom,
): void {
  for (const marketplace of listing.marketplaceIds.map(requireMarketplace)) {
    const base = localPrice(product.usdPrice, marketplace);
    const offers: CompetitorOffer[] = Array.from({ length: random.integer(1, 4) }, () => ({
      sellerId: `A${random.code(13)}`,
      price: roundPrice(base * (0.85 + random.next() * 0.3), marketplace),
      shipping: random.isHit(0.5) ? 0 : roundPrice(marketplace.perUsd * 4.99, marketplace),
      isFulfilledByAmazon: random.isHit(0.4),
      isPrime: random.isHit(0.4),
      feedbackCount: random.integer(3, 25_000),
      positiveFeedbackPercent: random.integer(80, 100),
    }));

    world.competitorOffers.set(`${marketplace.id}|${listing.asin}`, offers);
  }
}

function localPrice(usdPrice: number, marketplace: Marketplace): number {
  return roundPrice(usdPrice * marketplace.perUsd, marketplace);
}

// Yen has no minor unit; other demo currencies have two decimals.
function roundPrice(value: number, marketplace: Marketplace): number {
  return marketplace.currencyCode === 'JPY' ? Math.round(value) : Math.round(value * 100) / 100;
}

function requireMarketplace(id: string): Marketplace {
  const marketplace = marketplaceById(id);

  if (!marketplace) {
    throw new Error(`unknown demo marketplace ${id}`);
  }

  return marketplace;
}
