import { ourPriceOf } from '../store/listing-attributes.ts';
import type { CompetitorOffer } from '../store/world.ts';
import type { OperationContext } from './operation-context.ts';

export interface MarketOffer extends CompetitorOffer {
  isMine: boolean;
  landedPrice: number;
}

/**
 * Every offer on an ASIN in one marketplace, the caller's own included, cheapest landed price
 * first; the first one holds the Buy Box. Undefined when nobody sells the ASIN there.
 */
export function collectMarketOffers(
  context: OperationContext,
  marketplaceId: string,
  asin: string,
): MarketOffer[] | undefined {
  const sellerId = context.seller.sellingPartnerId;
  const competitors = context.store.competitorOffers(marketplaceId, asin);
  const mine = context.store
    .listListings(sellerId)
    .find((listing) => listing.asin === asin && listing.marketplaceIds.includes(marketplaceId));
  const myPrice = mine ? ourPriceOf(mine, marketplaceId) : undefined;
  const isFba = mine?.fulfillmentChannel === 'AFN';

  const offers: MarketOffer[] = competitors.map((offer) => ({
    ...offer,
    isMine: false,
    landedPrice: offer.price + offer.shipping,
  }));

  if (myPrice !== undefined) {
    offers.push({
      sellerId,
      price: myPrice,
      shipping: 0,
      isFulfilledByAmazon: isFba,
      isPrime: isFba,
      feedbackCount: 1250,
      positiveFeedbackPercent: 98,
      isMine: true,
      landedPrice: myPrice,
    });
  }

  return offers.length === 0 ? undefined : offers.sort((a, b) => a.landedPrice - b.landedPrice);
}
