import { describe, expect, it } from 'vitest';
import type { OrderRecipient } from '../../server/shipping/order-recipient.ts';
import {
  checkRecipient,
  type RecipientCheckInput,
} from '../../server/shipping/recipient-preconditions.ts';

const US_BUYER: OrderRecipient = {
  name: 'Jane Doe',
  companyName: null,
  address1: '350 Fifth Avenue',
  address2: 'Suite 2100',
  address3: null,
  city: 'New York',
  districtOrCounty: null,
  stateOrRegion: 'NY',
  postalCode: '10118',
  countryCode: 'US',
  phone: null,
  email: null,
};

const DE_BUYER: OrderRecipient = {
  ...US_BUYER,
  address1: 'Unter den Linden 77',
  address2: null,
  city: 'Berlin',
  stateOrRegion: null,
  postalCode: '10117',
  countryCode: 'DE',
};

function input(changes: Partial<RecipientCheckInput> = {}): RecipientCheckInput {
  return {
    recipient: US_BUYER,
    goodsValue: { amount: '49.80', currencyCode: 'USD' },
    amazonIossNumber: null,
    sellerIossNumber: null,
    ...changes,
  };
}

function codesOf(changes: Partial<RecipientCheckInput>): string[] {
  return checkRecipient(input(changes)).problems.map(
    (problem) => `${problem.code} ${problem.field}`,
  );
}

describe('checkRecipient', () => {
  it('passes a complete US address and returns the lines to send', () => {
    expect(checkRecipient(input())).toEqual({
      problems: [],
      addressLines: ['350 Fifth Avenue', 'Suite 2100'],
      iossNumber: null,
    });
  });

  it('needs a state for the US and Canada, and only there', () => {
    const us = { ...US_BUYER, stateOrRegion: ' ' };
    const canada = { ...US_BUYER, countryCode: 'CA', stateOrRegion: null };
    const britain = { ...US_BUYER, countryCode: 'GB', stateOrRegion: null };

    expect(codesOf({ recipient: us })).toEqual(['STATE_REQUIRED recipient.stateOrRegion']);
    expect(codesOf({ recipient: canada })).toEqual(['STATE_REQUIRED recipient.stateOrRegion']);
    expect(codesOf({ recipient: britain })).toEqual([]);
  });

  it('holds the name to 2..50 and the city to 2..35 characters', () => {
    const tooShort = { ...US_BUYER, name: 'J', city: 'X' };
    const tooLong = { ...US_BUYER, name: 'N'.repeat(51), city: 'C'.repeat(36) };
    const atLimits = { ...US_BUYER, name: 'N'.repeat(50), city: 'C'.repeat(35) };

    for (const recipient of [tooShort, tooLong]) {
      expect(codesOf({ recipient })).toEqual([
        'RECIPIENT_NAME_LENGTH recipient.name',
        'RECIPIENT_CITY_LENGTH recipient.city',
      ]);
    }

    expect(codesOf({ recipient: atLimits })).toEqual([]);
    expect(codesOf({ recipient: { ...US_BUYER, name: null } })).toEqual([
      'RECIPIENT_NAME_LENGTH recipient.name',
    ]);
  });

  it('reports an address that cannot be fitted with the others', () => {
    const recipient = { ...US_BUYER, address1: 'x'.repeat(36), stateOrRegion: null };

    expect(codesOf({ recipient })).toEqual([
      'ADDRESS_WORD_TOO_LONG recipient.address1',
      'STATE_REQUIRED recipient.stateOrRegion',
    ]);
  });

  it('refuses an address without a country', () => {
    expect(codesOf({ recipient: { ...US_BUYER, countryCode: '' } })).toEqual([
      'RECIPIENT_FIELD_MISSING recipient.countryCode',
    ]);
  });
});

