import type { Database } from 'better-sqlite3';
import { assertPlainIdentifiers, quoteIdentifier, type SealedColumn } from './sealed-columns.ts';
import { sealedKeyId } from './sealed-format.ts';
import { SealedValueError } from './sealed-value-error.ts';

export interface SealedValueCount {
  table: string;
  column: string;
  /** `null` counts values that are not in a sealed format at all. */
  keyId: string | null;
  count: number;
}

/**
 * How many values each master key seals, per column: an old key may leave the ring only
 * once it counts zero everywhere. Reads key ids from the text, so it needs no keys.
 */
export function countSealedValuesByKeyId(
  sqlite: Database,
  columns: readonly SealedColumn[],
): SealedValueCount[] {
  return columns.flatMap((sealedColumn) => {
    assertPlainIdentifiers(sealedColumn);

    const { table, column } = sealedColumn;
    const counts = new Map<string | null, number>();
    const values = sqlite
      .prepare(`select ${quoteIdentifier(column)} from ${quoteIdentifier(table)}
        where ${quoteIdentifier(column)} is not null`)
      .pluck()
      .iterate();

    for (const value of values) {
      const keyId = readKeyIdOrNull(value);
      counts.set(keyId, (counts.get(keyId) ?? 0) + 1);
    }

    return [...counts].map(([keyId, count]) => ({ table, column, keyId, count }));
  });
}

function readKeyIdOrNull(value: unknown): string | null {
  try {
    return typeof value === 'string' ? sealedKeyId(value) : null;
  } catch (error) {
    if (error instanceof SealedValueError) {
      return null;
    }

    throw error;
  }
}
