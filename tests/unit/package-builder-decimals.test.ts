import { describe, expect, it } from 'vitest';
import {
  compareDecimals,
  formatScaled,
  sumDecimals,
  toScaled,
} from '../../server/shipping/exact-decimal.ts';

describe('exact decimals', () => {
  it('adds money without float drift', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['19.99', '0.01', '130.005'])).toBe('150.005');
    expect(sumDecimals([])).toBe('0.00');
  });

  it('compares across different numbers of places', () => {
    expect(compareDecimals('150', '150.00')).toBe(0);
    expect(compareDecimals('150.01', '150')).toBe(1);
    expect(compareDecimals('99.9', '100')).toBe(-1);
  });

  it('scales and formats back', () => {
    expect(toScaled('12.5', 2)).toBe(1250n);
    expect(formatScaled(62n, 3)).toBe('0.062');
    expect(formatScaled(7n, 0)).toBe('7');
  });

  it('refuses what is not a plain decimal rather than rounding it', () => {
    expect(() => toScaled('1e3', 2)).toThrow(RangeError);
    expect(() => toScaled('-1', 2)).toThrow(RangeError);
    expect(() => toScaled('1.005', 2)).toThrow(RangeError);
    expect(toScaled('1.500', 2)).toBe(150n);
  });
});
