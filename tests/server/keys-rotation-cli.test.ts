import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRefreshToken, saveAmazonConnection } from '../../server/amazon/connections.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { generateTenantSalt } from '../../server/crypto/tenant-keys.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { applyMigrations } from '../../server/db/migrate.ts';
import { tenants } from '../../server/db/schema.ts';
import { spawnEntry } from '../helpers/spawn-kayistra.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kayistra-rotate-'));
const oldKey = generateMasterKeyEntry('old');
const newKey = generateMasterKeyEntry('new');
const REFRESH_TOKEN = 'Atzr|rotation-test-token';

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function seedSealedToken(): void {
  const database = openDatabase(join(dataDir, 'kayistra.db'));

  applyMigrations(database.db);
  database.db
    .insert(tenants)
    .values({ id: 'tenant-r', companyName: 'Rotation Co', keySalt: generateTenantSalt() })
    .run();
  saveAmazonConnection(
    database.db,
    parseMasterKeyRing(oldKey),
    {
      tenantId: 'tenant-r',
      region: 'eu',
      sellingPartnerId: 'A1ROTATE',
      marketplaceIds: ['A1PA6795UKMFR9'],
      refreshToken: REFRESH_TOKEN,
      now: new Date(),
    },
    { userId: null },
  );
  database.close();
}

const runCli = (args: string[], ring: string) =>
  spawnEntry('server/cli.ts', args, { KAYISTRA_DATA_DIR: dataDir, KAYISTRA_MASTER_KEYS: ring })
    .finished;

describe('kayistra keys rotate / status', () => {
  it('re-seals every value under the new key, idempotently; the token still opens', async () => {
    seedSealedToken();
    const ring = `${newKey},${oldKey}`;

    const before = await runCli(['keys', 'status'], ring);
    const first = await runCli(['keys', 'rotate'], ring);
    const second = await runCli(['keys', 'rotate'], ring);
    const after = await runCli(['keys', 'status'], ring);

    expect(before.stdout).toMatch(/amazon_connections\.refresh_token_sealed\s+old\s+1/);
    expect(first.stdout).toContain('Re-sealed 1 values under key "new"');
    expect(second.stdout).toContain('Re-sealed 0 values under key "new"');
    expect(after.stdout).toMatch(/amazon_connections\.refresh_token_sealed\s+new\s+1/);
    expect(after.stdout).not.toMatch(/\sold\s/);

    // With the old key gone from the ring, the value still opens: it is under the new key now.
    const database = openDatabase(join(dataDir, 'kayistra.db'));
    const opened = openRefreshToken(database.db, parseMasterKeyRing(newKey), {
      tenantId: 'tenant-r',
      region: 'eu',
    });
    database.close();

    expect(opened.refreshToken).toBe(REFRESH_TOKEN);
  });
});
