import { eq, sql } from 'drizzle-orm';
import type { SelectedFields, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
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
type Row = Record<string, unknown>;

function readSections(tx: Tx, keyRing: MasterKeyRing, tenantId: string) {
  const columns = exportColumns();
  const read = (table: SQLiteTable, fields: SelectedFields, tenantColumn: SQLiteColumn): Row[] =>
    tx
      .select(fields)
      .from(table)
      .where(whereTenant(tenantColumn, tenantId))
      .limit(EXPORT_SECTION_LIMIT + 1)
      .all();

  const withFlag = (fields: SelectedFields, flag: string, sealed: SQLiteColumn) => ({
    ...fields,
    [flag]: isSet(sealed),
  });

  const lists = {
    users: read(users, columns.users, users.tenantId),
    amazonConnections: read(
      amazonConnections,
      withFlag(columns.amazonConnections, 'hasRefreshToken', amazonConnections.refreshTokenSealed),
      amazonConnections.tenantId,
    ),
    shipentegraAccounts: read(
      shipentegraAccounts,
      columns.shipentegraAccounts,
      shipentegraAccounts.tenantId,
    ),
    shippingSettings: read(shippingSettings, columns.shippingSettings, shippingSettings.tenantId),
    skuProfiles: read(skuProfiles, columns.skuProfiles, skuProfiles.tenantId),
    orders: read(orders, columns.orders, orders.tenantId),
    orderItems: read(orderItems, columns.orderItems, orderItems.tenantId),
    orderRecipients: readHeldRecipients(tx, keyRing, tenantId, EXPORT_SECTION_LIMIT + 1),
    shipments: read(
      shipments,
      withFlag(columns.shipments, 'hasLabel', shipments.labelFileSealed),
      shipments.tenantId,
    ),
    listings: read(listings, columns.listings, listings.tenantId),
    syncRuns: read(syncRuns, columns.syncRuns, syncRuns.tenantId),
    auditEvents: read(auditEvents, columns.auditEvents, auditEvents.tenantId),
  };

  return { tenant: readTenant(tx, tenantId), lists };
}

// The tenant row without its key salt: the salt is key material, not the seller's data.
function readTenant(tx: Tx, tenantId: string): Row {
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

  return foundOrNotFound(tenant);
}

// Whether a sealed value exists, without selecting the sealed value itself.
function isSet(column: SQLiteColumn) {
  return sql<boolean>`${column} is not null`.mapWith(Boolean);
}

function countRows(lists: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(lists).map(([name, rows]) => [name, rows.length]));
}
