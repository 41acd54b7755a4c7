import type { RunResult } from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from '../db/schema.ts';

/**
 * The database or a transaction inside it, so a service can enqueue a job in the same
 * transaction as the row change that calls for it (the job exists exactly when the change does).
 */
export type JobDatabase = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;
