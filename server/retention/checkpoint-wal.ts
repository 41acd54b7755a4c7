import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';

/**
 * Copies the WAL into the main file and truncates it. `secure_delete` zeroes deleted rows in the
 * database pages, but the WAL still holds the page images written before the delete: until
 * this runs, a copy of the WAL would still show what was purged.
 */
export function checkpointWal(db: Db): void {
  db.all(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
}
