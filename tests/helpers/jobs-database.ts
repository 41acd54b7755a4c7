import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openDatabase } from '../../server/db/connection.ts';
import { applyMigrations } from '../../server/db/migrate.ts';
import { tenants } from '../../server/db/schema.ts';

export interface JobsTestDatabase {
  /** The SQLite file, for a second connection or a child process. */
  path: string;
  handle: DatabaseHandle;
  /** Another connection to the same file, as a second process would have. */
  openAnother(): DatabaseHandle;
  close(): void;
}

/** A real SQLite file in a fresh temp dir, migrated, with one tenant `tenant-a`. */
export function createJobsTestDatabase(): JobsTestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'kayistra-jobs-'));
  const path = join(dir, 'jobs.db');
  const handle = openDatabase(path);
  const others: DatabaseHandle[] = [];

  applyMigrations(handle.db);
  handle.db
    .insert(tenants)
    .values({ id: 'tenant-a', companyName: 'Tenant A', keySalt: randomBytes(16) })
    .run();

  return {
    path,
    handle,

    openAnother() {
      const other = openDatabase(path);

      others.push(other);

      return other;
    },

    close() {
      for (const other of others) {
        other.close();
      }

      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
