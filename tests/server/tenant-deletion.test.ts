import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTenantSealer } from '../../server/crypto/load-tenant-sealer.ts';
import { auditEvents } from '../../server/db/schema.ts';
import { countTenantRows, listTenantTables } from '../../server/retention/tenant-tables.ts';
import {
  addSignedInUser,
  enableMfa,
  nextTotp,
  requestAs,
  sendJson,
  signUp,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { type SeededTenantData, seedTenantData } from '../helpers/tenant-data-world.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestClock, type TestClock } from '../helpers/test-clock.ts';

// Issue #7: DELETE /api/tenant removes every row of the tenant and its key salt for good.
const PURCHASED = [new Date('2026-01-10T10:00:00Z'), new Date('2026-02-10T10:00:00Z')];
const ALPHA_COMPANY = 'Alpha Vanishing Kilims';
// Tables the seed leaves empty: the work queue, OAuth handshakes and sync bookkeeping.
const UNSEEDED_TABLES = new Set([
  'jobs',
  'job_schedules',
  'oauth_states',
  'sync_cursors',
  'sync_runs',
]);

let dataDir: string;
let testApp: ReturnType<typeof createTestApp>;
let clock: TestClock;
let alpha: TestAccount;
let beta: TestAccount;
let alphaData: SeededTenantData;

const deleteAs = (account: TestAccount, body: unknown) =>
  sendJson(testApp.app, 'DELETE', '/api/tenant', body, account);

function rowsOf(tenantId: string): Record<string, number> {
  const tables = listTenantTables(testApp.db);

  return Object.fromEntries(
    tables.map((table) => [table, countTenantRows(testApp.db, table, tenantId)]),
  );
}

/** The database file and its WAL as one text, to look for what should be gone. */
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

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kayistra-tenant-delete-'));
  clock = createTestClock();
  testApp = createTestApp({ now: clock.now, databasePath: join(dataDir, 'kayistra.db') });
  alpha = await signUp(testApp.app, { companyName: ALPHA_COMPANY });
  beta = await signUp(testApp.app, { companyName: 'Beta Staying Looms' });
  alphaData = seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: alpha.tenantId,
    tag: 'alphadel',
    purchasedAt: PURCHASED,
  });

  seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: beta.tenantId,
    tag: 'betadel',
    purchasedAt: PURCHASED,
  });
});

afterEach(() => {
  testApp.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('DELETE /api/tenant', () => {
  it('deletes every row of the tenant and leaves no trace in the file or WAL', async () => {
    const betaBefore = rowsOf(beta.tenantId);
    const alphaBefore = rowsOf(alpha.tenantId);

    // The seed must reach every tenant table, or "all gone" would prove little.
    const emptyTables = Object.keys(alphaBefore).filter((table) => alphaBefore[table] === 0);

    expect(emptyTables.filter((table) => !UNSEEDED_TABLES.has(table))).toEqual([]);
    expect(readDatabaseBytes()).toContain(ALPHA_COMPANY);

    const response = await deleteAs(alpha, { password: alpha.password });

    expect(response.status).toBe(204);
    expect(Object.values(rowsOf(alpha.tenantId)).every((count) => count === 0)).toBe(true);
    expect(rowsOf(beta.tenantId)).toEqual(betaBefore);
    expect(() => loadTenantSealer(testApp.db, testApp.masterKeys, alpha.tenantId)).toThrow(
      /no key salt/,
    );

    const bytes = readDatabaseBytes();
    const traces = [
      ALPHA_COMPANY,
      alpha.email,
      alphaData.sellingPartnerId,
      alphaData.shipentegraClientId,
      alphaData.senderPhone,
      alphaData.sku,
      ...alphaData.orders.map((order) => order.amazonOrderId),
    ];

    expect(traces.filter((trace) => bytes.includes(trace))).toEqual([]);
    expect(bytes).toContain('Beta Staying Looms');
  });

  it('ends the tenant’s sessions and leaves one event with the id and counts only', async () => {
    await deleteAs(alpha, { password: alpha.password });

    const me = await requestAs(testApp.app, alpha.token, '/api/me');
    const event = testApp.db
      .select()
      .from(auditEvents)
      .where(and(isNull(auditEvents.tenantId), eq(auditEvents.type, 'tenant.deleted')))
      .get();

    expect(await statusAndCodeOf(me)).toBe('401 UNAUTHENTICATED');
    expect(event?.details).toMatchObject({
      deletedTenantId: alpha.tenantId,
      via: 'owner',
      orders: 2,
    });
    expect(JSON.stringify(event)).not.toContain(alpha.email);
  });

  it('is refused without the password, with a wrong one, and without a recent confirmation', async () => {
    const missing = await deleteAs(alpha, {});
    const wrong = await deleteAs(alpha, { password: 'not-the-password-1' });

    clock.advance(10 * 60 * 1000 + 1);
    const stale = await deleteAs(alpha, { password: alpha.password });

    expect(await statusAndCodeOf(missing)).toBe('400 VALIDATION_FAILED');
    expect(await statusAndCodeOf(wrong)).toBe('401 INVALID_CREDENTIALS');
    expect(await statusAndCodeOf(stale)).toBe('403 CONFIRMATION_REQUIRED');
    expect(rowsOf(alpha.tenantId).orders).toBe(2);
  });

  it('asks for the MFA code when MFA is on', async () => {
    const secret = await enableMfa(testApp.app, alpha.token, clock);
    const confirm = { password: alpha.password, totp: nextTotp(secret, clock) };

    await sendJson(testApp.app, 'POST', '/api/auth/confirm', confirm, alpha);
    const withoutCode = await deleteAs(alpha, { password: alpha.password });

    expect(await statusAndCodeOf(withoutCode)).toBe('401 MFA_CODE_REQUIRED');

    const withCode = await deleteAs(alpha, {
      password: alpha.password,
      totp: nextTotp(secret, clock),
    });

    expect(withCode.status).toBe(204);
  });

  it('is refused to a member of the tenant, even with the right password', async () => {
    const member = await addSignedInUser(testApp.app, testApp.db, { tenantId: alpha.tenantId });
    const response = await deleteAs(member, { password: member.password });

    expect(await statusAndCodeOf(response)).toBe('403 FORBIDDEN');
    expect(rowsOf(alpha.tenantId).orders).toBe(2);
  });

  it('deletes only the caller’s own tenant, whatever the body says', async () => {
    const response = await deleteAs(beta, { password: beta.password, tenantId: alpha.tenantId });

    expect(response.status).toBe(204);
    expect(rowsOf(alpha.tenantId).orders).toBe(2);
    expect(rowsOf(beta.tenantId).orders).toBe(0);
  });
});
