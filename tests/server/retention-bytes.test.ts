import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderRecipients, shipments } from '../../server/db/schema.ts';
import { runRetention } from '../../server/retention/run-retention.ts';
import { type SeededTenantData, seedTenantData } from '../helpers/tenant-data-world.ts';
import { createTestApp, TENANT_A } from '../helpers/test-app.ts';

// Issue #7: purged PII leaves no copy in the database file or its WAL, sealed or not.
const DAY_MS = 24 * 60 * 60 * 1000;
const PURCHASED = new Date('2026-01-10T10:00:00Z');
// The seed delivers the first order 7 days after purchase.
const DELIVERED = new Date(PURCHASED.getTime() + 7 * DAY_MS);

let dataDir: string;
let testApp: ReturnType<typeof createTestApp>;
let data: SeededTenantData;

function readDatabaseBytes(): string {
  const path = join(dataDir, 'kayistra.db');
  const wal = (() => {
    try {
      return readFileSync(`${path}-wal`);
    } catch {
      return Buffer.alloc(0);
    }
  })();

  return Buffer.concat([readFileSync(path), wal]).toString('latin1');
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kayistra-retention-bytes-'));
  testApp = createTestApp({ databasePath: join(dataDir, 'kayistra.db') });
  data = seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: TENANT_A,
    tag: 'bytes',
    purchasedAt: [PURCHASED],
  });
});

afterEach(() => {
  testApp.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('retention leaves no recoverable PII', () => {
  it('removes the sealed recipient and label from file and WAL; the order stays', () => {
    const recipient = testApp.db.select().from(orderRecipients).get()?.recipientSealed ?? '';
    const label = testApp.db.select().from(shipments).get()?.labelFileSealed ?? '';

    // The scan can see them before the purge, so not finding them afterwards means something.
    expect(readDatabaseBytes()).toContain(recipient);
    expect(readDatabaseBytes()).toContain(label);

    runRetention(testApp.db, { asOf: new Date(DELIVERED.getTime() + 31 * DAY_MS) });
    const bytes = readDatabaseBytes();

    expect(recipient.length).toBeGreaterThan(20);
    expect(bytes.includes(recipient)).toBe(false);
    expect(bytes.includes(label)).toBe(false);
    expect(bytes).toContain(data.orders[0]?.amazonOrderId);
    expect(bytes).toContain(data.sku);
  });
});
