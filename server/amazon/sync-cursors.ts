import { and, eq } from 'drizzle-orm';
import type { SyncCursorRow, SyncKind } from '../db/schema.ts';
import { syncCursors } from '../db/schema.ts';
import type { JobDatabase } from '../jobs/job-database.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';

export interface CursorAddress {
  tenantId: string;
  region: AmazonRegion;
  kind: SyncKind;
  sellingPartnerId: string;
}

/** A walk through Amazon's pages that has started and not yet reached the last page. */
export interface PassInProgress {
  windowStart: Date;
  bound: Date | null;
  pageToken: string | null;
}

export interface SyncCursor {
  completedThrough: Date | null;
  pass: PassInProgress | null;
}

/** The cursor, or a blank one when there is none or it belongs to another seller account. */
export function loadSyncCursor(db: JobDatabase, address: CursorAddress): SyncCursor {
  const row = db
    .select()
    .from(syncCursors)
    .where(
      and(
        eq(syncCursors.tenantId, address.tenantId),
        eq(syncCursors.region, address.region),
        eq(syncCursors.kind, address.kind),
      ),
    )
    .get();

  if (!row || row.sellingPartnerId !== address.sellingPartnerId) {
    return { completedThrough: null, pass: null };
  }

  return { completedThrough: row.completedThrough, pass: passOf(row) };
}

/** Writes the cursor; call inside the transaction that stores the page it describes. */
export function saveSyncCursor(
  db: JobDatabase,
  address: CursorAddress,
  cursor: SyncCursor,
  now: Date,
): void {
  const values = {
    sellingPartnerId: address.sellingPartnerId,
    completedThrough: cursor.completedThrough,
    passWindowStart: cursor.pass?.windowStart ?? null,
    passBound: cursor.pass?.bound ?? null,
    passPageToken: cursor.pass?.pageToken ?? null,
    updatedAt: now,
  };

  db.insert(syncCursors)
    .values({ tenantId: address.tenantId, region: address.region, kind: address.kind, ...values })
    .onConflictDoUpdate({
      target: [syncCursors.tenantId, syncCursors.region, syncCursors.kind],
      set: values,
    })
    .run();
}

function passOf(row: SyncCursorRow): PassInProgress | null {
  if (!row.passWindowStart) {
    return null;
  }

  return { windowStart: row.passWindowStart, bound: row.passBound, pageToken: row.passPageToken };
}
