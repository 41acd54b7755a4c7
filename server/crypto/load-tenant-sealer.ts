import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { tenants } from '../db/schema.ts';
import type { MasterKeyRing } from './master-key-ring.ts';
import { createTenantSealer, type TenantSealer } from './tenant-sealer.ts';

/**
 * The sealer of one tenant, with the salt read from its row. The tenant id must come from the
 * authenticated context (or a row already scoped to it), never from a request.
 */
export function loadTenantSealer(db: Db, keyRing: MasterKeyRing, tenantId: string): TenantSealer {
  const tenant = db
    .select({ keySalt: tenants.keySalt })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .get();

  // A deleted tenant has no salt, so nothing of it can be sealed or opened again.
  if (!tenant) {
    throw new Error(`tenant ${tenantId} has no key salt`);
  }

  return createTenantSealer(keyRing, { tenantId, tenantSalt: tenant.keySalt });
}
