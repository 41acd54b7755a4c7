import { describe, expect, it } from 'vitest';
import { encodeAssociatedData, type SealingContext } from '../../server/crypto/associated-data.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { parseSealedValue, sealedKeyId } from '../../server/crypto/sealed-format.ts';
import {
  openValue,
  openValueAsString,
  resealValue,
  sealValue,
} from '../../server/crypto/sealed-value.ts';
import { SealedValueError } from '../../server/crypto/sealed-value-error.ts';
import { generateTenantSalt } from '../../server/crypto/tenant-keys.ts';

const oldEntry = generateMasterKeyEntry('k1');
const newEntry = generateMasterKeyEntry('k2');
const ring = parseMasterKeyRing(oldEntry);
const rotatedRing = parseMasterKeyRing(`${newEntry},${oldEntry}`);

const SECRET = 'Atzr|refresh-token-of-tenant-a';

const context: SealingContext = {
  tenantId: 'tenant-a',
  tenantSalt: generateTenantSalt(),
  purpose: 'credentials',
  table: 'amazon_connections',
  column: 'refresh_token',
  rowId: 'conn-1',
};

function failureOf(open: () => unknown): SealedValueError {
  try {
    open();
  } catch (error) {
    if (error instanceof SealedValueError) {
      return error;
    }

    throw error;
  }

  throw new Error('expected the value not to open');
}

describe('sealValue and openValue', () => {
  it('round-trips strings, bytes and the empty string', () => {
    const bytes = Buffer.from([0, 255, 1, 254]);

    expect(openValueAsString(ring, context, sealValue(ring, context, SECRET))).toBe(SECRET);
    expect(openValueAsString(ring, context, sealValue(ring, context, 'İstanbul ğüş'))).toBe(
      'İstanbul ğüş',
    );
    expect(openValue(ring, context, sealValue(ring, context, bytes)).equals(bytes)).toBe(true);
    expect(openValueAsString(ring, context, sealValue(ring, context, ''))).toBe('');
  });

  it('writes ks1.<keyId>.<nonce>.<data> naming the active key, never the plaintext', () => {
    const sealed = sealValue(rotatedRing, context, SECRET);

    expect(sealed).toMatch(/^ks1\.k2\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealedKeyId(sealed)).toBe('k2');
    expect(sealed).not.toContain('refresh-token');
  });

  it('uses a fresh random nonce each time', () => {
    const first = sealValue(ring, context, SECRET);
    const second = sealValue(ring, context, SECRET);

    expect(first).not.toBe(second);
    expect(parseSealedValue(first).nonce.equals(parseSealedValue(second).nonce)).toBe(false);
  });

  it.each([
    ['row', { rowId: 'conn-2' }],
    ['column', { column: 'client_secret' }],
    ['table', { table: 'shipentegra_credentials' }],
    ['tenant', { tenantId: 'tenant-b' }],
    ['purpose', { purpose: 'pii' as const }],
    ['salt', { tenantSalt: generateTenantSalt() }],
  ])('refuses a value moved to another %s', (_place, change) => {
    const sealed = sealValue(ring, context, SECRET);

    expect(failureOf(() => openValue(ring, { ...context, ...change }, sealed)).reason).toBe(
      'AUTHENTICATION_FAILED',
    );
  });

  it('binds the place unambiguously: ("ab", "c") is not ("a", "bc")', () => {
    const sealed = sealValue(ring, { ...context, table: 'ab', column: 'c' }, SECRET);
    const shifted = { ...context, table: 'a', column: 'bc' };

    expect(failureOf(() => openValue(ring, shifted, sealed)).reason).toBe('AUTHENTICATION_FAILED');
  });

  it('encodes each associated-data field behind its 4-byte length', () => {
    const place = { ...context, table: 'ab', column: 'c' };
    const encoded = encodeAssociatedData('ks1', 'k1', place);
    const shifted = encodeAssociatedData('ks1', 'k1', { ...place, table: 'a', column: 'bc' });

    expect(encoded.subarray(0, 7)).toEqual(Buffer.from([0, 0, 0, 3, 0x6b, 0x73, 0x31]));
    expect(encoded.equals(shifted)).toBe(false);
  });

  it('refuses a value whose salt was deleted with its tenant', () => {
    const sealed = sealValue(ring, context, SECRET);
    const recreated = { ...context, tenantSalt: generateTenantSalt() };

    expect(failureOf(() => openValue(ring, recreated, sealed)).reason).toBe(
      'AUTHENTICATION_FAILED',
    );
    expect(() => openValue(ring, { ...context, tenantSalt: Buffer.alloc(0) }, sealed)).toThrow();
  });

  it('names an unknown key id without opening anything', () => {
    const sealed = sealValue(rotatedRing, context, SECRET);
    const error = failureOf(() => openValue(ring, context, sealed));

    expect(error.reason).toBe('UNKNOWN_KEY_ID');
    expect(error.keyId).toBe('k2');
    expect(error.message).toContain('"k2"');
  });

  it('opens values sealed under an older key that is still in the ring', () => {
    const sealed = sealValue(ring, context, SECRET);

    expect(openValueAsString(rotatedRing, context, sealed)).toBe(SECRET);
  });

  it('refuses to seal for a place without a row id', () => {
    expect(() => sealValue(ring, { ...context, rowId: '' }, SECRET)).toThrow(/row id/);
  });
});

describe('resealValue', () => {
  it('moves a value to the active key and keeps already-rotated values unchanged', () => {
    const old = sealValue(ring, context, SECRET);
    const resealed = resealValue(rotatedRing, context, old);

    expect(sealedKeyId(resealed)).toBe('k2');
    expect(openValueAsString(rotatedRing, context, resealed)).toBe(SECRET);
    expect(resealValue(rotatedRing, context, resealed)).toBe(resealed);
  });

  it('refuses to reseal a value that does not belong to the place', () => {
    const old = sealValue(ring, context, SECRET);
    const elsewhere = { ...context, rowId: 'conn-9' };

    expect(failureOf(() => resealValue(rotatedRing, elsewhere, old)).reason).toBe(
      'AUTHENTICATION_FAILED',
    );
  });
});
