import { marketplaceById } from '../demo/marketplaces.ts';
import { collectMarketOffers, type MarketOffer } from './market-offers.ts';
import type { OperationContext, OperationResult } from './operation-context.ts';

interface CompetitiveSummaryRequest {
  asin: string;
  marketplaceId: string;
  includedData: string[];
  lowestPricedOffersInputs?: { itemCondition: string; offerType: string }[];
}

const ASIN = /^[A-Z0-9]{10}$/;

/** Product Pricing 2022-05-01 getCompetitiveSummary: featured offer, lowest offers, references. */
export function getCompetitiveSummary(context: OperationContext): OperationResult {
  const { requests } = context.request.body as { requests: CompetitiveSummaryRequest[] };

  return { status: 200, body: { responses: requests.map((request) => answer(context, request)) } };
}

function answer(context: OperationContext, request: CompetitiveSummaryRequest): object {
  const { asin, marketplaceId } = request;
  const failure = (statusCode: number, reasonPhrase: string, code: string, message: string) => ({
    status: { statusCode, reasonPhrase },
    body: { asin, marketplaceId, errors: [{ code, message }] },
  });

  if (!ASIN.test(asin)) {
    return failure(400, 'Bad Request', 'INVALID_ASIN', `${asin} is not a valid ASIN`);
  }

  const offers = collectMarketOffers(context, marketplaceId, asin);
  const currencyCode = marketplaceById(marketplaceId)?.currencyCode;

  if (!offers || !currencyCode) {
    return failure(404, 'Not Found', 'NOT_FOUND', `No offers for ${asin} in ${marketplaceId}`);
  }

  const price = (amount: number) => ({ amount, currencyCode });
  const toOffer = (offer: MarketOffer) => ({
    sellerId: offer.sellerId,
    condition: 'New',
    subCondition: 'New',
    fulfillmentType: offer.isFulfilledByAmazon ? 'AFN' : 'MFN',
    listingPrice: price(offer.price),
    shippingOptions: [{ shippingOptionType: 'DEFAULT', price: price(offer.shipping) }],
    primeDetails: { eligibility: offer.isPrime ? 'NATIONAL' : 'NONE' },
  });
  const included = new Set(request.includedData);
  const newInputs = (
    request.lowestPricedOffersInputs ?? [{ itemCondition: 'New', offerType: 'Consumer' }]
  ).filter((input) => input.itemCondition === 'New');
  const winner = offers[0] as MarketOffer;
  const average = offers.reduce((sum, offer) => sum + offer.landedPrice, 0) / offers.length;

  return {
    status: { statusCode: 200, reasonPhrase: 'Success' },
    body: {
      asin,
      marketplaceId,
      ...(included.has('featuredBuyingOptions')
        ? {
            featuredBuyingOptions: [
              {
                buyingOptionType: 'New',
                segmentedFeaturedOffers: [
                  {
                    ...toOffer(winner),
                    featuredOfferSegments: [
                      {
                        customerMembership: 'PRIME',
                        segmentDetails: { glanceViewWeightPercentage: 70 },
                      },
                      {
                        customerMembership: 'NON_PRIME',
                        segmentDetails: { glanceViewWeightPercentage: 30 },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
      // Only New offers exist in the stand-in: other conditions have no entry to report.
      ...(included.has('lowestPricedOffers') && newInputs.length > 0
        ? {
            lowestPricedOffers: newInputs.map((input) => ({
              lowestPricedOffersInput: input,
              offers: offers.slice(0, 20).map(toOffer),
            })),
          }
        : {}),
      ...(included.has('referencePrices')
        ? {
            referencePrices: [
              { name: 'CompetitivePriceThreshold', price: price(Math.round(average * 95) / 100) },
              { name: 'WasPrice', price: price(Math.round(average * 110) / 100) },
            ],
          }
        : {}),
    },
  };
}
