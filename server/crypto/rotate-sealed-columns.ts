import type { Database } from 'better-sqlite3';
import type { MasterKeyRing } from './master-key-ring.ts';
import { assertPlainIdentifiers, quoteIdentifier, type SealedColumn } from './sealed-columns.ts';
import { SEALED_FORMAT_VERSION } from './sealed-format.ts';
import { resealValue } from './sealed-value.ts';
import { SealedValueError, type SealedValueFailure } from './sealed-value-error.ts';

export interface RotationProgress {
  table: string;
  column: string;
  /** Totals for the whole run so far. */
  resealed: number;
  failed: number;
}

export interface RotationFailure {
  table: string;
  column: string;
  rowId: string;
  reason: SealedValueFailure | 'TENANT_NOT_FOUND';
}

export interface RotationOptions {
  batchSize?: number;
  /** Called after each committed batch; throwing stops the run, which can be started again. */
  onProgress?: (progress: RotationProgress) => void;
}

export interface RotationResult {
  resealed: number;
  failures: RotationFailure[];
}

export type LookUpTenantSalt = (tenantId: string) => Buffer | undefined;

type RowId = string | number | bigint;

interface SealedRow {
  rowId: RowId;
  tenantId: unknown;
  sealed: unknown;
}

/**
 * Re-seals every value not yet under the active key, in batches that each commit on their
 * own. A crash loses at most one uncommitted batch, and a new run simply finds the values
 * still under old keys, so it is resumable and running it twice changes nothing more.
 * Values that cannot be opened are reported, not fatal: one corrupt row must not block the
 * rest, and the old key stays visible in `keys status` until someone looks at them.
 */
export function rotateSealedColumns(
  sqlite: Database,
  keyRing: MasterKeyRing,
  lookUpTenantSalt: LookUpTenantSalt,
  columns: readonly SealedColumn[],
  { batchSize = 200, onProgress }: RotationOptions = {},
): RotationResult {
  const result: RotationResult = { resealed: 0, failures: [] };

  for (const sealedColumn of columns) {
    assertPlainIdentifiers(sealedColumn);

    const { table, column } = sealedColumn;
    const batches = prepareBatches(sqlite, sealedColumn, keyRing.activeKeyId, batchSize);
    const reseal = (row: SealedRow) => resealRow(keyRing, lookUpTenantSalt, sealedColumn, row);
    let batch = batches.rotate(undefined, reseal);

    while (batch) {
      const failed = batch.outcomes.filter((outcome) => typeof outcome !== 'string');

      result.resealed += batch.outcomes.length - failed.length;
      result.failures.push(...failed.map((failure) => ({ table, column, ...failure })));
      onProgress?.({ table, column, resealed: result.resealed, failed: result.failures.length });
      batch = batches.rotate(batch.lastRowId, reseal);
    }
  }

  return result;
}

type RowOutcome = string | { rowId: string; reason: RotationFailure['reason'] };

function resealRow(
  keyRing: MasterKeyRing,
  lookUpTenantSalt: LookUpTenantSalt,
  { table, column, purpose }: SealedColumn,
  row: SealedRow,
): RowOutcome {
  const { tenantId, sealed } = row;
  const rowId = String(row.rowId);
  const tenantSalt = typeof tenantId === 'string' ? lookUpTenantSalt(tenantId) : undefined;

  if (typeof tenantId !== 'string' || tenantSalt === undefined) {
    return { rowId, reason: 'TENANT_NOT_FOUND' };
  }

  if (typeof sealed !== 'string') {
    return { rowId, reason: 'MALFORMED' };
  }

  try {
    return resealValue(keyRing, { tenantId, tenantSalt, purpose, table, column, rowId }, sealed);
  } catch (error) {
    if (error instanceof SealedValueError) {
      return { rowId, reason: error.reason };
    }

    throw error;
  }
}

function prepareBatches(
  sqlite: Database,
  { table, column, idColumn, tenantColumn }: SealedColumn,
  activeKeyId: string,
  limit: number,
) {
  const [t, c, id, tenant] = [table, column, idColumn, tenantColumn].map(quoteIdentifier);
  const prefix = `${SEALED_FORMAT_VERSION}.${activeKeyId}.`;
  const selected = `select ${id} as rowId, ${tenant} as tenantId, ${c} as sealed from ${t}`;
  // substr rather than LIKE: key ids may contain '_', which LIKE reads as a wildcard.
  const pending = `${c} is not null and substr(${c}, 1, ${prefix.length}) <> @prefix`;

  // Keyset pagination on the id: rows that failed stay behind the cursor, so every batch
  // makes progress and none is read twice in one run.
  const first = sqlite.prepare(`${selected} where ${pending} order by ${id} limit @limit`);
  const next = sqlite.prepare(
    `${selected} where ${pending} and ${id} > @after order by ${id} limit @limit`,
  );
  // Compare-and-set on the value read: a second guard should batches ever move to a
  // database without SQLite's single writer.
  const update = sqlite.prepare(
    `update ${t} set ${c} = @resealed where ${id} = @rowId and ${c} = @sealed`,
  );

  const select = (after: RowId | undefined) =>
    (after === undefined ? first : next).all({ prefix, limit, after }) as SealedRow[];

  return {
    /**
     * Reads, re-seals and writes one batch in an immediate transaction: the write lock is held
     * from the read on, so no other writer can change a value between opening and replacing it.
     * Returns undefined once no value after `after` is left under an old key.
     */
    rotate(after: RowId | undefined, reseal: (row: SealedRow) => RowOutcome) {
      const rotateBatch = sqlite.transaction(() => {
        const rows = select(after);
        const outcomes = rows.map((row) => {
          const outcome = reseal(row);

          if (typeof outcome === 'string') {
            update.run({ resealed: outcome, rowId: row.rowId, sealed: row.sealed });
          }

          return outcome;
        });

        const lastRow = rows.at(-1);

        return lastRow === undefined ? undefined : { lastRowId: lastRow.rowId, outcomes };
      });

      return rotateBatch.immediate();
    },
  };
}
