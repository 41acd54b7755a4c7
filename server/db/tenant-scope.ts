import { and, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../shared/errors.ts';

/**
 * The `where` of every tenant-owned query: the tenant first, then the caller's conditions.
 * Rows are never fetched by id alone and compared afterwards.
 */
export function whereTenant(
  tenantColumn: SQLiteColumn,
  tenantId: string,
  ...conditions: (SQL | undefined)[]
): SQL {
  return and(eq(tenantColumn, tenantId), ...conditions) as SQL;
}

/** A scoped read that found nothing: foreign and missing rows answer the same NOT_FOUND. */
export function foundOrNotFound<Row>(row: Row | undefined): Row {
  if (row === undefined) {
    throw new AppError('NOT_FOUND');
  }

  return row;
}

/**
 * A scoped update or delete must change exactly the one row it named: none is NOT_FOUND, more
 * is a bug that must not commit. Call it inside the write's transaction so a throw rolls back.
 */
export function expectOneRowChanged(result: { changes: number }): void {
  if (result.changes === 0) {
    throw new AppError('NOT_FOUND');
  }

  if (result.changes > 1) {
    throw new Error(`a scoped write changed ${result.changes} rows instead of one`);
  }
}
