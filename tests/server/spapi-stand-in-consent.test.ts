import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import {
  type RawResponse,
  type StandInHarness,
  startStandInHarness,
  TEST_APP,
} from '../helpers/spapi-stand-in-harness.ts';

const SELLER_CENTRAL = 'sellercentral.amazon.com';

let nowMs = Date.parse('2026-08-20T10:00:00Z');
let harness: StandInHarness;

beforeAll(async () => {
  harness = await startStandInHarness({ now: () => new Date(nowMs) });
});

afterAll(async () => {
  await harness.close();
});

function consentPage(query: Record<string, string>, host = SELLER_CENTRAL): Promise<RawResponse> {
  return harness.send({ host, path: `/apps/authorize/consent?${new URLSearchParams(query)}` });
}

async function confirmAs(seller: StandInSeller, state: string): Promise<URL> {
  const response = await harness.send({
    method: 'POST',
    host: SELLER_CENTRAL,
    path: '/apps/authorize/consent',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      application_id: TEST_APP.appId,
      state,
      selling_partner_id: seller.sellingPartnerId,
    }).toString(),
  });

  expect(response.status).toBe(302);
  return new URL(String(response.headers.location));
}

function exchangeCode(
  code: string,
  redirectUri: string = TEST_APP.redirectUri,
): Promise<RawResponse> {
  return harness.send({
    method: 'POST',
    host: 'api.amazon.com',
    path: '/auth/o2/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: TEST_APP.lwa.clientId,
      client_secret: TEST_APP.lwa.clientSecret,
    }).toString(),
  });
}

describe('consent page', () => {
  test('lists the sellers of the Seller Central region, or of ?region=', async () => {
    const na = await consentPage({ application_id: TEST_APP.appId, state: 's1', version: 'beta' });
    const eu = await consentPage({ application_id: TEST_APP.appId, state: 's1', region: 'eu' });
    const [first, europe] = harness.standIn.demo.sellers;

    expect(na.status).toBe(200);
    expect(String(na.body)).toContain(first?.sellingPartnerId);
    expect(String(na.body)).not.toContain(europe?.sellingPartnerId);
    expect(String(eu.body)).toContain(europe?.sellingPartnerId);
    expect(String(na.body)).toContain('<button type="submit" id="confirm">Confirm</button>');
  });

  test('an unknown application id shows an error page', async () => {
    const response = await consentPage({
      application_id: 'amzn1.sp.solution.someone-else',
      state: 's1',
    });

    expect(response.status).toBe(400);
    expect(String(response.body)).toContain('is not known');
  });

  test('confirming redirects to our callback with state, seller and a code that LWA exchanges once', async () => {
    const callback = await confirmAs(harness.seller, 'state-123');
    const code = callback.searchParams.get('spapi_oauth_code') ?? '';
    const exchanged = await exchangeCode(code);
    const reused = await exchangeCode(code);

    expect(`${callback.origin}${callback.pathname}`).toBe(TEST_APP.redirectUri);
    expect(callback.searchParams.get('state')).toBe('state-123');
    expect(callback.searchParams.get('selling_partner_id')).toBe(harness.seller.sellingPartnerId);
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toMatchObject({
      refresh_token: expect.stringMatching(/^Atzr\|/),
      access_token: expect.stringMatching(/^Atza\|/),
      token_type: 'bearer',
      expires_in: 3600,
    });
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ error: 'invalid_grant' });
  });

  test('the refresh token from a consent works with the real client', async () => {
    const callback = await confirmAs(harness.seller, 'state-456');
    const exchanged = await exchangeCode(callback.searchParams.get('spapi_oauth_code') ?? '');
    const refreshToken = (exchanged.body as { refresh_token: string }).refresh_token;
    const client = harness.clientFor({ ...harness.seller, refreshToken });

    expect(
      await client.callAPI({ operation: 'sellers.getMarketplaceParticipations' }),
    ).toHaveLength(3);
  });

  test('the amazon-sp-api client can exchange a code too (JSON, without redirect_uri)', async () => {
    const callback = await confirmAs(harness.seller, 'state-789');
    const client = harness.clientFor(harness.seller);
    const tokens = await client.exchange(callback.searchParams.get('spapi_oauth_code') ?? '');

    expect(tokens.refresh_token).toMatch(/^Atzr\|/);
  });

  test('a code is refused for another redirect URI, and after five minutes of Amazon time', async () => {
    const wrongRedirect = await exchangeCode(
      (await confirmAs(harness.seller, 'a')).searchParams.get('spapi_oauth_code') ?? '',
      'https://attacker.example/callback',
    );
    const late = (await confirmAs(harness.seller, 'b')).searchParams.get('spapi_oauth_code') ?? '';

    nowMs += 301; // 301 Amazon seconds at timeScale 1000

    expect(wrongRedirect.body).toMatchObject({ error: 'invalid_grant' });
    expect((await exchangeCode(late)).body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('log-in URI round trip', () => {
  test('Amazon sends the seller to our log-in URI and takes a code back through amazon_callback_uri', async () => {
    const start = await harness.send({
      host: SELLER_CENTRAL,
      path: `/apps/authorize/login?selling_partner_id=${harness.seller.sellingPartnerId}`,
    });
    const login = new URL(String(start.headers.location));
    const callbackUri = new URL(login.searchParams.get('amazon_callback_uri') ?? '');
    const query = new URLSearchParams({
      redirect_uri: TEST_APP.redirectUri,
      amazon_state: login.searchParams.get('amazon_state') ?? '',
      state: 'our-state',
    });
    const back = await harness.send({
      host: callbackUri.hostname,
      path: `${callbackUri.pathname}?${query}`,
    });
    const replay = await harness.send({
      host: callbackUri.hostname,
      path: `${callbackUri.pathname}?${query}`,
    });
    const redirect = new URL(String(back.headers.location));

    expect(`${login.origin}${login.pathname}`).toBe(TEST_APP.loginUri);
    expect(login.searchParams.get('selling_partner_id')).toBe(harness.seller.sellingPartnerId);
    expect(back.status).toBe(302);
    expect(redirect.searchParams.get('state')).toBe('our-state');
    expect((await exchangeCode(redirect.searchParams.get('spapi_oauth_code') ?? '')).status).toBe(
      200,
    );
    expect(replay.status).toBe(400);
  });
});
