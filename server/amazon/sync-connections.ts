import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { amazonConnections } from '../db/schema.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';
import type { AmazonConnection } from './spapi-client-cache.ts';

/** The tenant's connections, any status: what sync status and "sync now" work from. */
export function listTenantConnections(db: Db, tenantId: string): AmazonConnection[] {
  return db.select().from(amazonConnections).where(eq(amazonConnections.tenantId, tenantId)).all();
}

/** The connection a sync may use: connected, with a refresh token; otherwise undefined. */
export function findSyncableConnection(
  db: Db,
  tenantId: string,
  region: AmazonRegion,
): AmazonConnection | undefined {
  const connection = db
    .select()
    .from(amazonConnections)
    .where(and(eq(amazonConnections.tenantId, tenantId), eq(amazonConnections.region, region)))
    .get();

  return isSyncable(connection) ? connection : undefined;
}

export function isSyncable(
  connection: AmazonConnection | undefined,
): connection is AmazonConnection {
  return connection?.status === 'connected' && connection.refreshTokenSealed !== null;
}
