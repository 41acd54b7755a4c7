/**
 * Money as an exact decimal string. Shipentegra sends major units as JSON numbers (`12.35`);
 * the shortest round-trip form of such a number is exactly the decimal it was written as, so
 * it is kept as that text and compared digit by digit, never as a float.
 */
export function toDecimalString(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`not a finite amount: ${amount}`);
  }

  // Tiny or huge numbers print with an exponent; money never needs more than 8 places.
  const plain = /e/i.test(String(amount)) ? trimZeros(amount.toFixed(8)) : String(amount);
  const [whole = '0', fraction = ''] = plain.split('.');

  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareDecimals(a: string, b: string): number {
  const left = splitDecimal(a);
  const right = splitDecimal(b);
  const places = Math.max(left.fraction.length, right.fraction.length);
  const difference = scaled(left, places) - scaled(right, places);

  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

function splitDecimal(value: string) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());

  if (!match) {
    throw new RangeError(`not a decimal amount: ${value}`);
  }

  return { isNegative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
}

function scaled(parts: ReturnType<typeof splitDecimal>, places: number): bigint {
  const magnitude = BigInt(`${parts.whole}${parts.fraction.padEnd(places, '0')}`);

  return parts.isNegative ? -magnitude : magnitude;
}

function trimZeros(fixed: string): string {
  return fixed.replace(/\.?0+$/, '');
}
