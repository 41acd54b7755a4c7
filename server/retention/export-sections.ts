import { getTableColumns } from 'drizzle-orm';
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
  users,
} from '../db/schema.ts';

/**
 * The columns each export section selects. Secrets are left out here, at the select, so they
 * never reach the process's memory on the way to JSON: password hashes, MFA secrets and their
 * last step, sealed refresh tokens and client secrets, sealed label files and URLs.
 */
export function exportColumns() {
  const {
    passwordHash,
    mfaSecretSealed,
    mfaLastStep,
    tenantId: _user,
    ...userColumns
  } = getTableColumns(users);
  const {
    refreshTokenSealed,
    tenantId: _amazon,
    ...amazonColumns
  } = getTableColumns(amazonConnections);
  const {
    clientSecretSealed,
    tenantId: _shipentegra,
    ...shipentegraColumns
  } = getTableColumns(shipentegraAccounts);
  const {
    labelFileSealed,
    labelUrlSealed,
    tenantId: _shipment,
    ...shipmentColumns
  } = getTableColumns(shipments);

  return {
    users: userColumns,
    amazonConnections: amazonColumns,
    shipentegraAccounts: shipentegraColumns,
    shipments: shipmentColumns,
    shippingSettings: withoutTenant(getTableColumns(shippingSettings)),
    skuProfiles: withoutTenant(getTableColumns(skuProfiles)),
    orders: withoutTenant(getTableColumns(orders)),
    orderItems: withoutTenant(getTableColumns(orderItems)),
    listings: withoutTenant(getTableColumns(listings)),
    syncRuns: withoutTenant(getTableColumns(syncRuns)),
    auditEvents: withoutTenant(getTableColumns(auditEvents)),
  };
}

// The tenant id is the export's own; repeating it on every row only makes the file larger.
function withoutTenant<Columns extends { tenantId: unknown }>(
  columns: Columns,
): Omit<Columns, 'tenantId'> {
  const { tenantId: _tenant, ...rest } = columns;

  return rest;
}
