import { marketplaceById } from '../demo/marketplaces.ts';
import { collectMarketOffers, type MarketOffer } from './market-offers.ts';
import type { OperationContext, OperationResult } from './operation-context.ts';

interface ItemOffersRequest {
  uri: string;
  method: string;
  MarketplaceId: string;
  ItemCondition: string;
  CustomerType?: string;
}

const ITEM_OFFERS_URI = /^\/products\/pricing\/v0\/items\/([^/]+)\/offers$/;

/** Product Pricing v0 getItemOffersBatch: each request answered on its own, as Amazon does. */
export function getItemOffersBatch(context: OperationContext): OperationResult {
  const { requests } = context.request.body as { requests: ItemOffersRequest[] };

  return { status: 200, body: { responses: requests.map((request) => answer(context, request)) } };
}

function answer(context: OperationContext, request: ItemOffersRequest): object {
  const asin = decodeURIComponent(ITEM_OFFERS_URI.exec(request.uri)?.[1] ?? '');
  const echo = {
    MarketplaceId: request.MarketplaceId,
    ItemCondition: request.ItemCondition,
    Asin: asin,
    ...(request.CustomerType ? { CustomerType: request.CustomerType } : {}),
  };
  const failure = (statusCode: number, reasonPhrase: string, code: string, message: string) => ({
    status: { statusCode, reasonPhrase },
    body: { errors: [{ code, message }] },
    request: echo,
  });

  if (!asin || request.method !== 'GET') {
    return failure(
      400,
      'Bad Request',
      'InvalidInput',
      `Unsupported request ${request.method} ${request.uri}`,
    );
  }

  const offers = collectMarketOffers(context, request.MarketplaceId, asin);
  const currencyCode = marketplaceById(request.MarketplaceId)?.currencyCode;

  if (!offers || !currencyCode || request.ItemCondition !== 'New') {
    return failure(404, 'Not Found', 'NotFound', `No ${request.ItemCondition} offers for ${asin}.`);
  }

  return {
    status: { statusCode: 200, reasonPhrase: 'OK' },
    body: { payload: payloadOf(request, asin, offers, currencyCode) },
    request: echo,
  };
}

function payloadOf(
  request: ItemOffersRequest,
  asin: string,
  offers: MarketOffer[],
  currency: string,
): object {
  const amount = (value: number) => ({ CurrencyCode: currency, Amount: value });
  const winner = offers[0] as MarketOffer;
  const channels = (['Amazon', 'Merchant'] as const).map((channel) => ({
    channel,
    offers: offers.filter((offer) => offer.isFulfilledByAmazon === (channel === 'Amazon')),
  }));

  return {
    marketplaceId: request.MarketplaceId,
    ASIN: asin,
    ItemCondition: 'New',
    status: 'Success',
    Identifier: { MarketplaceId: request.MarketplaceId, ASIN: asin, ItemCondition: 'New' },
    Summary: {
      TotalOfferCount: offers.length,
      NumberOfOffers: channels.map(({ channel, offers: group }) => ({
        condition: 'new',
        fulfillmentChannel: channel,
        OfferCount: group.length,
      })),
      LowestPrices: channels.flatMap(({ channel, offers: group }) =>
        group[0]
          ? [
              {
                condition: 'new',
                fulfillmentChannel: channel,
                LandedPrice: amount(group[0].landedPrice),
                ListingPrice: amount(group[0].price),
                Shipping: amount(group[0].shipping),
              },
            ]
          : [],
      ),
      BuyBoxPrices: [
        {
          condition: 'New',
          LandedPrice: amount(winner.landedPrice),
          ListingPrice: amount(winner.price),
          Shipping: amount(winner.shipping),
          sellerId: winner.sellerId,
        },
      ],
    },
    Offers: offers.slice(0, 20).map((offer, index) => ({
      MyOffer: offer.isMine,
      SellerId: offer.sellerId,
      SubCondition: 'new',
      SellerFeedbackRating: {
        SellerPositiveFeedbackRating: offer.positiveFeedbackPercent,
        FeedbackCount: offer.feedbackCount,
      },
      ShippingTime: { minimumHours: 24, maximumHours: 72, availabilityType: 'NOW' },
      ListingPrice: amount(offer.price),
      Shipping: amount(offer.shipping),
      ShipsFrom: {
        Country: offer.isFulfilledByAmazon
          ? marketplaceById(request.MarketplaceId)?.countryCode
          : 'TR',
      },
      IsFulfilledByAmazon: offer.isFulfilledByAmazon,
      PrimeInformation: { IsPrime: offer.isPrime, IsNationalPrime: offer.isPrime },
      IsBuyBoxWinner: index === 0,
      IsFeaturedMerchant: offer.positiveFeedbackPercent >= 90,
    })),
  };
}
