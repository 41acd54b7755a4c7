import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  markNeedsReauthorization,
  openRefreshToken,
  openSealedRefreshToken,
} from '../../server/amazon/connections.ts';
import { fetchMarketplaceIds } from '../../server/amazon/marketplace-participations.ts';
import {
  AmazonAuthorizationRevokedError,
  createSellingPartnerClient,
} from '../../server/amazon/selling-partner-client.ts';
import { amazonConnections, auditEvents } from '../../server/db/schema.ts';
import { addSignedInUser, requestAs, type TestAccount } from '../helpers/accounts.ts';
import {
  CONNECTED_AMAZON_APP,
  type ConnectedApp,
  connectAmazon,
  createConnectedApp,
  resultPageOf,
  type StandIns,
  startStandIns,
} from '../helpers/connected-app.ts';
import { TENANT_A, TENANT_B } from '../helpers/test-app.ts';

let standIns: StandIns;
let connected: ConnectedApp;
let ownerA: TestAccount;
let ownerB: TestAccount;

beforeAll(async () => {
  standIns = await startStandIns();
}, 60_000);

afterAll(() => standIns.stop());

beforeEach(async () => {
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

function connectionOf(tenantId: string) {
  return connected.db
    .select()
    .from(amazonConnections)
    .where(eq(amazonConnections.tenantId, tenantId))
    .get();
}

function auditTypesOf(tenantId: string): string[] {
  return connected.db
    .select({ type: auditEvents.type })
    .from(auditEvents)
    .where(eq(auditEvents.tenantId, tenantId))
    .all()
    .map((event) => event.type);
}

function disconnect(token: string, region: string) {
  return requestAs(connected.app, token, `/api/amazon/connections/${region}`, {
    method: 'DELETE',
  });
}

/** What `GET /api/me` shows the seller about their Amazon connections. */
async function amazonStatusShownTo(token: string): Promise<string[]> {
  const me = await (await requestAs(connected.app, token, '/api/me')).json();

  return me.amazonConnections.map(
    (connection: { region: string; status: string }) => `${connection.region} ${connection.status}`,
  );
}

async function errorCodeOf(response: Response): Promise<string> {
  return `${response.status} ${(await response.json()).error.code}`;
}

describe('DELETE /api/amazon/connections/:region', () => {
  it('deletes the connection with its sealed token, audited; a second delete is NOT_FOUND', async () => {
    await connectAmazon(connected, ownerA.token);

    const first = await disconnect(ownerA.token, 'na');
    const second = await disconnect(ownerA.token, 'na');

    expect(first.status).toBe(204);
    expect(connectionOf(TENANT_A)).toBeUndefined();
    expect(auditTypesOf(TENANT_A)).toContain('amazon.disconnected');
    expect(await errorCodeOf(second)).toBe('404 NOT_FOUND');
  });

  it("answers tenant B NOT_FOUND for tenant A's region, and deletes only B's own", async () => {
    const [, , secondNaSeller] = standIns.spapi.demo.sellers;

    await connectAmazon(connected, ownerA.token);

    const foreign = await disconnect(ownerB.token, 'na');

    await connectAmazon(connected, ownerB.token, { sellerId: secondNaSeller?.sellingPartnerId });

    const own = await disconnect(ownerB.token, 'na');

    expect(await errorCodeOf(foreign)).toBe('404 NOT_FOUND');
    expect(own.status).toBe(204);
    expect(connectionOf(TENANT_B)).toBeUndefined();
    expect(connectionOf(TENANT_A)?.status).toBe('connected');
    expect(auditTypesOf(TENANT_A)).not.toContain('amazon.disconnected');
  });

  it('needs a session and a known region', async () => {
    const anonymous = await connected.app.request('/api/amazon/connections/na', {
      method: 'DELETE',
    });

    expect(anonymous.status).toBe(401);
    expect(await errorCodeOf(await disconnect(ownerA.token, 'mars'))).toBe('400 VALIDATION_FAILED');
  });
});

describe('needing re-authorisation', () => {
  it('marks a connection whose token Amazon refuses, once, and scoped to its tenant', async () => {
    await connectAmazon(connected, ownerA.token);

    const row = connectionOf(TENANT_A);
    const refreshToken = openSealedRefreshToken(connected.db, connected.masterKeys, {
      id: row?.id ?? '',
      tenantId: TENANT_A,
      refreshTokenSealed: row?.refreshTokenSealed ?? null,
    });
    const client = createSellingPartnerClient({
      region: 'na',
      refreshToken,
      amazonApp: CONNECTED_AMAZON_APP,
      agent: standIns.remotes.amazon,
    });

    standIns.spapi.revokeRefreshToken(refreshToken);

    // What the sync does with Amazon's refusal (issue 4).
    await expect(fetchMarketplaceIds(client)).rejects.toBeInstanceOf(
      AmazonAuthorizationRevokedError,
    );
    expect(markNeedsReauthorization(connected.db, TENANT_B, 'na')).toBe(false);
    expect(markNeedsReauthorization(connected.db, TENANT_A, 'na')).toBe(true);
    expect(markNeedsReauthorization(connected.db, TENANT_A, 'na')).toBe(false);
    expect(connectionOf(TENANT_A)?.status).toBe('needs_reauthorization');
    expect(
      auditTypesOf(TENANT_A).filter((type) => type === 'amazon.needs_reauthorization'),
    ).toHaveLength(1);
    expect(() =>
      openRefreshToken(connected.db, connected.masterKeys, { tenantId: TENANT_A, region: 'na' }),
    ).toThrow(expect.objectContaining({ code: 'AMAZON_NEEDS_REAUTHORIZATION' }));
  });

  it('is cleared by authorising again: same connection, new token, connected', async () => {
    await connectAmazon(connected, ownerA.token);

    const before = connectionOf(TENANT_A);

    markNeedsReauthorization(connected.db, TENANT_A, 'na');
    connected.clock.advance(60_000);

    const shownBefore = await amazonStatusShownTo(ownerA.token);
    const page = await connectAmazon(connected, ownerA.token);
    const after = connectionOf(TENANT_A);

    expect(await resultPageOf(page)).toBe('200 Amazon is connected');
    expect(shownBefore).toEqual(['na needs_reauthorization']);
    expect(await amazonStatusShownTo(ownerA.token)).toEqual(['na connected']);
    expect(after).toMatchObject({ id: before?.id, status: 'connected' });
    expect(after?.refreshTokenSealed).not.toBe(before?.refreshTokenSealed);
    expect(after?.authorizedAt.getTime()).toBeGreaterThan(before?.authorizedAt.getTime() ?? 0);
    expect(
      openRefreshToken(connected.db, connected.masterKeys, { tenantId: TENANT_A, region: 'na' })
        .refreshToken,
    ).toMatch(/^Atzr\|/);
  });

  it('answers AMAZON_NOT_CONNECTED for a region never connected', () => {
    expect(() =>
      openRefreshToken(connected.db, connected.masterKeys, { tenantId: TENANT_A, region: 'eu' }),
    ).toThrow(expect.objectContaining({ code: 'AMAZON_NOT_CONNECTED' }));
  });
});
