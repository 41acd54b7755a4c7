import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { encodeAssociatedData, type SealingContext } from './associated-data.ts';
import type { MasterKeyRing } from './master-key-ring.ts';
import {
  formatSealedValue,
  NONCE_BYTES,
  parseSealedValue,
  SEALED_FORMAT_VERSION,
  TAG_BYTES,
} from './sealed-format.ts';
import { SealedValueError } from './sealed-value-error.ts';
import { deriveTenantKey } from './tenant-keys.ts';

const CIPHER = 'aes-256-gcm';

/**
 * Seals `plaintext` (a string is taken as UTF-8) for one cell under the ring's active key.
 *
 * The nonce is random: each tenant and purpose has its own key per master key, and a random
 * 96-bit nonce stays safe for 2^32 messages per key, far beyond what one tenant seals.
 */
export function sealValue(
  keyRing: MasterKeyRing,
  context: SealingContext,
  plaintext: string | Buffer,
): string {
  const keyId = keyRing.activeKeyId;
  const nonce = randomBytes(NONCE_BYTES);
  const key = deriveCellKey(keyRing, keyId, context);

  try {
    const cipher = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(encodeAssociatedData(SEALED_FORMAT_VERSION, keyId, context));

    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const sealedBytes = Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]);

    return formatSealedValue({ keyId, nonce, sealedBytes });
  } finally {
    key.fill(0);
  }
}

/** Opens a value sealed for exactly this cell, under whichever ring key it names. */
export function openValue(keyRing: MasterKeyRing, context: SealingContext, sealed: string): Buffer {
  const { keyId, nonce, sealedBytes } = parseSealedValue(sealed);
  const key = deriveCellKey(keyRing, keyId, context);
  const tagStart = sealedBytes.length - TAG_BYTES;

  try {
    const decipher = createDecipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(encodeAssociatedData(SEALED_FORMAT_VERSION, keyId, context));
    // OpenSSL checks the tag in constant time inside final(); we never compare tags ourselves.
    decipher.setAuthTag(sealedBytes.subarray(tagStart));

    return Buffer.concat([decipher.update(sealedBytes.subarray(0, tagStart)), decipher.final()]);
  } catch {
    // OpenSSL's own message says nothing useful; ours names the likely causes.
    throw new SealedValueError('AUTHENTICATION_FAILED', { keyId });
  } finally {
    key.fill(0);
  }
}

/** `openValue` for values that were sealed from a string. */
export function openValueAsString(
  keyRing: MasterKeyRing,
  context: SealingContext,
  sealed: string,
): string {
  return openValue(keyRing, context, sealed).toString('utf8');
}

/**
 * Moves a value to the active key. A value already under it comes back unchanged (after
 * proving it opens), so running a rotation twice rewrites nothing the second time.
 */
export function resealValue(
  keyRing: MasterKeyRing,
  context: SealingContext,
  sealed: string,
): string {
  const plaintext = openValue(keyRing, context, sealed);

  try {
    const isUnderActiveKey = parseSealedValue(sealed).keyId === keyRing.activeKeyId;

    return isUnderActiveKey ? sealed : sealValue(keyRing, context, plaintext);
  } finally {
    plaintext.fill(0);
  }
}

function deriveCellKey(keyRing: MasterKeyRing, keyId: string, context: SealingContext): Buffer {
  const masterKey = keyRing.keys.get(keyId);

  if (masterKey === undefined) {
    throw new SealedValueError('UNKNOWN_KEY_ID', { keyId });
  }

  const { tenantId, table, column, rowId } = context;

  // An empty place would bind the value to nothing: a caller sealing before the row has an id.
  if (!tenantId || !table || !column || !rowId) {
    throw new Error('sealing needs a tenant id, table, column and row id');
  }

  return deriveTenantKey(masterKey, context.tenantSalt, tenantId, context.purpose);
}
