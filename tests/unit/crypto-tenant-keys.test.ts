import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deriveTenantKey,
  generateTenantSalt,
  hkdfSha256,
} from '../../server/crypto/tenant-keys.ts';

// HKDF written out from RFC 5869 with plain HMAC, to check our call path independently.
function hkdfByHand(keyMaterial: Buffer, salt: Buffer, info: Buffer, length: number): Buffer {
  const pseudoRandomKey = createHmac('sha256', salt).update(keyMaterial).digest();
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);

  for (let counter = 1; blocks.length * 32 < length; counter += 1) {
    previous = createHmac('sha256', pseudoRandomKey)
      .update(Buffer.concat([previous, info, Buffer.from([counter])]))
      .digest();
    blocks.push(previous);
  }

  return Buffer.concat(blocks).subarray(0, length);
}

const master = Buffer.alloc(32, 7);
const salt = Buffer.alloc(32, 9);

describe('hkdfSha256', () => {
  it('matches RFC 5869 test case 1', () => {
    const keyMaterial = Buffer.alloc(22, 0x0b);
    const rfcSalt = Buffer.from('000102030405060708090a0b0c', 'hex');
    const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
    const expected =
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';

    expect(hkdfSha256(keyMaterial, rfcSalt, info, 42).toString('hex')).toBe(expected);
    expect(hkdfByHand(keyMaterial, rfcSalt, info, 42).toString('hex')).toBe(expected);
  });
});

describe('deriveTenantKey', () => {
  it('is HKDF-SHA256 over the master key and tenant salt with kayistra/<tenant>/<purpose>', () => {
    const key = deriveTenantKey(master, salt, 'tenant-a', 'pii');
    const expected = hkdfByHand(master, salt, Buffer.from('kayistra/tenant-a/pii'), 32);

    expect(key).toHaveLength(32);
    expect(key.equals(expected)).toBe(true);
  });

  it('gives each tenant, purpose, salt and master key its own key', () => {
    const keys = [
      deriveTenantKey(master, salt, 'tenant-a', 'pii'),
      deriveTenantKey(master, salt, 'tenant-a', 'credentials'),
      deriveTenantKey(master, salt, 'tenant-b', 'pii'),
      deriveTenantKey(master, Buffer.alloc(32, 10), 'tenant-a', 'pii'),
      deriveTenantKey(Buffer.alloc(32, 8), salt, 'tenant-a', 'pii'),
    ].map((key) => key.toString('hex'));

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is deterministic, so a value sealed today opens tomorrow', () => {
    const first = deriveTenantKey(master, salt, 'tenant-a', 'credentials');
    const second = deriveTenantKey(master, salt, 'tenant-a', 'credentials');

    expect(first.equals(second)).toBe(true);
  });

  it('refuses a missing salt, a short master key and an empty tenant', () => {
    expect(() => deriveTenantKey(master, Buffer.alloc(0), 'tenant-a', 'pii')).toThrow(/salt/);
    expect(() => deriveTenantKey(Buffer.alloc(16), salt, 'tenant-a', 'pii')).toThrow(/master/);
    expect(() => deriveTenantKey(master, salt, '', 'pii')).toThrow(/tenant/);
  });
});

describe('generateTenantSalt', () => {
  it('returns 32 fresh random bytes each time', () => {
    const first = generateTenantSalt();
    const second = generateTenantSalt();

    expect(first).toHaveLength(32);
    expect(first.equals(second)).toBe(false);
  });
});
