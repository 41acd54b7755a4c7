import { eq } from 'drizzle-orm';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import { createTenantSealer } from '../crypto/tenant-sealer.ts';
import type { Db } from '../db/connection.ts';
import { orderRecipients, orders, tenants } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';

type Reader = Pick<Db, 'select'>;

export type ExportedRecipient = {
  orderId: string;
  amazonOrderId: string;
  fetchedAt: Date;
  /** The opened address and contact, or null when it could not be opened. */
  recipient: unknown;
};

/**
 * The buyer PII still held (retention has not purged it yet), opened: it is the seller's data
 * and a portable copy must be readable. A value that fails to open is exported as null rather
 * than failing the whole export.
 */
export function readHeldRecipients(
  db: Reader,
  keyRing: MasterKeyRing,
  tenantId: string,
  limit: number,
): ExportedRecipient[] {
  const tenant = db
    .select({ keySalt: tenants.keySalt })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .get();

  if (!tenant) {
    return [];
  }

  const sealer = createTenantSealer(keyRing, { tenantId, tenantSalt: tenant.keySalt });
  const rows = db
    .select({
      orderId: orderRecipients.orderId,
      amazonOrderId: orders.amazonOrderId,
      fetchedAt: orderRecipients.fetchedAt,
      recipientSealed: orderRecipients.recipientSealed,
    })
    .from(orderRecipients)
    .innerJoin(orders, eq(orders.id, orderRecipients.orderId))
    .where(whereTenant(orderRecipients.tenantId, tenantId))
    .limit(limit)
    .all();

  return rows.map(({ recipientSealed, ...row }) => {
    const cell = {
      purpose: 'pii' as const,
      table: 'order_recipients',
      column: 'recipient_sealed',
      rowId: row.orderId,
    };

    return { ...row, recipient: openRecipient(() => sealer.openAsString(cell, recipientSealed)) };
  });
}

function openRecipient(open: () => string): unknown {
  try {
    return JSON.parse(open());
  } catch {
    return null;
  }
}
