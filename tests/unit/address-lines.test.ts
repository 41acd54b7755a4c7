import { describe, expect, it } from 'vitest';
import { fitAddressLines } from '../../server/shipping/address-lines.ts';

const NONE = { address1: null, address2: null, address3: null };

describe('fitAddressLines (Shipentegra takes 35 characters a line)', () => {
  it('keeps lines that already fit exactly as the buyer wrote them', () => {
    const result = fitAddressLines({
      ...NONE,
      address1: '1600 Amphitheatre Pkwy',
      address2: 'Apt 4',
    });

    expect(result).toEqual({ isFitting: true, lines: ['1600 Amphitheatre Pkwy', 'Apt 4'] });
  });

  it('accepts a line of exactly 35 characters and squeezes stray whitespace', () => {
    const exact = `${'a'.repeat(10)} ${'b'.repeat(24)}`;
    const result = fitAddressLines({ ...NONE, address1: `  ${exact.replace(' ', '\t ')}  ` });

    expect(exact).toHaveLength(35);
    expect(result).toEqual({ isFitting: true, lines: [exact] });
  });

  it('wraps a long first line at word boundaries into the second', () => {
    const address1 = 'Caferağa Mahallesi Moda Caddesi Numara 12 Daire 4';
    const result = fitAddressLines({ ...NONE, address1 });

    expect(result).toEqual({
      isFitting: true,
      lines: ['Caferağa Mahallesi Moda Caddesi', 'Numara 12 Daire 4'],
    });
  });

  it('never cuts a word and never loses one when rewrapping', () => {
    const address1 = 'Flat 21 Kensington Court Gardens West';
    const address2 = 'Off High Street';
    const result = fitAddressLines({ ...NONE, address1, address2 });

    expect(result.isFitting).toBe(true);

    if (result.isFitting) {
      expect(result.lines.join(' ')).toBe(`${address1} ${address2}`);
      expect(result.lines.every((line) => line.length <= 35)).toBe(true);
      expect(result.lines).toHaveLength(2);
    }
  });

  it('uses a third line only when Amazon gave one', () => {
    const words = 'Building Seven Floor Three Suite 300 Riverside Business Park Gate B Entrance';
    const twoLines = fitAddressLines({ ...NONE, address1: words });
    const threeLines = fitAddressLines({ address1: words, address2: null, address3: 'Dock 2' });

    expect(twoLines).toMatchObject({ isFitting: false, problem: { code: 'ADDRESS_TOO_LONG' } });
    expect(threeLines).toMatchObject({ isFitting: true });

    if (threeLines.isFitting) {
      expect(threeLines.lines).toHaveLength(3);
      expect(threeLines.lines.at(-1)).toMatch(/Dock 2$/);
    }
  });

  it('refuses a word longer than a line, naming the field it is in', () => {
    const result = fitAddressLines({
      ...NONE,
      address1: '12 Main St',
      address2: 'c/o-Pneumonoultramicroscopicsilicovolcano',
    });

    expect(result).toMatchObject({
      isFitting: false,
      problem: { field: 'recipient.address2', code: 'ADDRESS_WORD_TOO_LONG' },
    });
  });

  it('refuses an address too long for the lines, naming where it overflows', () => {
    const address1 = 'Apartment 1204 North Tower Residences';
    const address2 = 'Lakeshore Boulevard West Extension Road Number 2250';
    const result = fitAddressLines({ ...NONE, address1, address2 });

    expect(result).toMatchObject({
      isFitting: false,
      problem: { field: 'recipient.address2', code: 'ADDRESS_TOO_LONG' },
    });
  });

  it('counts Turkish letters once, however they were composed', () => {
    const decomposed = `I\u0307${'ş'.repeat(34)}`;
    const result = fitAddressLines({ ...NONE, address1: decomposed });

    expect(decomposed.length).toBe(36);
    expect(result).toEqual({ isFitting: true, lines: [`İ${'ş'.repeat(34)}`] });
  });

  it('refuses an address with no street line at all', () => {
    const result = fitAddressLines({ address1: '  ', address2: null, address3: undefined });

    expect(result).toMatchObject({
      isFitting: false,
      problem: { field: 'recipient.address1', code: 'RECIPIENT_FIELD_MISSING' },
    });
  });

  it('moves a blank first line’s text up rather than sending an empty line', () => {
    const result = fitAddressLines({ address1: '', address2: '5 Rue de Rivoli', address3: null });

    expect(result).toEqual({ isFitting: true, lines: ['5 Rue de Rivoli'] });
  });
});
