export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** A string of `length` decimal digits, the first one not zero. */
  digits(length: number): string;
  pick<T>(values: readonly T[]): T;
}

/**
 * mulberry32: small, fast and reproducible from a seed, so a test that fails on a random
 * fault or an exception-path parcel fails the same way on the next run. Never used for
 * anything that must be unguessable (tokens and label URLs use node:crypto).
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;

  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  function integer(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }

  return {
    next,
    integer,
    digits(length) {
      let text = String(integer(1, 9));

      while (text.length < length) {
        text += String(integer(0, 9));
      }

      return text;
    },
    pick(values) {
      const value = values[integer(0, values.length - 1)];

      if (value === undefined) {
        throw new RangeError('cannot pick from an empty list');
      }

      return value;
    },
  };
}
