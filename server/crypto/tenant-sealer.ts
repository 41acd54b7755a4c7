import type { SealedCell, TenantKeyContext } from './associated-data.ts';
import type { MasterKeyRing } from './master-key-ring.ts';
import { openValue, openValueAsString, resealValue, sealValue } from './sealed-value.ts';

/** Seals and opens values for one tenant only; the tenant is fixed when it is made. */
export interface TenantSealer {
  readonly tenantId: string;
  seal(cell: SealedCell, plaintext: string | Buffer): string;
  open(cell: SealedCell, sealed: string): Buffer;
  openAsString(cell: SealedCell, sealed: string): string;
  reseal(cell: SealedCell, sealed: string): string;
}

/**
 * Binds the key ring and one tenant's salt, so code handling a request can only ever seal
 * for the authenticated tenant. The ring and salt live in the closure, not on the object,
 * so logging or serialising a sealer shows no key material.
 */
export function createTenantSealer(
  keyRing: MasterKeyRing,
  { tenantId, tenantSalt }: TenantKeyContext,
): TenantSealer {
  // Copied so a caller reusing its buffer cannot change which tenant this sealer serves.
  const salt = Buffer.from(tenantSalt);
  const contextFor = (cell: SealedCell) => ({ ...cell, tenantId, tenantSalt: salt });

  return {
    tenantId,
    seal: (cell, plaintext) => sealValue(keyRing, contextFor(cell), plaintext),
    open: (cell, sealed) => openValue(keyRing, contextFor(cell), sealed),
    openAsString: (cell, sealed) => openValueAsString(keyRing, contextFor(cell), sealed),
    reseal: (cell, sealed) => resealValue(keyRing, contextFor(cell), sealed),
  };
}
