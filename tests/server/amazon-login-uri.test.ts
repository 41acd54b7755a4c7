import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAmazonCallbackUri } from '../../server/amazon/oauth/seller-central.ts';
import { oauthStates } from '../../server/db/schema.ts';
import {
  type ConnectedApp,
  createConnectedApp,
  PUBLIC_URL,
  resultPageOf,
  type StandIns,
  startStandIns,
} from '../helpers/connected-app.ts';
import { TEST_APP } from '../helpers/spapi-stand-in-harness.ts';

let standIns: StandIns;
let connected: ConnectedApp;

beforeAll(async () => {
  standIns = await startStandIns();
}, 60_000);

afterAll(() => standIns.stop());

beforeEach(() => {
  connected = createConnectedApp(standIns);
});

afterEach(() => connected.close());

/** Amazon's side: a renewal or Appstore install sends the seller to our log-in URI. */
async function amazonLoginRedirect(): Promise<URL> {
  const seller = standIns.spapi.demo.sellers[0];
  const start = await standIns.browse(
    `${standIns.spapi.origin}/apps/authorize/login?selling_partner_id=${seller?.sellingPartnerId}`,
  );

  expect(start.status).toBe(302);

  return new URL(start.location ?? '');
}

function loginUrl(query: Record<string, string>): string {
  return `${PUBLIC_URL}/api/amazon/login?${new URLSearchParams(query)}`;
}

describe('GET /api/amazon/login', () => {
  it('sends a well-formed visit from Amazon to the extension, minting no state and following no link', async () => {
    const login = await amazonLoginRedirect();
    const response = await connected.visit(login.href);

    expect(`${login.origin}${login.pathname}`).toBe(TEST_APP.loginUri);
    expect(await resultPageOf(response)).toBe('200 Continue in the Kayistra extension');
    expect(response.headers.get('location')).toBeNull();
    expect(connected.db.select().from(oauthStates).all()).toEqual([]);
  });

  it.each([
    ['another host', (uri: URL) => new URL(`https://attacker.example${uri.pathname}`)],
    ['plain HTTP', (uri: URL) => new URL(uri.href.replace('https:', 'http:'))],
    ['credentials in the URL', (uri: URL) => new URL(uri.href.replace('https://', 'https://a:b@'))],
    ['a path other than confirm', (uri: URL) => new URL('/apps/manage', uri)],
  ])('refuses an amazon_callback_uri with %s', async (_, tamper) => {
    const login = await amazonLoginRedirect();
    const callbackUri = new URL(login.searchParams.get('amazon_callback_uri') ?? '');

    login.searchParams.set('amazon_callback_uri', tamper(callbackUri).href);

    const response = await connected.visit(login.href);

    expect(response.headers.get('location')).toBeNull();
    expect(await response.clone().text()).not.toContain('attacker.example');
    expect(await resultPageOf(response)).toBe('400 This sign-in link did not come from Amazon');
  });

  it('refuses a visit missing amazon_state or a well-formed seller id', async () => {
    const callback = `${standIns.spapi.origin}/apps/authorize/confirm/${TEST_APP.appId}`;
    const noState = loginUrl({ amazon_callback_uri: callback, selling_partner_id: 'A1B2C3D4E5' });
    const badSeller = loginUrl({
      amazon_callback_uri: callback,
      amazon_state: 'abc',
      selling_partner_id: '<b>A1</b>',
    });

    expect(await resultPageOf(await connected.visit(noState))).toMatch(/^400 /);
    expect(await resultPageOf(await connected.visit(badSeller))).toMatch(/^400 /);
  });
});

describe('isAmazonCallbackUri (live mode: Seller Central hosts only)', () => {
  it.each([
    ['https://sellercentral.amazon.com/apps/authorize/confirm/amzn1.sp.solution.x', true],
    ['https://sellercentral.amazon.de/apps/authorize/confirm/amzn1.sp.solution.x', true],
    ['https://sellercentral.amazon.co.jp/apps/authorize/confirm/x', true],
    ['https://sellercentral.amazon.com.evil.example/apps/authorize/confirm/x', false],
    ['https://evil.example/apps/authorize/confirm/x?sellercentral.amazon.com', false],
    ['https://sellercentral.amazon.com:8443/apps/authorize/confirm/x', false],
    ['https://sellercentral.amazon.com/apps/authorize/confirm/x#fragment', false],
    ['javascript:alert(1)', false],
    ['/apps/authorize/confirm/x', false],
  ])('%s → %s', (uri, expected) => {
    expect(isAmazonCallbackUri(uri)).toBe(expected);
  });

  it('accepts only the stand-in origin in the sandbox', () => {
    const origin = 'https://127.0.0.1:4443';

    expect(isAmazonCallbackUri(`${origin}/apps/authorize/confirm/x`, origin)).toBe(true);
    expect(
      isAmazonCallbackUri('https://sellercentral.amazon.com/apps/authorize/confirm/x', origin),
    ).toBe(false);
  });
});
