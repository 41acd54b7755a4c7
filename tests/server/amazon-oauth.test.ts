import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRefreshToken } from '../../server/amazon/connections.ts';
import { amazonConnections, auditEvents, oauthStates } from '../../server/db/schema.ts';
import { addSignedInUser, findLeaks, type TestAccount } from '../helpers/accounts.ts';
import {
  CONNECTED_AMAZON_APP,
  type ConnectedApp,
  confirmConsent,
  connectAmazon,
  createConnectedApp,
  PUBLIC_URL,
  requestConsentUrl,
  resultPageOf,
  type StandIns,
  startStandIns,
} from '../helpers/connected-app.ts';
import { TEST_APP } from '../helpers/spapi-stand-in-harness.ts';
import { TENANT_A } from '../helpers/test-app.ts';

let standIns: StandIns;
let connected: ConnectedApp;
let owner: TestAccount;

beforeAll(async () => {
  standIns = await startStandIns();
}, 60_000);

afterAll(() => standIns.stop());

beforeEach(async () => {
  standIns.spapi.faults.clear();
  standIns.spapi.requests.clear();
  connected = createConnectedApp(standIns);
  owner = await addSignedInUser(connected.app, connected.db, { tenantId: TENANT_A, role: 'owner' });
});

afterEach(() => connected.close());

function connectionsOf(tenantId: string) {
  return connected.db
    .select()
    .from(amazonConnections)
    .where(eq(amazonConnections.tenantId, tenantId))
    .all();
}

function auditOf(type: string) {
  return connected.db.select().from(auditEvents).where(eq(auditEvents.type, type)).all();
}

function callbackUrl(query: Record<string, string>): string {
  return `${PUBLIC_URL}/api/amazon/callback?${new URLSearchParams(query)}`;
}

describe('GET /api/amazon/authorize', () => {
  it('answers the consent URL with our app id, version=beta and a fresh state each time', async () => {
    const first = await requestConsentUrl(connected, owner.token, 'eu');
    const second = await requestConsentUrl(connected, owner.token, 'eu');
    const state = first.searchParams.get('state') ?? '';
    const rows = connected.db.select().from(oauthStates).all();

    expect(`${first.origin}${first.pathname}`).toBe(
      `${standIns.spapi.origin}/apps/authorize/consent`,
    );
    expect(first.searchParams.get('application_id')).toBe(TEST_APP.appId);
    expect(first.searchParams.get('version')).toBe('beta');
    expect(first.searchParams.get('region')).toBe('eu');
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.searchParams.get('state')).not.toBe(state);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.stateHash.toString('utf8'))).not.toContain(state);
    expect(rows[0]).toMatchObject({ tenantId: TENANT_A, userId: owner.userId, region: 'eu' });
  });

  it('needs a session and a known region', async () => {
    const anonymous = await connected.app.request('/api/amazon/authorize?region=na');
    const unknownRegion = await connected.app.request('/api/amazon/authorize?region=xx', {
      headers: { Authorization: `Bearer ${owner.token}` },
    });

    expect(anonymous.status).toBe(401);
    expect(unknownRegion.status).toBe(400);
    expect((await unknownRegion.json()).error.fields[0].path).toBe('region');
  });
});

