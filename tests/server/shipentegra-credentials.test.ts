import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, shipentegraAccounts } from '../../server/db/schema.ts';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { openShipentegraCredentials } from '../../server/shipentegra/shipentegra-credentials.ts';
import {
  addSignedInUser,
  findLeaks,
  requestAs,
  sendJson,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import {
  type ConnectedApp,
  createConnectedApp,
  type StandIns,
  startStandIns,
} from '../helpers/connected-app.ts';
import { TENANT_A, TENANT_B } from '../helpers/test-app.ts';

const DEMO = {
  clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
  clientSecret: SHIPENTEGRA_DEMO_ACCOUNT.clientSecret,
};
const WRONG = { clientId: DEMO.clientId, clientSecret: 'not-the-demo-secret' };

let standIns: StandIns;
let connected: ConnectedApp;
let ownerA: TestAccount;
let ownerB: TestAccount;

beforeAll(async () => {
  standIns = await startStandIns();
}, 60_000);

afterAll(() => standIns.stop());

beforeEach(async () => {
  standIns.shipentegra.faults.clear();
  standIns.shipentegra.requests.length = 0;
  connected = createConnectedApp(standIns);
  ownerA = await addSignedInUser(connected.app, connected.db, {
    tenantId: TENANT_A,
    role: 'owner',
  });
  ownerB = await addSignedInUser(connected.app, connected.db, {
    tenantId: TENANT_B,
    role: 'owner',
  });
});

afterEach(() => connected.close());

function saveCredentials(token: string, body: unknown) {
  return sendJson(connected.app, 'PUT', '/api/shipentegra/credentials', body, { token });
}

function removeCredentials(token: string) {
  return requestAs(connected.app, token, '/api/shipentegra/credentials', { method: 'DELETE' });
}

function accountOf(tenantId: string) {
  return connected.db
    .select()
    .from(shipentegraAccounts)
    .where(eq(shipentegraAccounts.tenantId, tenantId))
    .get();
}

function auditOf(type: string) {
  return connected.db.select().from(auditEvents).where(eq(auditEvents.type, type)).all();
}

describe('PUT /api/shipentegra/credentials', () => {
  it('verifies with a token and the carrier list, then saves the secret sealed', async () => {
    const response = await saveCredentials(ownerA.token, DEMO);
    const row = accountOf(TENANT_A);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      connected: true,
      clientId: DEMO.clientId,
      verifiedAt: connected.clock.now().toISOString(),
    });
    expect(standIns.shipentegra.requests.map((request) => request.path)).toEqual([
      '/v1/auth/token',
      '/v1/users/carriers',
    ]);
    expect(row?.clientSecretSealed).not.toContain(DEMO.clientSecret);
    expect(openShipentegraCredentials(connected.db, connected.masterKeys, TENANT_A)).toEqual(DEMO);
    expect(auditOf('shipentegra.credentials_saved')[0]).toMatchObject({
      tenantId: TENANT_A,
      userId: ownerA.userId,
      details: { clientId: DEMO.clientId },
    });
  });

  it('answers 422 for credentials Shipentegra refuses, saving nothing', async () => {
    const response = await saveCredentials(ownerA.token, WRONG);
    const [rejected] = auditOf('shipentegra.credentials_rejected');

    expect(await statusAndCodeOf(response)).toBe('422 SHIPENTEGRA_CREDENTIALS_REJECTED');
    expect(accountOf(TENANT_A)).toBeUndefined();
    expect(rejected?.details).toMatchObject({ clientId: DEMO.clientId });
    expect(JSON.stringify(rejected)).not.toContain(WRONG.clientSecret);
  });

  it('keeps the saved credentials when a replacement is refused', async () => {
    await saveCredentials(ownerA.token, DEMO);

    const before = accountOf(TENANT_A);
    const response = await saveCredentials(ownerA.token, WRONG);

    expect(response.status).toBe(422);
    expect(accountOf(TENANT_A)).toEqual(before);
  });

  it.each([
    ['the token call fails', '/v1/auth/token'],
    ['the carrier list fails', '/v1/users/carriers'],
  ])('answers 502 when %s, saving nothing', async (_, path) => {
    standIns.shipentegra.faults.serverError({ path, times: 1 });

    const response = await saveCredentials(ownerA.token, DEMO);

    expect(await statusAndCodeOf(response)).toBe('502 SHIPENTEGRA_UNAVAILABLE');
    expect(accountOf(TENANT_A)).toBeUndefined();
  });

  it('passes on Retry-After when Shipentegra rate-limits the check', async () => {
    standIns.shipentegra.faults.rateLimit(7, { path: '/v1/auth/token', times: 1 });

    const response = await saveCredentials(ownerA.token, DEMO);

    expect(await statusAndCodeOf(response)).toBe('502 SHIPENTEGRA_UNAVAILABLE');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(accountOf(TENANT_A)).toBeUndefined();
  });

  it('names a missing field and needs a session', async () => {
    const missing = await saveCredentials(ownerA.token, { clientId: DEMO.clientId });
    const anonymous = await sendJson(connected.app, 'PUT', '/api/shipentegra/credentials', DEMO);

    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields[0].path).toBe('clientSecret');
    expect(anonymous.status).toBe(401);
    expect(standIns.shipentegra.requests).toEqual([]);
  });

  it('never logs the secret', async () => {
    await saveCredentials(ownerA.token, DEMO);
    await saveCredentials(ownerA.token, WRONG);

    expect(connected.logLines.length).toBeGreaterThan(0);
    expect(findLeaks(connected.logLines, [DEMO.clientSecret, WRONG.clientSecret])).toEqual([]);
  });
});

describe('DELETE /api/shipentegra/credentials', () => {
  it("removes only the caller's tenant's credentials; nothing saved is NOT_FOUND", async () => {
    await saveCredentials(ownerA.token, DEMO);

    const foreign = await removeCredentials(ownerB.token);
    const own = await removeCredentials(ownerA.token);
    const again = await removeCredentials(ownerA.token);

    expect(await statusAndCodeOf(foreign)).toBe('404 NOT_FOUND');
    expect(own.status).toBe(204);
    expect(accountOf(TENANT_A)).toBeUndefined();
    expect(await statusAndCodeOf(again)).toBe('404 NOT_FOUND');
    expect(() => openShipentegraCredentials(connected.db, connected.masterKeys, TENANT_A)).toThrow(
      expect.objectContaining({ code: 'SHIPENTEGRA_NOT_CONNECTED' }),
    );

    const removals = connected.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, 'shipentegra.credentials_removed'))
      .all();
    expect(removals.map((event) => event.tenantId)).toEqual([TENANT_A]);
  });
});
