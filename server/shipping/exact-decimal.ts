/**
 * Decimal strings as scaled integers, so weights and money add up exactly: `0.1 + 0.2` is a
 * float's problem, not ours. Only plain non-negative decimals (`"12.50"`) are accepted.
 */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** `toScaled("12.5", 2)` is `1250n`; more places than `places` is refused, never rounded. */
export function toScaled(decimal: string, places: number): bigint {
  const match = DECIMAL.exec(decimal.trim());

  if (!match) {
    throw new RangeError(`not a decimal: ${decimal}`);
  }

  const [, whole = '0', fraction = ''] = match;

  if (fraction.replace(/0+$/, '').length > places) {
    throw new RangeError(`more than ${places} decimal places: ${decimal}`);
  }

  return BigInt(`${whole}${fraction.slice(0, places).padEnd(places, '0')}`);
}

/** `formatScaled(1250n, 2)` is `"12.50"`. */
export function formatScaled(value: bigint, places: number): string {
  const digits = value.toString().padStart(places + 1, '0');

  if (places === 0) {
    return digits;
  }

  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** The exact sum of some decimals, with as many places as the longest of them (at least 2). */
export function sumDecimals(values: readonly string[]): string {
  const places = Math.max(2, ...values.map((value) => value.split('.')[1]?.length ?? 0));
  const total = values.reduce((sum, value) => sum + toScaled(value, places), 0n);

  return formatScaled(total, places);
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareDecimals(a: string, b: string): number {
  const places = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const difference = toScaled(a, places) - toScaled(b, places);

  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
