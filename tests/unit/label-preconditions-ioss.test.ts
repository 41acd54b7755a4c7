import { describe, expect, it } from 'vitest';
import { isEuCountry } from '../../server/shipping/eu-countries.ts';
import { goodsValueOf, isIossRequired } from '../../server/shipping/ioss-requirement.ts';

describe('isEuCountry', () => {
  it('knows the 27 member states by ISO code, and nothing else', () => {
    expect(['DE', 'fr', ' GR ', 'IE', 'CY', 'MT', 'SE'].every(isEuCountry)).toBe(true);
    expect(['GB', 'CH', 'NO', 'TR', 'EL', 'US', ''].some(isEuCountry)).toBe(false);
  });
});

describe('goodsValueOf', () => {
  it('adds the item subtotals exactly, shipping left out', () => {
    const items = [
      { subtotalAmount: '74.95', currencyCode: 'EUR' },
      { subtotalAmount: '75.05', currencyCode: 'EUR' },
    ];

    expect(goodsValueOf(items)).toEqual({ amount: '150.00', currencyCode: 'EUR' });
    expect(isIossRequired({ destinationCountryCode: 'FR', goodsValue: goodsValueOf(items) })).toBe(
      true,
    );
  });

  it('gives up on a missing price or mixed currencies', () => {
    expect(goodsValueOf([{ subtotalAmount: null, currencyCode: 'EUR' }])).toBeNull();
    expect(
      goodsValueOf([
        { subtotalAmount: '1.00', currencyCode: 'EUR' },
        { subtotalAmount: '1.00', currencyCode: 'USD' },
      ]),
    ).toBeNull();
    expect(goodsValueOf([])).toBeNull();
  });
});
