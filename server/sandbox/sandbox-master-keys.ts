import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateMasterKeyEntry,
  type MasterKeyRing,
  parseMasterKeyRing,
} from '../crypto/master-key-ring.ts';

const KEY_FILE = 'sandbox-master-keys';

/**
 * Sandbox mode needs no key setup: a ring is generated on first start and kept in the data
 * directory. Live mode never comes here; it requires KAYISTRA_MASTER_KEYS.
 */
export function loadOrCreateSandboxMasterKeys(dataDir: string): MasterKeyRing {
  const path = join(dataDir, KEY_FILE);

  if (!existsSync(path)) {
    // First start of a fresh checkout: the data directory does not exist yet.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, generateMasterKeyEntry('sandbox1'), { mode: 0o600 });
  }

  return parseMasterKeyRing(readFileSync(path, 'utf8'));
}
