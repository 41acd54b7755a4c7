import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { tenants } from '../db/schema.ts';
import { checkpointWal } from './checkpoint-wal.ts';
import { countTenantRows, listTenantTables } from './tenant-tables.ts';

export interface TenantDeletion {
  tenantId: string;
  /** Rows deleted per table, the tenant's own row included. */
  deletedRows: Record<string, number>;
}

/**
 * Deletes every row of a tenant and its key salt in one transaction, then checkpoints the WAL.
 * With the salt gone, a copy of its sealed values in an old backup can no longer be opened.
 * Returns undefined when there is no such tenant.
 */
export function deleteTenant(
  db: Db,
  tenantId: string,
  context: { via: 'owner' | 'operator'; requestId?: string; now: Date },
): TenantDeletion | undefined {
  const deletion = db.transaction((tx) => {
    const tenant = tx
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.id, tenantId))
      .get();

    if (!tenant) {
      return undefined;
    }

    const deletedRows = deleteTenantRows(tx, tenantId);

    // The tenant's own events went with it; this one outlives it, with the id and counts only.
    recordAuditEvent(tx, {
      tenantId: null,
      userId: null,
      type: 'tenant.deleted',
      details: { deletedTenantId: tenantId, via: context.via, ...deletedRows },
      requestId: context.requestId,
      now: context.now,
    });

    return { tenantId, deletedRows };
  });

  if (deletion) {
    checkpointWal(db);
  }

  return deletion;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// Every tenant table has an ON DELETE CASCADE to tenants, but each is deleted explicitly too:
// a table added later without the cascade would otherwise keep its rows silently.
function deleteTenantRows(tx: Tx, tenantId: string): Record<string, number> {
  const deletedRows: Record<string, number> = {};

  for (const table of listTenantTables(tx)) {
    deletedRows[table] = countTenantRows(tx, table, tenantId);
  }

  for (const table of Object.keys(deletedRows)) {
    tx.run(sql`delete from ${sql.identifier(table)} where tenant_id = ${tenantId}`);
  }

  tx.delete(tenants).where(eq(tenants.id, tenantId)).run();
  deletedRows.tenants = 1;

  return deletedRows;
}
