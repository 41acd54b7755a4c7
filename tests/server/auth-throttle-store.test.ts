import { afterEach, describe, expect, it } from 'vitest';
import { addressBucketOf } from '../../server/auth/address-bucket.ts';
import {
  purgeStaleSignInThrottles,
  reserveSignInAttempt,
  signInThrottleKeys,
} from '../../server/auth/sign-in-throttle.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { signInThrottles } from '../../server/db/schema.ts';
import { createTestApp } from '../helpers/test-app.ts';

const KEY_RING = parseMasterKeyRing(generateMasterKeyEntry('t1'));

let current: ReturnType<typeof createTestApp> | undefined;

afterEach(() => current?.close());

const MINUTE = 60 * 1000;

describe('sign-in throttle store', () => {
  it('keeps no email or address in clear', () => {
    current = createTestApp();
    const keys = signInThrottleKeys(
      { email: 'ayse@example.test', clientAddress: '198.51.100.7' },
      KEY_RING,
    );

    reserveSignInAttempt(current.db, keys, new Date());

    const stored = JSON.stringify(current.db.select().from(signInThrottles).all());

    expect(stored).not.toContain('ayse');
    expect(stored).not.toContain('198.51.100.7');
    expect(keys.map((key) => key.key)).toEqual([
      expect.stringMatching(/^account:[0-9a-f]{64}$/),
      expect.stringMatching(/^address:[0-9a-f]{64}$/),
    ]);
  });

  it('purges counters only once their window and any hold have ended', () => {
    current = createTestApp();
    const start = new Date('2026-03-02T09:00:00Z');
    const quiet = signInThrottleKeys(
      { email: 'quiet@example.test', clientAddress: '192.0.2.1' },
      KEY_RING,
    );
    const locked = signInThrottleKeys(
      { email: 'locked@example.test', clientAddress: '192.0.2.2' },
      KEY_RING,
    );

    reserveSignInAttempt(current.db, quiet, start);

    for (let attempt = 0; attempt < 10; attempt += 1) {
      // A minute apart waits out every slow-down hold, so all ten count and lock.
      reserveSignInAttempt(current.db, locked, new Date(start.getTime() + attempt * MINUTE));
    }

    const afterWindow = new Date(start.getTime() + 20 * MINUTE);

    // The quiet account and both addresses go; the locked account is held until 9 + 15 min.
    expect(purgeStaleSignInThrottles(current.db, afterWindow)).toBe(3);
    expect(current.db.select().from(signInThrottles).all()).toHaveLength(1);
    expect(purgeStaleSignInThrottles(current.db, new Date(start.getTime() + 24 * MINUTE))).toBe(1);
  });
});

describe('address buckets', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0000:0002::1', '2001:db8:0:2::/64'],
    ['unknown', 'unknown'],
  ])('counts %s as %s', (address, bucket) => {
    expect(addressBucketOf(address)).toBe(bucket);
  });
});