describe('GET /api/amazon/callback', () => {
  it('connects end to end: sealed token, seller, marketplaces, audit and a page', async () => {
    const seller = standIns.spapi.demo.sellers[0];
    const response = await connectAmazon(connected, owner.token);
    const [row] = connectionsOf(TENANT_A);
    const opened = openRefreshToken(connected.db, connected.masterKeys, {
      tenantId: TENANT_A,
      region: 'na',
    });

    expect(await resultPageOf(response)).toBe('200 Amazon is connected');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(row).toMatchObject({
      region: 'na',
      sellingPartnerId: seller?.sellingPartnerId,
      marketplaceIds: seller?.marketplaceIds,
      status: 'connected',
    });
    expect(opened.refreshToken).toMatch(/^Atzr\|/);
    expect(row?.refreshTokenSealed).not.toContain(opened.refreshToken);
    expect(auditOf('amazon.connected')[0]).toMatchObject({
      tenantId: TENANT_A,
      userId: owner.userId,
      details: { region: 'na', sellingPartnerId: seller?.sellingPartnerId },
    });
  });

  it('lets a replayed or concurrent callback redeem nothing: the state is single-use', async () => {
    const callback = await confirmConsent(
      connected,
      await requestConsentUrl(connected, owner.token),
    );
    const answers = await Promise.all([connected.visit(callback), connected.visit(callback)]);
    const later = await connected.visit(callback);
    const pages = (await Promise.all(answers.map(resultPageOf))).sort();

    expect(pages).toEqual([
      '200 Amazon is connected',
      '409 This authorisation link was already used',
    ]);
    expect(await resultPageOf(later)).toBe('409 This authorisation link was already used');
    // A second redemption of the code would show up as LWA's invalid_grant.
    expect(standIns.spapi.requests.count({ operation: 'lwa:token', status: 400 })).toBe(0);
    expect(connectionsOf(TENANT_A)).toHaveLength(1);
  });

  it('refuses a state older than 10 minutes and stores nothing', async () => {
    const consentUrl = await requestConsentUrl(connected, owner.token);
    const callback = await confirmConsent(connected, consentUrl);

    connected.clock.advance(10 * 60 * 1000 + 1);

    expect(await resultPageOf(await connected.visit(callback))).toBe(
      '410 This authorisation link has expired',
    );
    expect(connectionsOf(TENANT_A)).toEqual([]);
    expect(auditOf('amazon.authorization_failed')[0]?.details).toEqual({
      region: 'na',
      reason: 'state_expired',
    });
  });

  it('refuses a state it never issued, and a missing one', async () => {
    const forged = await connected.visit(
      callbackUrl({
        state: 'x'.repeat(43),
        selling_partner_id: 'A1B2C3D4E5F6G7',
        spapi_oauth_code: 'AN1',
      }),
    );
    const missing = await connected.visit(callbackUrl({ spapi_oauth_code: 'AN1' }));

    expect(await resultPageOf(forged)).toBe('400 This authorisation link is not valid');
    expect(await resultPageOf(missing)).toBe('400 This authorisation link is not valid');
    expect(connected.db.select().from(amazonConnections).all()).toEqual([]);
  });

  it('says consent was denied when Amazon sends an error, and spends the state', async () => {
    const consentUrl = await requestConsentUrl(connected, owner.token);
    const state = consentUrl.searchParams.get('state') ?? '';
    const denied = await connected.visit(callbackUrl({ state, error: 'access_denied' }));
    const callback = await confirmConsent(connected, consentUrl);

    expect(await resultPageOf(denied)).toBe('403 Amazon was not connected');
    expect(await resultPageOf(await connected.visit(callback))).toBe(
      '409 This authorisation link was already used',
    );
    expect(connectionsOf(TENANT_A)).toEqual([]);
    expect(auditOf('amazon.authorization_failed').map((event) => event.details)).toEqual([
      { region: 'na', reason: 'consent_denied' },
      { region: 'na', reason: 'state_used' },
    ]);
  });

  it('says consent was denied when Amazon sends no code', async () => {
    const consentUrl = await requestConsentUrl(connected, owner.token);
    const state = consentUrl.searchParams.get('state') ?? '';
    const response = await connected.visit(callbackUrl({ state }));

    expect(await resultPageOf(response)).toBe('403 Amazon was not connected');
    expect(connectionsOf(TENANT_A)).toEqual([]);
  });

  it('says the redirect was incomplete when the seller id is missing or malformed', async () => {
    const missing = await requestConsentUrl(connected, owner.token);
    const malformed = await requestConsentUrl(connected, owner.token);
    const answers = await Promise.all([
      connected.visit(
        callbackUrl({ state: missing.searchParams.get('state') ?? '', spapi_oauth_code: 'AN1' }),
      ),
      connected.visit(
        callbackUrl({
          state: malformed.searchParams.get('state') ?? '',
          spapi_oauth_code: 'AN1',
          selling_partner_id: '<b>A1B2C3D4E5</b>',
        }),
      ),
    ]);

    for (const response of answers) {
      expect(await resultPageOf(response)).toBe("400 Amazon's answer was incomplete");
    }

    expect(standIns.spapi.requests.count({ operation: 'lwa:token' })).toBe(0);
    expect(connectionsOf(TENANT_A)).toEqual([]);
  });

  it('says the code was refused when LWA answers invalid_grant (code already redeemed)', async () => {
    const callback = new URL(
      await confirmConsent(connected, await requestConsentUrl(connected, owner.token)),
    );
    const redeemed = await standIns.browse(`${standIns.spapi.origin}/auth/o2/token`, {
      grant_type: 'authorization_code',
      code: callback.searchParams.get('spapi_oauth_code') ?? '',
      client_id: TEST_APP.lwa.clientId,
      client_secret: TEST_APP.lwa.clientSecret,
    });

    expect(redeemed.status).toBe(200);
    expect(await resultPageOf(await connected.visit(callback.href))).toBe(
      '400 Amazon did not accept this authorisation',
    );
    expect(connectionsOf(TENANT_A)).toEqual([]);
    expect(auditOf('amazon.authorization_failed')[0]?.details).toMatchObject({
      reason: 'code_rejected',
    });
  });

  it.each([
    ['LWA answers 503', { kind: 'error', operation: 'lwa', status: 503 }],
    ['LWA drops the connection', { kind: 'drop', operation: 'lwa' }],
    [
      'getMarketplaceParticipations fails',
      { kind: 'error', operation: 'getMarketplaceParticipations' },
    ],
  ] as const)('says Amazon did not answer when %s, and stores nothing', async (_, fault) => {
    const consentUrl = await requestConsentUrl(connected, owner.token);
    const callback = await confirmConsent(connected, consentUrl);

    standIns.spapi.faults.add({ ...fault, times: 1 });

    expect(await resultPageOf(await connected.visit(callback))).toBe('502 Amazon did not answer');
    expect(connectionsOf(TENANT_A)).toEqual([]);
    expect(auditOf('amazon.authorization_failed')[0]?.details).toMatchObject({
      reason: 'amazon_unavailable',
    });
  });

  it('blames the server operator when LWA refuses our own client secret', async () => {
    connected.close();
    connected = createConnectedApp(standIns, {
      amazonApp: { ...CONNECTED_AMAZON_APP, lwaClientSecret: 'rotated-away' },
    });
    owner = await addSignedInUser(connected.app, connected.db, { tenantId: TENANT_A });

    const response = await connectAmazon(connected, owner.token);

    expect(await resultPageOf(response)).toBe("500 Kayistra's Amazon app is misconfigured");
    expect(connectionsOf(TENANT_A)).toEqual([]);
  });

  it('never logs the code, the state or the tokens', async () => {
    const consentUrl = await requestConsentUrl(connected, owner.token);
    const callback = new URL(await confirmConsent(connected, consentUrl));
    const response = await connected.visit(callback.href);
    const { refreshToken } = openRefreshToken(connected.db, connected.masterKeys, {
      tenantId: TENANT_A,
      region: 'na',
    });
    const secrets = [
      callback.searchParams.get('spapi_oauth_code') ?? '',
      callback.searchParams.get('state') ?? '',
      refreshToken,
      TEST_APP.lwa.clientSecret,
    ];

    expect(response.status).toBe(200);
    expect(connected.logLines.length).toBeGreaterThan(0);
    expect(findLeaks(connected.logLines, secrets)).toEqual([]);
  });
});
