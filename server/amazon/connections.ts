import { randomUUID } from 'node:crypto';
import { eq, type SQL } from 'drizzle-orm';
import type { AmazonRegion } from '../../shared/api/connections.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { SealedCell } from '../crypto/associated-data.ts';
import { loadTenantSealer } from '../crypto/load-tenant-sealer.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import { amazonConnections } from '../db/schema.ts';
import { expectOneRowChanged, whereTenant } from '../db/tenant-scope.ts';
import { disableSyncSchedules, scheduleSyncs } from './sync-schedules.ts';

/** Who caused a change, for its audit event. */
export interface Actor {
  userId: string | null;
  requestId?: string;
}

export interface AmazonGrant {
  tenantId: string;
  region: AmazonRegion;
  sellingPartnerId: string;
  marketplaceIds: string[];
  refreshToken: string;
  now: Date;
}

/** A connection's refresh token is bound to its row: copied elsewhere, it fails to open. */
function refreshTokenCell(connectionId: string): SealedCell {
  return {
    purpose: 'credentials',
    table: 'amazon_connections',
    column: 'refresh_token_sealed',
    rowId: connectionId,
  };
}

function scopedTo(tenantId: string, region: AmazonRegion, ...conditions: SQL[]) {
  return whereTenant(
    amazonConnections.tenantId,
    tenantId,
    eq(amazonConnections.region, region),
    ...conditions,
  );
}

/**
 * Stores a fresh authorisation: a new connection, or the tenant's existing one for the region
 * brought back to `connected` (renewals, and re-authorising after Amazon refused the old
 * token). The row keeps its id, so the token is sealed for the id it will live under.
 */
export function saveAmazonConnection(
  db: Db,
  keyRing: MasterKeyRing,
  grant: AmazonGrant,
  actor: Actor,
): void {
  const sealer = loadTenantSealer(db, keyRing, grant.tenantId);

  db.transaction((tx) => {
    const existing = tx
      .select({ id: amazonConnections.id })
      .from(amazonConnections)
      .where(scopedTo(grant.tenantId, grant.region))
      .get();
    const id = existing?.id ?? randomUUID();
    const values = {
      sellingPartnerId: grant.sellingPartnerId,
      marketplaceIds: grant.marketplaceIds,
      refreshTokenSealed: sealer.seal(refreshTokenCell(id), grant.refreshToken),
      status: 'connected' as const,
      authorizedAt: grant.now,
      updatedAt: grant.now,
    };

    if (existing) {
      tx.update(amazonConnections).set(values).where(eq(amazonConnections.id, id)).run();
    } else {
      tx.insert(amazonConnections)
        .values({
          id,
          tenantId: grant.tenantId,
          region: grant.region,
          createdAt: grant.now,
          ...values,
        })
        .run();
    }

    recordAuditEvent(tx, {
      tenantId: grant.tenantId,
      userId: actor.userId,
      type: 'amazon.connected',
      details: { region: grant.region, sellingPartnerId: grant.sellingPartnerId },
      requestId: actor.requestId,
      now: grant.now,
    });
  });

  // Sync at once rather than at the next reconciliation: the seller is waiting for orders.
  scheduleSyncs(db, grant.tenantId, grant.region, grant.now);
}

/**
 * Disconnect deletes the whole row rather than nulling the token: the status column has no
 * "disconnected" value, so a kept row would still read as connected to /api/me and the sync,
 * and secure_delete zeroes the freed bytes. A foreign or missing region answers NOT_FOUND.
 */
export function deleteAmazonConnection(
  db: Db,
  scope: { tenantId: string; region: AmazonRegion; now: Date },
  actor: Actor,
): void {
  db.transaction((tx) => {
    expectOneRowChanged(
      tx.delete(amazonConnections).where(scopedTo(scope.tenantId, scope.region)).run(),
    );
    recordAuditEvent(tx, {
      tenantId: scope.tenantId,
      userId: actor.userId,
      type: 'amazon.disconnected',
      details: { region: scope.region },
      requestId: actor.requestId,
      now: scope.now,
    });
  });

  disableSyncSchedules(db, scope.tenantId, scope.region);
}

/**
 * For the sync: Amazon refused the refresh token (`AmazonAuthorizationRevokedError`), so the
 * seller must authorise again. True when this call changed the status; the event is recorded
 * once, not on every refused sync attempt.
 */
export function markNeedsReauthorization(
  db: Db,
  tenantId: string,
  region: AmazonRegion,
  options: { now?: Date; requestId?: string } = {},
): boolean {
  const now = options.now ?? new Date();

  return db.transaction((tx) => {
    const result = tx
      .update(amazonConnections)
      .set({ status: 'needs_reauthorization', updatedAt: now })
      .where(scopedTo(tenantId, region, eq(amazonConnections.status, 'connected')))
      .run();

    if (result.changes === 0) {
      return false;
    }

    recordAuditEvent(tx, {
      tenantId,
      type: 'amazon.needs_reauthorization',
      details: { region },
      requestId: options.requestId,
      now,
    });

    return true;
  });
}

export interface OpenedConnection {
  connectionId: string;
  sellingPartnerId: string;
  marketplaceIds: string[];
  /** Plaintext: keep it in memory only for the client that needs it. */
  refreshToken: string;
}

/** The connection with its token opened, or the error a seller can act on. */
export function openRefreshToken(
  db: Db,
  keyRing: MasterKeyRing,
  scope: { tenantId: string; region: AmazonRegion },
): OpenedConnection {
  const row = db
    .select()
    .from(amazonConnections)
    .where(scopedTo(scope.tenantId, scope.region))
    .get();

  if (!row?.refreshTokenSealed) {
    throw new AppError('AMAZON_NOT_CONNECTED');
  }

  if (row.status === 'needs_reauthorization') {
    throw new AppError('AMAZON_NEEDS_REAUTHORIZATION');
  }

  return {
    connectionId: row.id,
    sellingPartnerId: row.sellingPartnerId,
    marketplaceIds: row.marketplaceIds,
    refreshToken: openSealedRefreshToken(db, keyRing, row),
  };
}

/** Opens the token of a connection row the caller already read, scoped, from the database. */
export function openSealedRefreshToken(
  db: Db,
  keyRing: MasterKeyRing,
  connection: { id: string; tenantId: string; refreshTokenSealed: string | null },
): string {
  if (!connection.refreshTokenSealed) {
    throw new AppError('AMAZON_NOT_CONNECTED');
  }

  return loadTenantSealer(db, keyRing, connection.tenantId).openAsString(
    refreshTokenCell(connection.id),
    connection.refreshTokenSealed,
  );
}
