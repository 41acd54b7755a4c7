import { marketplaceById } from '../demo/marketplaces.ts';
import type { JsonObject } from '../derive/derived-model.ts';
import { scheduledValue } from './listing-attributes.ts';
import type { ListingAttributes, ListingIssue } from './listing-patches.ts';

/**
 * The checks Amazon runs on the attributes the stand-in understands. A listing that fails
 * them is answered with status INVALID and these issues, and nothing changes.
 */
export function checkListingAttributes(
  marketplaceIds: readonly string[],
  attributes: ListingAttributes,
): ListingIssue[] {
  return [
    ...(attributes.purchasable_offer ?? []).flatMap((offer) => checkOffer(marketplaceIds, offer)),
    ...(attributes.fulfillment_availability ?? []).flatMap(checkAvailability),
  ];
}

function checkOffer(marketplaceIds: readonly string[], offer: JsonObject): ListingIssue[] {
  const marketplaceId = String(offer.marketplace_id ?? '');
  const marketplace = marketplaceById(marketplaceId);
  const issue = (code: string, message: string) => ({
    code,
    message,
    attributeNames: ['purchasable_offer'],
  });

  if (!marketplace || !marketplaceIds.includes(marketplaceId)) {
    return [
      issue('UNKNOWN_MARKETPLACE', `The listing is not offered in marketplace ${marketplaceId}.`),
    ];
  }

  if (offer.currency !== marketplace.currencyCode) {
    return [
      issue(
        'CURRENCY_MISMATCH',
        `Prices in ${marketplace.name} must be in ${marketplace.currencyCode}.`,
      ),
    ];
  }

  const price = scheduledValue(offer.our_price);
  const minimum = scheduledValue(offer.minimum_seller_allowed_price);
  const maximum = scheduledValue(offer.maximum_seller_allowed_price);

  if (price === undefined || !(price > 0)) {
    return [issue('INVALID_PRICE', 'our_price needs a positive value_with_tax.')];
  }

  if ((minimum !== undefined && price < minimum) || (maximum !== undefined && price > maximum)) {
    return [
      issue('PRICE_OUT_OF_BOUNDS', `The price ${price} is outside the seller's allowed range.`),
    ];
  }

  return [];
}

function checkAvailability(entry: JsonObject): ListingIssue[] {
  const quantity = entry.quantity;

  if (quantity === undefined || (Number.isInteger(quantity) && Number(quantity) >= 0)) {
    return [];
  }

  return [
    {
      code: 'INVALID_QUANTITY',
      message: 'fulfillment_availability quantity must be a whole number of at least 0.',
      attributeNames: ['fulfillment_availability'],
    },
  ];
}
