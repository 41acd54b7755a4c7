import type { ShippingQuote } from '../../shared/api/quotes.ts';
import {
  type ShipentegraQuote,
  ShipentegraQuoteRequestSchema,
  ShipentegraQuotesSchema,
} from './contract.ts';
import { compareDecimals, toDecimalString } from './decimal-amount.ts';
import { checkShipentegraRequest } from './invalid-request.ts';
import type { AuthorizedShipentegra } from './shipentegra-auth.ts';
import { parseTransitDays } from './transit-time.ts';

export interface QuoteRequest {
  /** ISO 3166 alpha-2 destination. */
  country: string;
  /** Billable weight: max(actual kg, L*W*H / 5000). */
  kgDesi: number;
  /** Amazon orders get Shipentegra's Amazon terms; always true for our own label flow. */
  isAmazonShipment: boolean;
}

/** `POST /tools/calculate/all`, normalised for sellers: exact prices, days, cheapest, fastest. */
export async function requestQuotes(
  api: AuthorizedShipentegra,
  request: QuoteRequest,
): Promise<ShippingQuote[]> {
  const body = checkShipentegraRequest(ShipentegraQuoteRequestSchema, {
    country: request.country.toUpperCase(),
    kgDesi: request.kgDesi,
    isAmazonShipment: request.isAmazonShipment ? 1 : 0,
  });

  const answer = await api.send({
    method: 'POST',
    path: '/tools/calculate/all',
    body,
    data: ShipentegraQuotesSchema,
  });

  return normaliseQuotes(answer.prices);
}

export function normaliseQuotes(prices: readonly ShipentegraQuote[]): ShippingQuote[] {
  const quotes = prices.map(normaliseQuote);
  const cheapest = pickCheapest(quotes);
  const fastest = pickFastest(quotes);

  return quotes.map((quote) => ({
    ...quote,
    isCheapest: quote === cheapest,
    isFastest: quote === fastest,
  }));
}

function normaliseQuote(price: ShipentegraQuote): ShippingQuote {
  return {
    serviceName: price.serviceName,
    displayName: price.clearServiceName.trim() || price.serviceName,
    serviceType: price.serviceType,
    // The amount charged for the label includes the additional (peak, remote area) fee.
    totalPrice: toDecimalString(price.totalPriceWithAdditionalFee),
    currency: price.currency,
    transitDays: parseTransitDays(price.additionalDescription),
    isCheapest: false,
    isFastest: false,
  };
}

// Prices in different currencies cannot be ranked without a rate: only the currency of the
// first quote competes (Shipentegra has quoted one currency per request in every sample).
function pickCheapest(quotes: readonly ShippingQuote[]): ShippingQuote | undefined {
  const currency = quotes[0]?.currency;

  return quotes
    .filter((quote) => quote.currency === currency)
    .reduce<ShippingQuote | undefined>((best, quote) => {
      return best && compareDecimals(best.totalPrice, quote.totalPrice) <= 0 ? best : quote;
    }, undefined);
}

/** Lowest worst case wins: a 2-4 day service beats 1-6; equal days go to the cheaper one. */
function pickFastest(quotes: readonly ShippingQuote[]): ShippingQuote | undefined {
  const currency = quotes[0]?.currency;

  return quotes.reduce<ShippingQuote | undefined>((best, quote) => {
    if (!quote.transitDays) {
      return best;
    }

    if (!best?.transitDays) {
      return quote;
    }

    const byDays = quote.transitDays.max - best.transitDays.max;
    const isComparablePrice = quote.currency === currency && best.currency === currency;
    const byPrice = isComparablePrice ? compareDecimals(quote.totalPrice, best.totalPrice) : 0;

    return byDays < 0 || (byDays === 0 && byPrice < 0) ? quote : best;
  }, undefined);
}
