import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ShipentegraCarriersResponseSchema,
  ShipentegraFailureSchema,
  type ShipentegraQuote,
  ShipentegraQuotesResponseSchema,
} from '../../server/shipentegra/contract.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

describe('Shipentegra stand-in: quotes and carriers', () => {
  let harness: ShipentegraHarness;
  let token: string;

  const quote = async (country: string, kgDesi: number) => {
    const body = { country, kgDesi, isAmazonShipment: 1 };
    const response = await harness.call({
      method: 'POST',
      path: '/v1/tools/calculate/all',
      token,
      body,
    });
    expect(response.status).toBe(200);

    return ShipentegraQuotesResponseSchema.parse(response.json).data;
  };

  beforeAll(async () => {
    harness = await startShipentegraHarness();
    token = await harness.signIn();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('quotes every service that serves the US, cheapest first', async () => {
    const quotes = await quote('US', 1.2);
    const names = quotes.prices.map((price) => price.serviceName);
    const totals = quotes.prices.map((price) => price.totalPriceWithAdditionalFee);

    expect(names).toEqual(
      expect.arrayContaining([
        'shipentegra-express',
        'shipentegra-eco',
        'shipentegra-amerika-eko',
        'ups-express-saver',
        'fedex-priority',
        'dhl-ecommerce',
        'usps-ground-advantage',
      ]),
    );
    expect(names).not.toContain('shipentegra-avrupa-eko');
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(quotes.bestCarrier).toBe(names[0]);
  });

  it('serves regional services only in their region', async () => {
    const names = (await quote('DE', 1)).prices.map((price) => price.serviceName);

    expect(names).toContain('shipentegra-avrupa-eko');
    expect(names).not.toContain('shipentegra-amerika-eko');
    expect(names).not.toContain('usps-ground-advantage');
  });

  it('hides the transit time in the HTML description, and leaves it out for one service', async () => {
    const { prices } = await quote('US', 1.2);
    const withoutDescription = prices.filter((price) => !price.additionalDescription);

    expect(withoutDescription.map((price) => price.serviceName)).toEqual(['fedex-priority']);

    for (const price of prices.filter((entry) => entry.additionalDescription)) {
      expect(price.additionalDescription).toMatch(/<p>.*\d+-\d+ iş günü/);
    }
  });

  it('prices deterministically, adding up and growing with weight', async () => {
    const first = await quote('US', 1.2);
    const again = await quote('US', 1.2);
    const heavier = await quote('US', 5);
    const express = (prices: ShipentegraQuote[]) => {
      return prices.find((price) => price.serviceName === 'shipentegra-express');
    };

    expect(again.prices).toEqual(first.prices);
    expect(again.uniqueCode).toBe(first.uniqueCode);
    expect(express(heavier.prices)?.totalPrice).toBeGreaterThan(
      express(first.prices)?.totalPrice ?? 0,
    );

    for (const price of first.prices) {
      expect(price.currency).toBe('USD');
      expect(price.totalPrice).toBeCloseTo(price.cargoPrice + price.fuelCost, 2);
      expect(price.totalPriceWithAdditionalFee).toBeCloseTo(
        price.totalPrice + (price.additionalFee ?? 0),
        2,
      );
    }
  });

  it('rejects a bad quote request field by field, in Turkish when asked', async () => {
    const response = await harness.call({
      method: 'POST',
      path: '/v1/tools/calculate/all',
      token,
      body: { country: 'USA', kgDesi: -1 },
      language: 'tr',
    });

    const failure = ShipentegraFailureSchema.parse(response.json);
    expect(response.status).toBe(400);
    expect(failure.data.map((item) => item.message)).toEqual(['ERR.22010.1003', 'ERR.22010.1004']);
    expect(failure.data[0]?.description).toBe('country en fazla 2 karakter olabilir.');
  });

  it('lists carriers with the label endpoint and specialService of each quoted service', async () => {
    const response = await harness.call({ path: '/v1/users/carriers', token });
    const carriers = ShipentegraCarriersResponseSchema.parse(response.json).data;
    const { prices } = await quote('US', 1.2);
    const ups = carriers.find((carrier) => carrier.value === 'ups-express-saver');

    expect(response.status).toBe(200);
    expect(carriers.map((carrier) => carrier.value)).toEqual(
      expect.arrayContaining(prices.map((price) => price.serviceName)),
    );
    expect(ups?.info).toEqual({
      url: '/logistics/labels/shipentegra/ups',
      specialService: 'ups-express-saver',
    });
  });
});
