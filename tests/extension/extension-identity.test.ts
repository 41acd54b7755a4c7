import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  DEV_EXTENSION_ID,
  DEV_EXTENSION_ORIGIN,
  DEV_EXTENSION_PUBLIC_KEY,
} from '../../shared/extension-identity.ts';

// Chrome's rule: SHA-256 over the key's DER bytes, first 16 bytes as hex, digits 0-f as a-p.
function deriveExtensionId(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex');

  return [...hex.slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}

describe('development extension identity', () => {
  test('the id is the one Chrome derives from the manifest key', () => {
    expect(deriveExtensionId(DEV_EXTENSION_PUBLIC_KEY)).toBe(DEV_EXTENSION_ID);
  });

  test('the origin is the chrome-extension origin of that id', () => {
    expect(DEV_EXTENSION_ORIGIN).toBe(`chrome-extension://${DEV_EXTENSION_ID}`);
    expect(DEV_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  test('the key is an RSA-2048 public key, and no private key is committed', async () => {
    const { createPublicKey } = await import('node:crypto');
    const key = createPublicKey({
      key: Buffer.from(DEV_EXTENSION_PUBLIC_KEY, 'base64'),
      format: 'der',
      type: 'spki',
    });

    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });
});
