import { eq } from 'drizzle-orm';
import type { Me } from '../../shared/api/me.ts';
import type { Db } from '../db/connection.ts';
import { amazonConnections, shipentegraAccounts, tenants, users } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';

/**
 * The signed-in user, their tenant and what it has connected, for `GET /api/me`. Only the
 * columns shown are selected, so sealed tokens and secrets never leave the database here.
 */
export function describeAccount(db: Db, auth: { tenantId: string; userId: string }): Me {
  const row = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      mfaEnabledAt: users.mfaEnabledAt,
      companyName: tenants.companyName,
      isMfaRequired: tenants.isMfaRequired,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(whereTenant(users.tenantId, auth.tenantId, eq(users.id, auth.userId)))
    .get();
  const { mfaEnabledAt, companyName, isMfaRequired, ...user } = foundOrNotFound(row);

  return {
    user: { ...user, mfaEnabled: mfaEnabledAt !== null },
    tenant: { id: auth.tenantId, companyName, mfaRequired: isMfaRequired },
    amazonConnections: listAmazonConnections(db, auth.tenantId),
    shipentegra: describeShipentegra(db, auth.tenantId),
  };
}

function listAmazonConnections(db: Db, tenantId: string): Me['amazonConnections'] {
  const rows = db
    .select({
      region: amazonConnections.region,
      sellingPartnerId: amazonConnections.sellingPartnerId,
      marketplaceIds: amazonConnections.marketplaceIds,
      status: amazonConnections.status,
      authorizedAt: amazonConnections.authorizedAt,
    })
    .from(amazonConnections)
    .where(whereTenant(amazonConnections.tenantId, tenantId))
    .orderBy(amazonConnections.region)
    .all();

  return rows.map((row) => ({ ...row, authorizedAt: row.authorizedAt.toISOString() }));
}

function describeShipentegra(db: Db, tenantId: string): Me['shipentegra'] {
  const row = db
    .select({ clientId: shipentegraAccounts.clientId, verifiedAt: shipentegraAccounts.verifiedAt })
    .from(shipentegraAccounts)
    .where(whereTenant(shipentegraAccounts.tenantId, tenantId))
    .get();

  return {
    connected: row !== undefined,
    clientId: row?.clientId ?? null,
    verifiedAt: row?.verifiedAt.toISOString() ?? null,
  };
}
