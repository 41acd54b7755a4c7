import type { KeyPurpose } from './tenant-keys.ts';

/** Where a sealed value lives; the value is bound to exactly this place. */
export interface SealedCell {
  purpose: KeyPurpose;
  table: string;
  column: string;
  rowId: string;
}

/** The tenant a sealer works for; its salt is the second half of its keys. */
export interface TenantKeyContext {
  tenantId: string;
  tenantSalt: Buffer;
}

export type SealingContext = TenantKeyContext & SealedCell;

/**
 * The GCM associated data. Authenticating the value's place (tenant, table, column, row) means
 * a ciphertext copied into another row or tenant, even by someone with SQL access, fails to
 * open instead of decrypting as someone else's secret. The version and key id are bound too,
 * so the header cannot be rewritten to send a value down another code path.
 *
 * Each field is written as a 4-byte big-endian byte length and its UTF-8 bytes, so the
 * encoding is unambiguous: ("ab", "c") and ("a", "bc") give different bytes.
 */
export function encodeAssociatedData(
  version: string,
  keyId: string,
  { tenantId, purpose, table, column, rowId }: Omit<SealingContext, 'tenantSalt'>,
): Buffer {
  const fields = [version, keyId, tenantId, purpose, table, column, rowId];

  return Buffer.concat(fields.flatMap((field) => encodeField(field)));
}

function encodeField(field: string): Buffer[] {
  const bytes = Buffer.from(field, 'utf8');
  const length = Buffer.alloc(4);

  length.writeUInt32BE(bytes.length);

  return [length, bytes];
}
