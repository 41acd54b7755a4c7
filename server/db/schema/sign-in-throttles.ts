import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from '../columns.ts';

/**
 * Failed sign-ins per account and per client address, for slowing and then locking guessing.
 * Kept in the database, not in memory, so several server processes share one count.
 */
export const signInThrottles = sqliteTable('sign_in_throttles', {
  // `account:<sha256 of email>` or `address:<sha256 of ip>`: no raw email or IP stored here.
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at').notNull(),
  lockedUntil: timestamp('locked_until'),
});
