import { KEY_ID_PATTERN } from './master-key-ring.ts';
import { SealedValueError } from './sealed-value-error.ts';

/**
 * The text form of a sealed value, safe to store in a TEXT column:
 *
 *   ks1.<keyId>.<nonce>.<ciphertext+tag>
 *
 * - `ks1`: format version. A new layout gets a new prefix, so old values stay readable.
 * - `keyId`: the master key the tenant key was derived from (letters, digits, `_`, `-`), so
 *   rotation and `keys status` can tell old values from new without opening them.
 * - `nonce`: 12 random bytes, base64url without padding (always 16 characters).
 * - `ciphertext+tag`: AES-256-GCM output followed by its 16-byte tag, base64url.
 *
 * The purpose, tenant, table, column and row are not written here: they come from where the
 * value is stored and enter the associated data, so a value moved elsewhere fails to open.
 */
export const SEALED_FORMAT_VERSION = 'ks1';
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

// Key ids (KEY_ID_PATTERN) never contain '.', so splitting on it is exact.
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;

export interface SealedParts {
  keyId: string;
  nonce: Buffer;
  /** Ciphertext with the GCM tag appended. */
  sealedBytes: Buffer;
}

export function formatSealedValue({ keyId, nonce, sealedBytes }: SealedParts): string {
  const fields = [SEALED_FORMAT_VERSION, keyId, nonce.toString('base64url')];

  return [...fields, sealedBytes.toString('base64url')].join('.');
}

/** Parses strictly: one spelling per value, so a tampered encoding cannot slip through. */
export function parseSealedValue(unverifiedSealed: string): SealedParts {
  const fields = unverifiedSealed.split('.');
  const [version, keyId, nonceText, bodyText] = fields;

  if (fields.length !== 4 || version !== SEALED_FORMAT_VERSION) {
    throw new SealedValueError('MALFORMED', { detail: 'expected ks1.<keyId>.<nonce>.<data>' });
  }

  if (keyId === undefined || !KEY_ID_PATTERN.test(keyId)) {
    throw new SealedValueError('MALFORMED', { detail: 'the key id is not valid' });
  }

  const nonce = decodeCanonicalBase64url(nonceText);
  const sealedBytes = decodeCanonicalBase64url(bodyText);

  if (nonce?.length !== NONCE_BYTES || sealedBytes === undefined) {
    throw new SealedValueError('MALFORMED', { detail: 'the nonce or data is not valid' });
  }

  if (sealedBytes.length < TAG_BYTES) {
    throw new SealedValueError('MALFORMED', { detail: 'the data is shorter than its tag' });
  }

  return { keyId, nonce, sealedBytes };
}

/** The master key id a sealed value names, read without any key (for `keys status`). */
export function sealedKeyId(unverifiedSealed: string): string {
  return parseSealedValue(unverifiedSealed).keyId;
}

// Node's decoder skips characters it does not know and ignores stray trailing bits; checking
// the round trip refuses every spelling but the one we write.
function decodeCanonicalBase64url(text: string | undefined): Buffer | undefined {
  if (text === undefined || !BASE64URL_PATTERN.test(text)) {
    return undefined;
  }

  const bytes = Buffer.from(text, 'base64url');

  return bytes.toString('base64url') === text ? bytes : undefined;
}
