import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, tenants } from '../../server/db/schema.ts';
import {
  addSignedInUser,
  requestAs,
  sendJson,
  signUp,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { type SeededTenantData, seedTenantData } from '../helpers/tenant-data-world.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestClock, type TestClock } from '../helpers/test-clock.ts';

// Issue #7: GET /api/tenant/export.
const PURCHASED = [new Date('2026-01-10T10:00:00Z'), new Date('2026-02-10T10:00:00Z')];

let testApp: ReturnType<typeof createTestApp>;
let clock: TestClock;
let alpha: TestAccount;
let alphaData: SeededTenantData;
let betaData: SeededTenantData;

const confirm = (account: TestAccount) =>
  sendJson(testApp.app, 'POST', '/api/auth/confirm', { password: account.password }, account);
const exportAs = (account: TestAccount) =>
  requestAs(testApp.app, account.token, '/api/tenant/export');

beforeEach(async () => {
  clock = createTestClock();
  testApp = createTestApp({ now: clock.now });
  alpha = await signUp(testApp.app, { companyName: 'Alpha Export Ceramics' });
  alphaData = seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: alpha.tenantId,
    tag: 'alphaexp',
    purchasedAt: PURCHASED,
  });

  const beta = await signUp(testApp.app, { companyName: 'Beta Export Looms' });

  betaData = seedTenantData(testApp.db, testApp.masterKeys, {
    tenantId: beta.tenantId,
    tag: 'betaexp',
    purchasedAt: PURCHASED,
  });
});

afterEach(() => testApp.close());

describe('GET /api/tenant/export', () => {
  it('returns everything the tenant owns, PII opened, and no secret or hash', async () => {
    await confirm(alpha);

    const response = await exportAs(alpha);
    const text = await response.text();
    const body = JSON.parse(text);

    expect(response.status).toBe(200);
    expect(body.tenant.companyName).toBe('Alpha Export Ceramics');
    expect(body.users.map((user: { email: string }) => user.email)).toEqual([alpha.email]);
    expect(body.amazonConnections[0]).toMatchObject({
      sellingPartnerId: alphaData.sellingPartnerId,
      hasRefreshToken: true,
    });
    expect(body.shipentegraAccounts[0].clientId).toBe(alphaData.shipentegraClientId);
    expect(body.shippingSettings[0].senderPhone).toBe(alphaData.senderPhone);
    expect(body.skuProfiles[0].sku).toBe(alphaData.sku);
    expect(body.listings[0].sku).toBe(alphaData.sku);
    expect(
      body.orders.map((order: { amazonOrderId: string }) => order.amazonOrderId).sort(),
    ).toEqual(alphaData.orders.map((order) => order.amazonOrderId).sort());
    expect(body.orderItems).toHaveLength(2);
    expect(body.orderRecipients[0].recipient.name).toBe(alphaData.buyerName);
    expect(body.shipments[0]).toMatchObject({ hasLabel: true, state: 'delivered' });
    expect(body.auditEvents.length).toBeGreaterThan(0);
    expect(body.truncatedSections).toEqual([]);

    const forbidden = [
      'passwordHash',
      'mfaSecretSealed',
      'refreshTokenSealed',
      'clientSecretSealed',
      'labelFileSealed',
      'labelUrlSealed',
      'keySalt',
      alphaData.refreshToken,
      alphaData.shipentegraSecret,
      alphaData.labelText,
      alpha.password,
      // Beta's data must not ride along.
      'Beta Export Looms',
      betaData.sellingPartnerId,
      ...betaData.orders.map((order) => order.amazonOrderId),
    ];

    expect(forbidden.filter((needle) => text.includes(needle))).toEqual([]);
  });

  it('records the export as an audit event with counts only', async () => {
    await confirm(alpha);
    await exportAs(alpha);

    const event = testApp.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, alpha.tenantId), eq(auditEvents.type, 'tenant.exported')))
      .get();

    expect(event?.details).toMatchObject({ orders: 2, orderRecipients: 1, users: 1 });
    expect(JSON.stringify(event?.details)).not.toContain(alphaData.buyerName);
  });

  it('is refused once the last confirmation (sign-up counts as one) is 10 minutes old', async () => {
    clock.advance(10 * 60 * 1000 + 1);

    expect(await statusAndCodeOf(await exportAs(alpha))).toBe('403 CONFIRMATION_REQUIRED');

    await confirm(alpha);

    expect((await exportAs(alpha)).status).toBe(200);

    clock.advance(10 * 60 * 1000 + 1);

    expect(await statusAndCodeOf(await exportAs(alpha))).toBe('403 CONFIRMATION_REQUIRED');
  });

  it('is refused to a member, confirmed or not', async () => {
    const member = await addSignedInUser(testApp.app, testApp.db, { tenantId: alpha.tenantId });

    await confirm(member);

    expect(await statusAndCodeOf(await exportAs(member))).toBe('403 FORBIDDEN');
  });

  it('gives another tenant’s confirmed owner only their own data', async () => {
    const gamma = await signUp(testApp.app, { companyName: 'Gamma Curious Co' });

    await confirm(gamma);
    const response = await exportAs(gamma);
    const text = await response.text();
    const alphaMarkers = [
      alpha.email,
      alpha.tenantId,
      'Alpha Export Ceramics',
      alphaData.sellingPartnerId,
      alphaData.buyerName,
      ...alphaData.orders.map((order) => order.amazonOrderId),
    ];

    expect(response.status).toBe(200);
    expect(JSON.parse(text).orders).toEqual([]);
    expect(alphaMarkers.filter((marker) => text.includes(marker))).toEqual([]);
  });

  it('is refused to an owner without MFA when the tenant requires it', async () => {
    testApp.db
      .update(tenants)
      .set({ isMfaRequired: true })
      .where(eq(tenants.id, alpha.tenantId))
      .run();
    await confirm(alpha);

    expect(await statusAndCodeOf(await exportAs(alpha))).toBe('403 MFA_REQUIRED_BY_TENANT');
  });

  it('asks for a session', async () => {
    const response = await testApp.app.request('/api/tenant/export');

    expect(await statusAndCodeOf(response)).toBe('401 UNAUTHENTICATED');
  });
});
