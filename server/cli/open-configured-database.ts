import { type Config, loadConfig } from '../config.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import { type DatabaseHandle, openDatabase } from '../db/connection.ts';
import { applyMigrations } from '../db/migrate.ts';
import { loadOrCreateSandboxMasterKeys } from '../sandbox/sandbox-master-keys.ts';

export interface ConfiguredDatabase extends DatabaseHandle {
  config: Config;
  masterKeys: MasterKeyRing;
}

/** The server's own configuration, key ring and migrated database, for operator commands. */
export function openConfiguredDatabase(): ConfiguredDatabase {
  const config = loadConfig(process.env);
  const database = openDatabase(config.databasePath);

  applyMigrations(database.db);

  return {
    ...database,
    config,
    masterKeys: config.masterKeys ?? loadOrCreateSandboxMasterKeys(config.dataDir),
  };
}
