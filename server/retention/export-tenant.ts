import { eq, sql } from 'drizzle-orm';
import type { TenantExport } from '../../shared/api/tenant-data.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import {
  amazonConnections,
  auditEvents,
  listings,
  orderItems,
  orders,
  shipentegraAccounts,
  shipments,
  shippingSettings,
  skuProfiles,
  syncRuns,
  tenants,
  users,
} from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { readHeldRecipients } from './export-recipients.ts';
import { exportColumns } from './export-sections.ts';

/**
 * Rows per section. An export is built in memory, so a bound keeps one huge tenant from taking
 * the server down; a section cut here is named in `truncatedSections`.
 * TODO(#7): stream the sections to the response for tenants past this size.
 */
export const EXPORT_SECTION_LIMIT = 100_000;

export interface ExportRequest {
  tenantId: string;
  userId: string;
  requestId: string;
  now: Date;
}

/** Everything the tenant owns, read in one transaction so the sections agree with each other. */
export function exportTenant(db: Db, keyRing: MasterKeyRing, request: ExportRequest): TenantExport {
  const sections = db.transaction((tx) => readSections(tx, keyRing, request.tenantId));
  const truncatedSections: string[] = [];

  for (const [name, rows] of Object.entries(sections.lists)) {
    if (rows.length > EXPORT_SECTION_LIMIT) {
      rows.length = EXPORT_SECTION_LIMIT;
      truncatedSections.push(name);
    }
  }

  recordAuditEvent(db, {
    tenantId: request.tenantId,
    userId: request.userId,
    type: 'tenant.exported',
    details: countRows(sections.lists),
    requestId: request.requestId,
    now: request.now,
  });

  return {
    exportedAt: request.now.toISOString(),
    tenant: sections.tenant,
    ...sections.lists,
    truncatedSections,
  };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function readSections(tx: Tx, keyRing: MasterKeyRing, tenantId: string) {
  const columns = exportColumns();
  const upTo = EXPORT_SECTION_LIMIT + 1;
  const tenant = tx
    .select({
      id: tenants.id,
      companyName: tenants.companyName,
      isMfaRequired: tenants.isMfaRequired,
      createdAt: tenants.createdAt,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .get();

  const lists = {
    users: tx
      .select(columns.users)
      .from(users)
      .where(whereTenant(users.tenantId, tenantId))
      .limit(upTo)
      .all(),
    amazonConnections: tx
      .select({
        ...columns.amazonConnections,
        hasRefreshToken: isSet(amazonConnections.refreshTokenSealed),
      })
      .from(amazonConnections)
      .where(whereTenant(amazonConnections.tenantId, tenantId))
      .limit(upTo)
      .all(),
    shipentegraAccounts: tx
      .select(columns.shipentegraAccounts)
      .from(shipentegraAccounts)
      .where(whereTenant(shipentegraAccounts.tenantId, tenantId))
      .limit(upTo)
      .all(),
    shippingSettings: tx
      .select(columns.shippingSettings)
      .from(shippingSettings)
      .where(whereTenant(shippingSettings.tenantId, tenantId))
      .limit(upTo)
      .all(),
    skuProfiles: tx
      .select(columns.skuProfiles)
      .from(skuProfiles)
      .where(whereTenant(skuProfiles.tenantId, tenantId))
      .limit(upTo)
      .all(),
    orders: tx
      .select(columns.orders)
      .from(orders)
      .where(whereTenant(orders.tenantId, tenantId))
      .limit(upTo)
      .all(),
    orderItems: tx
      .select(columns.orderItems)
      .from(orderItems)
      .where(whereTenant(orderItems.tenantId, tenantId))
      .limit(upTo)
      .all(),
    orderRecipients: readHeldRecipients(tx, keyRing, tenantId, upTo),
    shipments: tx
      .select({ ...columns.shipments, hasLabel: isSet(shipments.labelFileSealed) })
      .from(shipments)
      .where(whereTenant(shipments.tenantId, tenantId))
      .limit(upTo)
      .all(),
    listings: tx
      .select(columns.listings)
      .from(listings)
      .where(whereTenant(listings.tenantId, tenantId))
      .limit(upTo)
      .all(),
    syncRuns: tx
      .select(columns.syncRuns)
      .from(syncRuns)
      .where(whereTenant(syncRuns.tenantId, tenantId))
      .limit(upTo)
      .all(),
    auditEvents: tx
      .select(columns.auditEvents)
      .from(auditEvents)
      .where(whereTenant(auditEvents.tenantId, tenantId))
      .limit(upTo)
      .all(),
  };

  return { tenant: foundOrNotFound(tenant), lists };
}

// Whether a sealed value exists, without selecting the sealed value itself.
function isSet(column: Parameters<typeof sql>[1]) {
  return sql<boolean>`${column} is not null`.mapWith(Boolean);
}

function countRows(lists: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(lists).map(([name, rows]) => [name, rows.length]));
}
