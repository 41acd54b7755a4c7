import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';

type Reader = Pick<Db, 'all'>;

// Names come from sqlite_master and go into SQL text: plain identifiers only.
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Every table with a `tenant_id` column, read from the database itself rather than a list in
 * code, so a table added by a later migration is deleted and exported-checked without anyone
 * remembering to add it here.
 */
export function listTenantTables(db: Reader): string[] {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
        and name not like '__drizzle%' order by name`,
  );

  return tables
    .map((table) => table.name)
    .filter((name) => PLAIN_IDENTIFIER.test(name) && hasTenantColumn(db, name));
}

function hasTenantColumn(db: Reader, table: string): boolean {
  const columns = db.all<{ name: string }>(sql`select name from pragma_table_info(${table})`);

  return columns.some((column) => column.name === 'tenant_id');
}

/** How many rows of the tenant a table holds. */
export function countTenantRows(db: Reader, table: string, tenantId: string): number {
  const [row] = db.all<{ count: number }>(
    sql`select count(*) as count from ${sql.identifier(table)} where tenant_id = ${tenantId}`,
  );

  return row?.count ?? 0;
}
