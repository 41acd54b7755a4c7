import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { priceService } from '../../server/sandbox/shipentegra/pricing-table.ts';
import { STAND_IN_SERVICES } from '../../server/sandbox/shipentegra/services.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { createCarrierListCache } from '../../server/shipentegra/carriers.ts';
import { compareDecimals } from '../../server/shipentegra/decimal-amount.ts';
import { InvalidShipentegraRequestError } from '../../server/shipentegra/invalid-request.ts';
import { classifyShipentegraRefusal } from '../../server/shipentegra/refusal-reasons.ts';
import { createShipentegraTokenCache } from '../../server/shipentegra/shipentegra-auth.ts';
import { createShipentegraClient } from '../../server/shipentegra/shipentegra-client.ts';
import { ShipentegraError } from '../../server/shipentegra/shipentegra-errors.ts';
import { createShipentegraHttp } from '../../server/shipentegra/shipentegra-http.ts';
import { ShippingQuoteSchema } from '../../shared/api/quotes.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

let harness: ShipentegraHarness;

beforeAll(async () => {
  harness = await startShipentegraHarness({ timeScale: 1 }, { keepAlive: false });
});

afterAll(() => harness.close());

afterEach(() => {
  harness.standIn.faults.clear();
});

function clientFor(tenantId = 'tenant-a', tokens = createShipentegraTokenCache()) {
  const { clientId, clientSecret } = SHIPENTEGRA_DEMO_ACCOUNT;

  return createShipentegraClient({
    http: createShipentegraHttp({ agent: harness.agent, timeoutMs: 2_000 }),
    agent: harness.agent,
    tokens,
    tenantId,
    credentials: { clientId, clientSecret },
  });
}

function callsTo(path: string) {
  return harness.standIn.requests.filter((request) => request.path === path).length;
}

describe('quote', () => {
  it('lists every service with an exact price, days, and one cheapest and one fastest', async () => {
    const quotes = await clientFor().quote({ country: 'US', kgDesi: 1.2, isAmazonShipment: true });

    expect(quotes.length).toBeGreaterThan(3);
    expect(quotes.every((quote) => ShippingQuoteSchema.safeParse(quote).success)).toBe(true);
    expect(quotes.filter((quote) => quote.isCheapest)).toHaveLength(1);
    expect(quotes.filter((quote) => quote.isFastest)).toHaveLength(1);

    const cheapest = quotes.find((quote) => quote.isCheapest);
    const fastest = quotes.find((quote) => quote.isFastest);

    for (const quote of quotes) {
      expect(compareDecimals(cheapest?.totalPrice ?? '', quote.totalPrice)).toBeLessThanOrEqual(0);
    }

    expect(fastest?.serviceName).toBe('ups-express-saver');
    expect(fastest?.transitDays).toEqual({ min: 2, max: 4 });
    expect(quotes.find((quote) => quote.serviceName === 'shipentegra-express')).toMatchObject({
      displayName: 'ShipEntegra Express',
      serviceType: 'EXPRESS',
      currency: 'USD',
      transitDays: { min: 3, max: 6 },
    });
  });

  it('shows a service without an estimate with null days, never as fastest', async () => {
    const quotes = await clientFor().quote({ country: 'US', kgDesi: 1, isAmazonShipment: true });
    const fedex = quotes.find((quote) => quote.serviceName === 'fedex-priority');

    expect(fedex).toMatchObject({ transitDays: null, isFastest: false });
  });

  it('quotes the price charged for the label, additional fees included', async () => {
    const quotes = await clientFor().quote({ country: 'US', kgDesi: 2, isAmazonShipment: true });
    const ups = quotes.find((quote) => quote.serviceName === 'ups-express-saver');

    const service = STAND_IN_SERVICES.find((entry) => entry.serviceName === 'ups-express-saver');
    const table = service ? priceService(service, 'US', 2) : undefined;

    // UPS carries a per-kilogram peak fee on top of its totalPrice in the stand-in's table.
    expect(table?.additionalFee).toBeGreaterThan(0);
    expect(ups?.totalPrice).toBe(table?.totalPriceWithAdditionalFee.toFixed(2));
  });

  it('refuses a weight of nothing or a country that is not a code, before calling', async () => {
    const client = clientFor();
    const before = callsTo('/v1/tools/calculate/all');

    await expect(
      client.quote({ country: 'US', kgDesi: 0, isAmazonShipment: true }),
    ).rejects.toThrow(InvalidShipentegraRequestError);
    await expect(
      client.quote({ country: 'USA', kgDesi: 1, isAmazonShipment: true }),
    ).rejects.toMatchObject({ fields: [{ field: 'country' }] });
    expect(callsTo('/v1/tools/calculate/all')).toBe(before);
  });
});

