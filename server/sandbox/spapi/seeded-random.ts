/**
 * A small seeded PRNG (mulberry32). Demo data and random faults draw from it so that one seed
 * always yields the same sellers, orders and fault schedule.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of the values, each as likely as its weight. */
  pickWeighted<T>(weighted: readonly (readonly [T, number])[]): T;
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  isHit(probability: number): boolean;
  /** Uppercase letters and digits, like Amazon's seller ids and ASINs. */
  code(length: number): string;
  digits(length: number): string;
}

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function createSeededRandom(seed: number, stream = ''): SeededRandom {
  let state = mixSeed(seed, stream);

  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;

    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };

  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const characters = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[integer(0, alphabet.length - 1)]).join('');

  return {
    next,
    integer,
    pick: (items) => {
      if (items.length === 0) {
        throw new Error('cannot pick from an empty list');
      }

      return items[integer(0, items.length - 1)] as (typeof items)[number];
    },
    pickWeighted: (weighted) => {
      let ticket = next() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
      const hit = weighted.find(([, weight]) => {
        ticket -= weight;
        return ticket < 0;
      });

      return (hit ?? weighted[weighted.length - 1])?.[0] as (typeof weighted)[number][0];
    },

    sample: (items, count) => {
      const pool = [...items];
      return Array.from({ length: Math.min(count, pool.length) }, () => {
        return pool.splice(integer(0, pool.length - 1), 1)[0] as (typeof items)[number];
      });
    },

    isHit: (probability) => next() < probability,
    code: (length) => characters(CODE_ALPHABET, length),
    digits: (length) => characters('0123456789', length),
  };
}

// Separate streams (one per seller, one for faults) keep one kind of data from shifting when
// another changes size: more orders per seller must not rename the sellers.
function mixSeed(seed: number, stream: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;

  for (const character of stream) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 0x85ebca6b) >>> 0;
    hash = (hash ^ (hash >>> 13)) >>> 0;
  }

  return hash;
}
