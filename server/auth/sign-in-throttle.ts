import { createHmac } from 'node:crypto';
import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import { AppError } from '../../shared/errors.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import { hkdfSha256 } from '../crypto/tenant-keys.ts';
import type { Db } from '../db/connection.ts';
import { signInThrottles } from '../db/schema.ts';
import { addressBucketOf } from './address-bucket.ts';

export type ThrottleScope = 'account' | 'address';

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

/** Failures counted within this window; a quiet window starts the count again. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_DURATION_MS = 15 * 60 * 1000;

// An address may be an office or a carrier NAT shared by many sellers, so it gets more room.
export const THROTTLE_RULES: Record<ThrottleScope, { slowAfter: number; lockAfter: number }> = {
  account: { slowAfter: 5, lockAfter: 10 },
  address: { slowAfter: 20, lockAfter: 50 },
};

// Past `slowAfter`, each attempt must wait twice as long as the one before it.
const FIRST_SLOW_DELAY_MS = 2_000;

/**
 * The counters one sign-in attempt touches. Keyed hashes, not plain SHA-256: with the database
 * alone, every IPv4 address or a list of known emails could be hashed and matched. The key
 * derives from the active master key, so a key rotation just starts the counts afresh.
 */
export function signInThrottleKeys(
  input: { email: string; clientAddress: string },
  keyRing: MasterKeyRing,
) {
  const hmacKey = throttleKeyOf(keyRing);
  const digest = (value: string) => createHmac('sha256', hmacKey).update(value).digest('hex');
  const keys: ThrottleKey[] = [
    { scope: 'account', key: `account:${digest(input.email)}` },
    { scope: 'address', key: `address:${digest(addressBucketOf(input.clientAddress))}` },
  ];

  return keys;
}

function throttleKeyOf(keyRing: MasterKeyRing): Buffer {
  const master = keyRing.keys.get(keyRing.activeKeyId);

  if (!master) {
    throw new Error('the active master key is missing from the key ring');
  }

  return hkdfSha256(master, Buffer.alloc(0), Buffer.from('kayistra/sign-in-throttle'), 32);
}

/**
 * Counts an attempt before its password is checked, or refuses it while a key is held. Counting
 * first (in one write transaction) means a burst of parallel guesses cannot all slip past the
 * check while the slow password hashes run. Returns the scopes this attempt has just locked.
 */
export function reserveSignInAttempt(db: Db, keys: ThrottleKey[], now: Date): ThrottleScope[] {
  return db.transaction(
    (tx) => {
      const keyNames = keys.map(({ key }) => key);
      const rows = tx
        .select()
        .from(signInThrottles)
        .where(inArray(signInThrottles.key, keyNames))
        .all();
      const counters = keys.map((key) => ({
        ...key,
        row: rows.find((row) => row.key === key.key),
      }));

      refuseWhileHeld(counters, now);

      return counters.flatMap(({ scope, key, row }) => {
        const next = countAttempt(scope, row, now);

        tx.insert(signInThrottles)
          .values({ key, ...next })
          .onConflictDoUpdate({ target: signInThrottles.key, set: next })
          .run();

        return next.failures === THROTTLE_RULES[scope].lockAfter ? [scope] : [];
      });
    },
    { behavior: 'immediate' },
  );
}

/**
 * A successful sign-in clears its account's count. The address only gets this one attempt
 * back: clearing it would let a guesser reset their address with an account of their own.
 */
export function forgiveSignInAttempt(db: Db, keys: ThrottleKey[]): void {
  db.transaction((tx) => {
    for (const { scope, key } of keys) {
      if (scope === 'account') {
        tx.delete(signInThrottles).where(eq(signInThrottles.key, key)).run();
        continue;
      }

      const row = tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();

      // Any hold on this key was set by this very attempt (it would have been refused
      // otherwise), so it goes with the attempt.
      if (row) {
        tx.update(signInThrottles)
          .set({ failures: Math.max(0, row.failures - 1), lockedUntil: null })
          .where(eq(signInThrottles.key, key))
          .run();
      }
    }
  });
}

/**
 * Deletes counters whose window and hold have both ended, for the housekeeping job: guessers
 * spraying random emails would otherwise grow the table without bound. Returns the count.
 */
export function purgeStaleSignInThrottles(db: Db, now: Date): number {
  const windowStartCutoff = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const result = db
    .delete(signInThrottles)
    .where(
      and(
        lte(signInThrottles.windowStartedAt, windowStartCutoff),
        or(isNull(signInThrottles.lockedUntil), lte(signInThrottles.lockedUntil, now)),
      ),
    )
    .run();

  return result.changes;
}

type ThrottleRow = typeof signInThrottles.$inferSelect;

interface Counter extends ThrottleKey {
  row: ThrottleRow | undefined;
}

/** Refuses the attempt while any counter is held, naming the longest wait. */
function refuseWhileHeld(counters: Counter[], now: Date): void {
  const holds = counters.flatMap(({ scope, row }) =>
    row?.lockedUntil && row.lockedUntil > now
      ? [{ scope, failures: row.failures, until: row.lockedUntil }]
      : [],
  );
  const longest = holds.sort((a, b) => b.until.getTime() - a.until.getTime())[0];

  if (!longest) {
    return;
  }

  const isLocked = longest.failures >= THROTTLE_RULES[longest.scope].lockAfter;
  const retryAfterSeconds = Math.ceil((longest.until.getTime() - now.getTime()) / 1000);

  throw new AppError(isLocked ? 'ACCOUNT_LOCKED' : 'RATE_LIMITED', { retryAfterSeconds });
}

function countAttempt(scope: ThrottleScope, row: ThrottleRow | undefined, now: Date) {
  const isWindowOver = !row || row.windowStartedAt.getTime() + THROTTLE_WINDOW_MS <= now.getTime();
  const failures = isWindowOver ? 1 : row.failures + 1;
  const windowStartedAt = isWindowOver ? now : row.windowStartedAt;

  return { failures, windowStartedAt, lockedUntil: holdUntil(scope, failures, now) };
}

function holdUntil(scope: ThrottleScope, failures: number, now: Date): Date | null {
  const rule = THROTTLE_RULES[scope];

  if (failures >= rule.lockAfter) {
    return new Date(now.getTime() + LOCK_DURATION_MS);
  }

  if (failures >= rule.slowAfter) {
    return new Date(now.getTime() + FIRST_SLOW_DELAY_MS * 2 ** (failures - rule.slowAfter));
  }

  return null;
}