describe('checkRecipient: IOSS for EU parcels up to €150', () => {
  const euros = (amount: string) => ({ amount, currencyCode: 'EUR' });

  it('asks for an IOSS number for an EU parcel worth €150 or less', () => {
    for (const amount of ['12.00', '150.00', '150']) {
      expect(codesOf({ recipient: DE_BUYER, goodsValue: euros(amount) })).toEqual([
        'IOSS_REQUIRED settings.iossNumber',
      ]);
    }
  });

  it('does not ask above €150, where VAT is paid at customs', () => {
    const result = checkRecipient(input({ recipient: DE_BUYER, goodsValue: euros('150.01') }));

    expect(result.problems).toEqual([]);
    expect(result.iossNumber).toBeNull();
  });

  it('does not ask outside the EU (Britain, Switzerland, Norway, the US)', () => {
    for (const countryCode of ['GB', 'CH', 'NO', 'US']) {
      const recipient = { ...DE_BUYER, countryCode, stateOrRegion: 'NY' };

      expect(codesOf({ recipient, goodsValue: euros('20.00') })).toEqual([]);
    }
  });

  it('uses Amazon’s IOSS number first, then the seller’s', () => {
    const base = { recipient: DE_BUYER, goodsValue: euros('35.00') };
    const both = { ...base, amazonIossNumber: 'IM4420001201', sellerIossNumber: 'IM7920000001' };
    const sellerOnly = { ...base, sellerIossNumber: 'IM7920000001' };

    expect(checkRecipient(input(both)).iossNumber).toBe('IM4420001201');
    expect(checkRecipient(input(sellerOnly)).iossNumber).toBe('IM7920000001');
  });

  it('counts a value it cannot compare in euros as needing IOSS', () => {
    const sweden = { ...DE_BUYER, countryCode: 'SE' };

    expect(
      codesOf({ recipient: sweden, goodsValue: { amount: '900.00', currencyCode: 'SEK' } }),
    ).toEqual(['IOSS_REQUIRED settings.iossNumber']);
    expect(codesOf({ recipient: DE_BUYER, goodsValue: null })).toEqual([
      'IOSS_REQUIRED settings.iossNumber',
    ]);
  });
});

// Issue #5: Amazon's IOSS number is its judgement of the €150 ceiling, never overruled by ours.
describe('checkRecipient: whose IOSS number goes on the parcel', () => {
  const AMAZON_IOSS = 'IM4420001201';
  const SELLER_IOSS = 'IM7920000001';
  const euros = (amount: string) => ({ amount, currencyCode: 'EUR' });
  const FRANCE_BUYER = { ...DE_BUYER, city: 'Paris', postalCode: '75001', countryCode: 'FR' };

  it('declares Amazon’s number into the EU even when our own sum is over €150', () => {
    for (const goodsValue of [euros('150.01'), euros('899.00'), null]) {
      const result = checkRecipient(
        input({
          recipient: FRANCE_BUYER,
          goodsValue,
          amazonIossNumber: AMAZON_IOSS,
          sellerIossNumber: SELLER_IOSS,
        }),
      );

      expect(result).toMatchObject({ problems: [], iossNumber: AMAZON_IOSS });
    }
  });

  it('declares no number outside the EU, even one Amazon gave', () => {
    const britain = { ...DE_BUYER, countryCode: 'GB' };
    const result = checkRecipient(
      input({
        recipient: britain,
        goodsValue: euros('20.00'),
        amazonIossNumber: AMAZON_IOSS,
        sellerIossNumber: SELLER_IOSS,
      }),
    );

    expect(result).toMatchObject({ problems: [], iossNumber: null });
  });

  it('declares the seller’s number into the EU up to €150 when Amazon gave none', () => {
    const result = checkRecipient(
      input({ recipient: DE_BUYER, goodsValue: euros('150.00'), sellerIossNumber: SELLER_IOSS }),
    );

    expect(result).toMatchObject({ problems: [], iossNumber: SELLER_IOSS });
  });

  it('names the IOSS setting as the problem when neither Amazon nor the seller has a number', () => {
    const result = checkRecipient(input({ recipient: DE_BUYER, goodsValue: euros('99.90') }));

    expect(result.addressLines).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'settings.iossNumber', code: 'IOSS_REQUIRED' }),
    ]);
  });

  it('declares no number into the EU above €150 when Amazon gave none', () => {
    const result = checkRecipient(
      input({ recipient: DE_BUYER, goodsValue: euros('150.01'), sellerIossNumber: SELLER_IOSS }),
    );

    expect(result).toMatchObject({ problems: [], iossNumber: null });
  });
});
