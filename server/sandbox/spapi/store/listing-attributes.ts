import type { JsonObject, JsonValue } from '../derive/derived-model.ts';
import type { StandInListing } from './world.ts';

/**
 * Reading and writing the few listing attributes the stand-in understands. Prices live where
 * Amazon keeps them: `purchasable_offer[].our_price[0].schedule[0].value_with_tax`.
 */

export interface PriceSettings {
  marketplaceId: string;
  currencyCode: string;
  price: number;
  minimumPrice?: number;
  maximumPrice?: number;
}

export function buildPurchasableOffer(settings: PriceSettings): JsonObject {
  const offer: JsonObject = {
    marketplace_id: settings.marketplaceId,
    currency: settings.currencyCode,
    audience: 'ALL',
    our_price: [schedule(settings.price)],
  };

  if (settings.minimumPrice !== undefined) {
    offer.minimum_seller_allowed_price = [schedule(settings.minimumPrice)];
  }

  if (settings.maximumPrice !== undefined) {
    offer.maximum_seller_allowed_price = [schedule(settings.maximumPrice)];
  }

  return offer;
}

/** The offer sold to everyone (audience ALL) in one marketplace. */
export function purchasableOfferOf(
  listing: StandInListing,
  marketplaceId: string,
): JsonObject | undefined {
  return listing.attributes.purchasable_offer?.find(
    (offer) => offer.marketplace_id === marketplaceId && (offer.audience ?? 'ALL') === 'ALL',
  );
}

export function ourPriceOf(listing: StandInListing, marketplaceId: string): number | undefined {
  return scheduledValue(purchasableOfferOf(listing, marketplaceId)?.our_price);
}

export function priceLimitsOf(
  listing: StandInListing,
  marketplaceId: string,
): { minimum?: number; maximum?: number } {
  const offer = purchasableOfferOf(listing, marketplaceId);

  return {
    minimum: scheduledValue(offer?.minimum_seller_allowed_price),
    maximum: scheduledValue(offer?.maximum_seller_allowed_price),
  };
}

/** The merchant-fulfilled stock (`DEFAULT` channel); undefined for FBA listings. */
export function merchantQuantityOf(listing: StandInListing): number | undefined {
  const entry = listing.attributes.fulfillment_availability?.find(
    (availability) => availability.fulfillment_channel_code === 'DEFAULT',
  );

  return typeof entry?.quantity === 'number' ? entry.quantity : undefined;
}

export function scheduledValue(priceAttribute: JsonValue | undefined): number | undefined {
  const first = Array.isArray(priceAttribute) ? priceAttribute[0] : undefined;
  const schedules = isObject(first) ? first.schedule : undefined;
  const entry = Array.isArray(schedules) ? schedules[0] : undefined;
  const value = isObject(entry) ? entry.value_with_tax : undefined;

  return typeof value === 'number' ? value : undefined;
}

function schedule(value: number): JsonObject {
  return { schedule: [{ value_with_tax: value }] };
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
