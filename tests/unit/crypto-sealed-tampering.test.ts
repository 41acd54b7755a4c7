import { describe, expect, it } from 'vitest';
import type { SealingContext } from '../../server/crypto/associated-data.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { formatSealedValue, parseSealedValue } from '../../server/crypto/sealed-format.ts';
import { openValue, sealValue } from '../../server/crypto/sealed-value.ts';
import { SealedValueError } from '../../server/crypto/sealed-value-error.ts';
import { generateTenantSalt } from '../../server/crypto/tenant-keys.ts';

// Two keys in the ring, so rewriting the key id to another known id is tried too.
const ring = parseMasterKeyRing(`${generateMasterKeyEntry('k1')},${generateMasterKeyEntry('k2')}`);
const PLAINTEXT = 'Ayşe Yılmaz, Bağdat Caddesi 12, Kadıköy';

const context: SealingContext = {
  tenantId: 'tenant-a',
  tenantSalt: generateTenantSalt(),
  purpose: 'pii',
  table: 'recipients',
  column: 'address',
  rowId: 'rcp-1',
};

const sealed = sealValue(ring, context, PLAINTEXT);
const parts = parseSealedValue(sealed);

function reasonOf(unverifiedSealed: string): string {
  try {
    openValue(ring, context, unverifiedSealed);
  } catch (error) {
    // The message may name the key id, never the plaintext nor the stored data.
    expect(error).toBeInstanceOf(SealedValueError);
    expect((error as Error).message).not.toContain('Ayşe');
    expect((error as Error).message).not.toContain(parts.nonce.toString('base64url'));
    expect((error as Error).message).not.toContain(parts.sealedBytes.toString('base64url'));

    return (error as SealedValueError).reason;
  }

  return 'OPENED';
}

function flipByte(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;

  return copy;
}

describe('tampering with a sealed value', () => {
  it('fails authentication when any nonce byte changes', () => {
    const reasons = [...parts.nonce.keys()].map((index) =>
      reasonOf(formatSealedValue({ ...parts, nonce: flipByte(parts.nonce, index) })),
    );

    expect(new Set(reasons)).toEqual(new Set(['AUTHENTICATION_FAILED']));
  });

  it('fails authentication when any ciphertext or tag byte changes', () => {
    const reasons = [...parts.sealedBytes.keys()].map((index) =>
      reasonOf(formatSealedValue({ ...parts, sealedBytes: flipByte(parts.sealedBytes, index) })),
    );

    expect(reasons.length).toBeGreaterThan(16);
    expect(new Set(reasons)).toEqual(new Set(['AUTHENTICATION_FAILED']));
  });

  it('fails when the tag is cut short or dropped', () => {
    const cut = parts.sealedBytes.subarray(0, -1);

    expect(reasonOf(formatSealedValue({ ...parts, sealedBytes: cut }))).toBe(
      'AUTHENTICATION_FAILED',
    );
    expect(reasonOf(formatSealedValue({ ...parts, sealedBytes: Buffer.alloc(8) }))).toBe(
      'MALFORMED',
    );
  });

  it('fails when the key id is rewritten to another known or unknown key', () => {
    const otherKeyId = parts.keyId === 'k1' ? 'k2' : 'k1';

    expect(reasonOf(formatSealedValue({ ...parts, keyId: otherKeyId }))).toBe(
      'AUTHENTICATION_FAILED',
    );
    expect(reasonOf(formatSealedValue({ ...parts, keyId: 'k9' }))).toBe('UNKNOWN_KEY_ID');
  });

  it('fails on any other version', () => {
    expect(reasonOf(sealed.replace(/^ks1\./, 'ks2.'))).toBe('MALFORMED');
    expect(reasonOf(sealed.replace(/^ks1\./, 'KS1.'))).toBe('MALFORMED');
  });

  it('never opens after any single character of the text changes', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    const opened = [...sealed].flatMap((character, index) => {
      const replacement = alphabet[(alphabet.indexOf(character) + 1) % alphabet.length];
      const changed = `${sealed.slice(0, index)}${replacement}${sealed.slice(index + 1)}`;

      return reasonOf(changed) === 'OPENED' ? [index] : [];
    });

    expect(opened).toEqual([]);
  });

  it.each([
    ['padding', (text: string) => `${text}=`],
    ['an extra field', (text: string) => `${text}.AAAA`],
    ['a missing field', (text: string) => text.split('.').slice(0, 3).join('.')],
    ['whitespace', (text: string) => ` ${text}`],
    ['a + from standard base64', (text: string) => `${text.slice(0, -1)}+`],
    ['plaintext stored by mistake', () => PLAINTEXT],
    ['an empty string', () => ''],
  ])('refuses %s as malformed, strictly', (_case, rewrite) => {
    expect(reasonOf(rewrite(sealed))).toBe('MALFORMED');
  });

  it('refuses data spelled with stray trailing bits that Node alone would accept', () => {
    // 6 + 16 tag bytes make 30 characters whose last one carries 4 unused bits.
    const [version, keyId, nonce, body = ''] = sealValue(ring, context, 'x'.repeat(6)).split('.');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet[alphabet.indexOf(body.at(-1) ?? '') + 1];
    const sloppyBody = `${body.slice(0, -1)}${last}`;

    expect(Buffer.from(sloppyBody, 'base64url').equals(Buffer.from(body, 'base64url'))).toBe(true);
    expect(reasonOf(`${version}.${keyId}.${nonce}.${sloppyBody}`)).toBe('MALFORMED');
  });
});
