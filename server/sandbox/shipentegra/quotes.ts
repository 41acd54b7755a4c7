import { createHash } from 'node:crypto';
import { replySuccess, type StandInReply } from './envelope.ts';
import { createFieldChecker, isRecord } from './field-checks.ts';
import { priceService } from './pricing-table.ts';
import type { RouteContext } from './router.ts';
import { isServiceAvailable, STAND_IN_SERVICES } from './services.ts';

/** `POST /v1/tools/calculate/all`: every service that serves the country, cheapest first. */
export function handleQuoteRequest(context: RouteContext): StandInReply {
  const body = isRecord(context.body) ? context.body : {};
  const checker = createFieldChecker();
  const country = checker.text(body, 'country', { min: 2, max: 2 });
  const kgDesi = checker.number(body, 'kgDesi', { min: 0.01, max: 300 });
  const isAmazonShipment = checker.optionalNumber(body, 'isAmazonShipment', { min: 0, max: 1 });
  checker.rejectIfAny();

  const destination = country.toUpperCase();
  const prices = STAND_IN_SERVICES.filter((service) =>
    isServiceAvailable(service, destination, kgDesi),
  )
    .map((service) => priceService(service, destination, kgDesi))
    .sort((a, b) => a.totalPriceWithAdditionalFee - b.totalPriceWithAdditionalFee);

  // Upstream returns a code per quote request; its purpose is unknown, so it is only stable.
  const uniqueCode = createHash('sha256')
    .update(`${destination}|${kgDesi}|${isAmazonShipment ?? 0}`)
    .digest('hex')
    .slice(0, 16);

  return replySuccess(
    { bestCarrier: prices[0]?.serviceName ?? null, uniqueCode, prices },
    context.now,
  );
}
