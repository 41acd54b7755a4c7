import { describe, expect, it } from 'vitest';
import { computeKgDesi } from '../../server/shipentegra/billable-weight.ts';
import type { ShipentegraQuote } from '../../server/shipentegra/contract.ts';
import { compareDecimals, toDecimalString } from '../../server/shipentegra/decimal-amount.ts';
import { normaliseQuotes } from '../../server/shipentegra/quotes.ts';

function price(
  serviceName: string,
  total: number,
  days?: string,
  currency = 'USD',
): ShipentegraQuote {
  return {
    serviceName,
    clearServiceName: serviceName.toUpperCase(),
    serviceType: 'ECO',
    cargoPrice: total,
    fuelCost: 0,
    totalPrice: total,
    currency,
    additionalFee: 0,
    totalPriceWithAdditionalFee: total,
    additionalDescription: days,
  };
}

function flagged(quotes: ReturnType<typeof normaliseQuotes>) {
  return {
    cheapest: quotes.filter((quote) => quote.isCheapest).map((quote) => quote.serviceName),
    fastest: quotes.filter((quote) => quote.isFastest).map((quote) => quote.serviceName),
  };
}

describe('normaliseQuotes', () => {
  it('marks the cheapest by exact price and the fastest by worst-case days', () => {
    const quotes = normaliseQuotes([
      price('a', 10.1, '5-9 gün'),
      price('b', 10.09, '8-14 iş günü'),
      price('c', 25, '1-6 days'),
      price('d', 19.5, '2-4 business days'),
    ]);

    expect(flagged(quotes)).toEqual({ cheapest: ['b'], fastest: ['d'] });
    expect(quotes.map((quote) => quote.totalPrice)).toEqual(['10.10', '10.09', '25.00', '19.50']);
  });

  it('gives a tie on days to the cheaper service and a tie on price to the first', () => {
    const quotes = normaliseQuotes([
      price('a', 12, '3-5 days'),
      price('b', 11.99, '2-5 days'),
      price('c', 11.99, '9 days'),
    ]);

    expect(flagged(quotes)).toEqual({ cheapest: ['b'], fastest: ['b'] });
  });

  it('marks no fastest when no service states its days', () => {
    const quotes = normaliseQuotes([price('a', 5), price('b', 6, '<p>Gümrük dahil</p>')]);

    expect(flagged(quotes)).toEqual({ cheapest: ['a'], fastest: [] });
    expect(quotes[0]?.transitDays).toBeNull();
  });

  it('ranks prices only within the first quote’s currency', () => {
    const quotes = normaliseQuotes([price('a', 9, '3 days'), price('b', 1, '2 days', 'EUR')]);

    expect(flagged(quotes).cheapest).toEqual(['a']);
  });

  it('answers an empty list for no services', () => {
    expect(normaliseQuotes([])).toEqual([]);
  });
});

describe('decimal amounts', () => {
  it('write numbers as the decimals they were sent as', () => {
    expect(toDecimalString(12.35)).toBe('12.35');
    expect(toDecimalString(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(toDecimalString(7)).toBe('7.00');
    expect(toDecimalString(7.5)).toBe('7.50');
    expect(toDecimalString(1e-7)).toBe('0.0000001');
  });

  it('compare digit by digit', () => {
    expect(compareDecimals('10.10', '10.1')).toBe(0);
    expect(compareDecimals('10.09', '10.1')).toBe(-1);
    expect(compareDecimals('100.00', '99.999')).toBe(1);
    expect(compareDecimals('-1.5', '1.5')).toBe(-1);
    expect(() => compareDecimals('1e3', '1')).toThrow(RangeError);
  });
});

describe('computeKgDesi', () => {
  it('bills the larger of actual and volumetric weight', () => {
    expect(computeKgDesi({ weightKg: 0.4, lengthCm: 20, widthCm: 15, heightCm: 5 })).toBe(0.4);
    expect(computeKgDesi({ weightKg: 0.4, lengthCm: 40, widthCm: 30, heightCm: 20 })).toBe(4.8);
    expect(computeKgDesi({ weightKg: 0.1, lengthCm: 7, widthCm: 7, heightCm: 7 })).toBe(0.1);
    expect(computeKgDesi({ weightKg: 0, lengthCm: 11, widthCm: 13, heightCm: 17 })).toBe(0.486);
  });
});