describe('listCarriers', () => {
  it('keeps the list briefly per tenant instead of asking for every label', async () => {
    const carriers = createCarrierListCache({ ttlMs: 60_000 });
    const tokens = createShipentegraTokenCache();
    const make = (tenantId: string) =>
      createShipentegraClient({
        http: createShipentegraHttp({ agent: harness.agent }),
        agent: harness.agent,
        tokens,
        tenantId,
        credentials: SHIPENTEGRA_DEMO_ACCOUNT,
        carriers,
      });
    const before = callsTo('/v1/users/carriers');

    const first = await make('tenant-a').listCarriers();
    await make('tenant-a').listCarriers();
    await make('tenant-b').listCarriers();

    expect(first.map((carrier) => carrier.value)).toContain('ups-express-saver');
    expect(callsTo('/v1/users/carriers') - before).toBe(2);
  });

  it('fetches again once the list has aged out', async () => {
    let now = 0;
    const carriers = createCarrierListCache({ ttlMs: 1_000, now: () => now });
    const client = createShipentegraClient({
      http: createShipentegraHttp({ agent: harness.agent }),
      agent: harness.agent,
      tokens: createShipentegraTokenCache(),
      tenantId: 'tenant-a',
      credentials: SHIPENTEGRA_DEMO_ACCOUNT,
      carriers,
    });
    const before = callsTo('/v1/users/carriers');

    await client.listCarriers();
    now = 1_001;
    await client.listCarriers();

    expect(callsTo('/v1/users/carriers') - before).toBe(2);
  });
});

describe('transport behaviour the client inherits', () => {
  it('surfaces a 429 with its Retry-After and leaves the retry to the caller', async () => {
    const client = clientFor();
    await client.listCarriers();
    harness.standIn.faults.rateLimit(7, { path: '/v1/tools/calculate/all', times: 1 });
    const before = callsTo('/v1/tools/calculate/all');

    const error = await client
      .quote({ country: 'US', kgDesi: 1, isAmazonShipment: true })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ShipentegraError);
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7 });
    expect(callsTo('/v1/tools/calculate/all') - before).toBe(1);
  });

  it('fetches a new token once when the old one expired early, and goes on', async () => {
    const tokens = createShipentegraTokenCache();
    const client = clientFor('tenant-expiry', tokens);
    await client.quote({ country: 'DE', kgDesi: 1, isAmazonShipment: true });
    const firstToken = tokens.get('tenant-expiry')?.accessToken;
    const tokenCalls = callsTo('/v1/auth/token');

    // The stand-in's clock passes the token's hour; our cache still believes it valid.
    harness.standIn.clock.advance(2 * 60 * 60 * 1000);
    const quotes = await client.quote({ country: 'DE', kgDesi: 1, isAmazonShipment: true });

    expect(quotes.length).toBeGreaterThan(0);
    expect(callsTo('/v1/auth/token') - tokenCalls).toBe(1);
    expect(tokens.get('tenant-expiry')?.accessToken).not.toBe(firstToken);
  });

  it('reports wrong credentials as a business refusal, not an expired token', async () => {
    const client = createShipentegraClient({
      http: createShipentegraHttp({ agent: harness.agent }),
      agent: harness.agent,
      tokens: createShipentegraTokenCache(),
      tenantId: 'tenant-wrong',
      credentials: { clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId, clientSecret: 'wrong' },
    });

    const error = await client.listCarriers().catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'business' });
    expect((error as ShipentegraError).codes[0]).toMatch(/^ERR\./);
    expect(classifyShipentegraRefusal(error as ShipentegraError)).toBe('invalid_credentials');
  });
});
