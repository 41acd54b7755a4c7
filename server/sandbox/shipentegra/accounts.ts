import { createHash, timingSafeEqual } from 'node:crypto';

export interface ShipentegraAccountSeed {
  clientId: string;
  clientSecret: string;
  /** Prepaid balance in USD, major units. */
  balance: number;
}

/**
 * The sandbox's demo account: printed by sandbox mode, used by tests. The secret is public on
 * purpose; the stand-in never runs in live mode.
 */
export const SHIPENTEGRA_DEMO_ACCOUNT: Readonly<ShipentegraAccountSeed> = {
  clientId: 'kayistra-sandbox-demo',
  clientSecret: 'sandbox-demo-secret',
  // Enough for a seller trying the sandbox to buy a few dozen labels; the balance lives in memory
  // and starts over with each server start.
  balance: 5000,
};

export interface ShipentegraAccounts {
  list(): Array<{ clientId: string; balance: number }>;
  /** Whether the pair is known; compared in constant time like a real secret. */
  hasCredentials(clientId: string, clientSecret: string): boolean;
  add(seed: ShipentegraAccountSeed): void;
  balanceOf(clientId: string): number;
  setBalance(clientId: string, balance: number): void;
  /** Adds `delta` (negative to charge) and returns the new balance. */
  adjustBalance(clientId: string, delta: number): number;
}

interface AccountRecord {
  secretDigest: Buffer;
  // Whole cents, so a hundred label charges do not drift by floating-point dust.
  balanceCents: number;
}

export function createAccounts(seeds: readonly ShipentegraAccountSeed[]): ShipentegraAccounts {
  const records = new Map<string, AccountRecord>();

  function recordOf(clientId: string): AccountRecord {
    const record = records.get(clientId);

    if (!record) {
      throw new Error(`unknown Shipentegra stand-in account ${clientId}`);
    }

    return record;
  }

  const accounts: ShipentegraAccounts = {
    list: () => [...records].map(([clientId, r]) => ({ clientId, balance: r.balanceCents / 100 })),
    hasCredentials(clientId, clientSecret) {
      const record = records.get(clientId);
      // Hashing first gives equal lengths, which timingSafeEqual requires.
      const offered = digestOf(clientSecret);

      return record !== undefined && timingSafeEqual(record.secretDigest, offered);
    },
    add(seed) {
      records.set(seed.clientId, {
        secretDigest: digestOf(seed.clientSecret),
        balanceCents: toCents(seed.balance),
      });
    },
    balanceOf: (clientId) => recordOf(clientId).balanceCents / 100,
    setBalance(clientId, balance) {
      recordOf(clientId).balanceCents = toCents(balance);
    },
    adjustBalance(clientId, delta) {
      const record = recordOf(clientId);
      record.balanceCents += toCents(delta);

      return record.balanceCents / 100;
    },
  };

  for (const seed of seeds) {
    accounts.add(seed);
  }

  return accounts;
}

function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

function toCents(amount: number): number {
  return Math.round(amount * 100);
}
