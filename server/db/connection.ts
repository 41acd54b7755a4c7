import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/** Opens the database (`:memory:` for tests) with the pragmas every connection needs. */
export function openDatabase(path: string): DatabaseHandle {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }

  const sqlite = new Database(path);

  // WAL lets the HTTP server read while a sync or the job worker writes.
  sqlite.pragma('journal_mode = WAL');
  // Writers queue for up to 5 s instead of failing at once with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  // Deleted PII must not linger in free pages: overwrite them with zeros.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');

  return {
    db: drizzle(sqlite, { schema }),
    sqlite,
    close() {
      if (sqlite.open) {
        // Fold the WAL back into the main file so a stopped server leaves one file behind.
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        sqlite.close();
      }
    },
  };
}
