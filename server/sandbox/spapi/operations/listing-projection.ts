import { marketplaceById } from '../demo/marketplaces.ts';
import type { JsonObject } from '../derive/derived-model.ts';
import { merchantQuantityOf, ourPriceOf } from '../store/listing-attributes.ts';
import type { StandInInventory, StandInListing } from '../store/world.ts';
import { formatAmount } from './money.ts';

export interface ListingView {
  marketplaceIds: readonly string[];
  includedData: ReadonlySet<string>;
  inventory?: StandInInventory;
}

/** A listing as Listings Items 2021-08-01 shows it, limited to the requested marketplaces. */
export function projectListing(listing: StandInListing, view: ListingView): object {
  const marketplaceIds = view.marketplaceIds.filter((id) => listing.marketplaceIds.includes(id));
  const has = (block: string) => view.includedData.has(block);
  const stock = quantityOf(listing, view.inventory);

  return {
    sku: listing.sku,
    ...(has('summaries')
      ? { summaries: marketplaceIds.map((id) => summaryOf(listing, id, stock)) }
      : {}),
    ...(has('attributes') ? { attributes: attributesIn(listing, marketplaceIds) } : {}),
    ...(has('issues') ? { issues: [] } : {}),
    ...(has('offers') ? { offers: marketplaceIds.flatMap((id) => offerOf(listing, id)) } : {}),
    ...(has('fulfillmentAvailability')
      ? {
          fulfillmentAvailability: [
            { fulfillmentChannelCode: channelCodeOf(listing), quantity: stock },
          ],
        }
      : {}),
    ...(has('relationships')
      ? {
          relationships: marketplaceIds.map((marketplaceId) => ({
            marketplaceId,
            relationships: [],
          })),
        }
      : {}),
    ...(has('productTypes')
      ? {
          productTypes: marketplaceIds.map((marketplaceId) => ({
            marketplaceId,
            productType: listing.productType,
          })),
        }
      : {}),
  };
}

/** Buyable when priced and in stock, as Seller Central shows "Active". */
export function statusesOf(
  listing: StandInListing,
  marketplaceId: string,
  stock: number,
): string[] {
  const isBuyable = ourPriceOf(listing, marketplaceId) !== undefined && stock > 0;
  return isBuyable ? ['BUYABLE', 'DISCOVERABLE'] : ['DISCOVERABLE'];
}

export function quantityOf(
  listing: StandInListing,
  inventory: StandInInventory | undefined,
): number {
  return listing.fulfillmentChannel === 'AFN'
    ? (inventory?.fulfillable ?? 0)
    : (merchantQuantityOf(listing) ?? 0);
}

function summaryOf(listing: StandInListing, marketplaceId: string, stock: number): object {
  return {
    marketplaceId,
    asin: listing.asin,
    productType: listing.productType,
    conditionType: 'new_new',
    status: statusesOf(listing, marketplaceId, stock),
    itemName: listing.itemName,
    createdDate: listing.createdDate,
    lastUpdatedDate: listing.lastUpdatedDate,
  };
}

function offerOf(listing: StandInListing, marketplaceId: string): object[] {
  const price = ourPriceOf(listing, marketplaceId);
  const currencyCode = marketplaceById(marketplaceId)?.currencyCode ?? 'USD';

  if (price === undefined) {
    return [];
  }

  return [
    {
      marketplaceId,
      offerType: 'B2C',
      price: { currencyCode, amount: formatAmount(price, currencyCode) },
      audience: { value: 'ALL', displayName: 'Sell on Amazon' },
    },
  ];
}

function attributesIn(listing: StandInListing, marketplaceIds: readonly string[]): object {
  const selected: Record<string, JsonObject[]> = {};

  for (const [name, values] of Object.entries(listing.attributes)) {
    selected[name] = values.filter(
      (value) =>
        value.marketplace_id === undefined || marketplaceIds.includes(String(value.marketplace_id)),
    );
  }

  return selected;
}

function channelCodeOf(listing: StandInListing): string {
  const entry = listing.attributes.fulfillment_availability?.[0];
  return String(entry?.fulfillment_channel_code ?? 'DEFAULT');
}
