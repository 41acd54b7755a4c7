import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { generateTenantSalt } from '../../server/crypto/tenant-keys.ts';
import { openDatabase } from '../../server/db/connection.ts';
import { applyMigrations } from '../../server/db/migrate.ts';
import { orders, tenants } from '../../server/db/schema.ts';
import { spawnEntry } from '../helpers/spawn-kayistra.ts';
import { seedTenantData } from '../helpers/tenant-data-world.ts';

// Issue #7: `kayistra retention run --as-of` and `kayistra tenant delete` on a real database.
const dataDir = mkdtempSync(join(tmpdir(), 'kayistra-retention-cli-'));
const databasePath = join(dataDir, 'kayistra.db');
const keyEntry = generateMasterKeyEntry('cli');

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const runCli = (args: string[]) =>
  spawnEntry('server/cli.ts', args, { KAYISTRA_DATA_DIR: dataDir, KAYISTRA_MASTER_KEYS: keyEntry })
    .finished;

function seedTenants(): void {
  const database = openDatabase(databasePath);

  applyMigrations(database.db);

  for (const id of ['tenant-old', 'tenant-gone']) {
    database.db
      .insert(tenants)
      .values({ id, companyName: `${id} Co`, keySalt: generateTenantSalt() })
      .run();

    seedTenantData(database.db, parseMasterKeyRing(keyEntry), {
      tenantId: id,
      tag: id,
      purchasedAt: [new Date('2026-01-10T10:00:00Z'), new Date('2026-09-10T10:00:00Z')],
    });
  }

  database.close();
}

function countOrders(tenantId: string): number {
  const database = openDatabase(databasePath);
  const count = database.db.select().from(orders).where(eq(orders.tenantId, tenantId)).all().length;

  database.close();

  return count;
}

describe('kayistra retention run / tenant delete', () => {
  it('runs retention as of a given date and prints the counts', async () => {
    seedTenants();

    const bad = await runCli(['retention', 'run', '--as-of', 'someday']);
    const result = await runCli(['retention', 'run', '--as-of', '2031-01-12T00:00:00Z']);

    expect(bad.code).toBe(64);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('orders: 2 deleted');
    expect(result.stdout).toContain('recipients: 2 deleted');
    expect(countOrders('tenant-old')).toBe(1);
  });

  it('deletes a tenant only with --yes, and says so when there is none', async () => {
    const unconfirmed = await runCli(['tenant', 'delete', 'tenant-gone']);

    expect(unconfirmed.code).toBe(64);
    expect(countOrders('tenant-gone')).toBe(1);

    const deleted = await runCli(['tenant', 'delete', 'tenant-gone', '--yes']);
    const again = await runCli(['tenant', 'delete', 'tenant-gone', '--yes']);

    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('Deleted tenant tenant-gone');
    expect(countOrders('tenant-gone')).toBe(0);
    expect(countOrders('tenant-old')).toBe(1);
    expect(again.code).toBe(1);
  });
});
