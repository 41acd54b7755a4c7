import { hkdfSync, randomBytes } from 'node:crypto';

/** What a derived key protects; each purpose has its own key, so one leak stays contained. */
export const KEY_PURPOSES = ['credentials', 'pii'] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

const MASTER_KEY_BYTES = 32;
const TENANT_SALT_BYTES = 32;
const TENANT_KEY_BYTES = 32;

/** A fresh salt for a new tenant; deleting it later makes the tenant's leftovers unreadable. */
export function generateTenantSalt(): Buffer {
  return randomBytes(TENANT_SALT_BYTES);
}

/** HKDF-SHA256 (RFC 5869) through Node's OpenSSL binding; exported so a test can pin it. */
export function hkdfSha256(
  keyMaterial: Buffer,
  salt: Buffer,
  info: Buffer,
  length: number,
): Buffer {
  return Buffer.from(hkdfSync('sha256', keyMaterial, salt, info, length));
}

/**
 * The AES-256 key for one tenant and purpose under one master key. The caller owns the
 * returned buffer and should zero it when done; it must never be logged or serialised.
 */
export function deriveTenantKey(
  masterKey: Buffer,
  tenantSalt: Buffer,
  tenantId: string,
  purpose: KeyPurpose,
): Buffer {
  // Wrong lengths mean a caller passed the wrong buffer (a hash, an empty deleted salt):
  // failing loudly beats deriving a key nobody can reproduce.
  if (masterKey.length !== MASTER_KEY_BYTES) {
    throw new Error(`master key must be ${MASTER_KEY_BYTES} bytes`);
  }

  if (tenantSalt.length !== TENANT_SALT_BYTES) {
    throw new Error(`tenant salt must be ${TENANT_SALT_BYTES} bytes`);
  }

  if (tenantId.length === 0 || !KEY_PURPOSES.includes(purpose)) {
    throw new Error('a tenant key needs a tenant id and a known purpose');
  }

  // The purpose is one of a fixed set and always last, so no two (tenant, purpose) pairs
  // can spell the same info string even when a tenant id contains '/'.
  const info = Buffer.from(`kayistra/${tenantId}/${purpose}`, 'utf8');

  return hkdfSha256(masterKey, tenantSalt, info, TENANT_KEY_BYTES);
}
