import { Agent } from 'node:https';
import { expect } from 'vitest';
import type { AmazonApp } from '../../server/config.ts';
import { sendHttpsRequest } from '../../server/net/https-request.ts';
import { createRemoteAgents, type RemoteAgents } from '../../server/net/remote-hosts.ts';
import {
  type CertificateAuthority,
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../../server/sandbox/certificate-authority.ts';
import {
  type ShipentegraStandIn,
  startShipentegraStandIn,
} from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { type SpApiStandIn, startSpApiStandIn } from '../../server/sandbox/spapi/spapi-stand-in.ts';
import { TEST_APP } from './spapi-stand-in-harness.ts';
import { createTestApp } from './test-app.ts';
import { createTestClock, type TestClock } from './test-clock.ts';

/** Our public URL as the stand-in knows it: its redirect and log-in URIs live here. */
export const PUBLIC_URL = new URL(TEST_APP.redirectUri).origin;

export const CONNECTED_AMAZON_APP: AmazonApp = {
  appId: TEST_APP.appId,
  lwaClientId: TEST_APP.lwa.clientId,
  lwaClientSecret: TEST_APP.lwa.clientSecret,
};

export interface BrowserAnswer {
  status: number;
  location?: string;
  html: string;
}

export interface StandIns {
  spapi: SpApiStandIn;
  shipentegra: ShipentegraStandIn;
  /** How the app reaches them: the same agents sandbox mode builds. */
  remotes: RemoteAgents;
  /** A browser's visit to a stand-in page (trusting the test CA), redirects not followed. */
  browse(url: string, form?: Record<string, string>): Promise<BrowserAnswer>;
  stop(): Promise<void>;
}

export type ConnectedApp = ReturnType<typeof createTestApp> & {
  standIns: StandIns;
  clock: TestClock;
  /** A browser's visit to one of our URLs (`https://kayistra.test/...`), via `app.request`. */
  visit(url: string): Promise<Response>;
};

let sharedCa: CertificateAuthority | undefined;

/** Both stand-ins over TLS, once per test file: each start issues certificates. */
export async function startStandIns(): Promise<StandIns> {
  // One CA per test file: its RSA key is the slow part.
  sharedCa ??= createCertificateAuthority(generateCertificateAuthority());

  const ca = sharedCa;
  const spapi = await startSpApiStandIn({ ...TEST_APP, ca, demo: { ordersPerSeller: 1 } });
  const shipentegra = await startShipentegraStandIn({ ca, seed: 42 });
  const remotes = createRemoteAgents(
    { spapi: spapi.origin, lwa: spapi.origin, shipentegra: shipentegra.origin },
    ca.cert,
  );
  const browser = new Agent({ ca: ca.cert, keepAlive: false });

  return {
    spapi,
    shipentegra,
    remotes,
    browse: (url, form) => browseStandIn(browser, url, form),
    async stop() {
      browser.destroy();
      remotes.amazon.destroy();
      remotes.shipentegra.destroy();
      await Promise.all([spapi.close(), shipentegra.close()]);
    },
  };
}

/**
 * The real app wired to the stand-ins as sandbox mode wires it: the same remote agents, the
 * stand-in's consent origin, and an Amazon app the stand-in knows. The app runs on a test
 * clock; the stand-ins keep real time, so moving ours never expires their codes.
 */
export function createConnectedApp(
  standIns: StandIns,
  options: { databasePath?: string; amazonApp?: AmazonApp } = {},
): ConnectedApp {
  const clock = createTestClock(new Date());
  const testApp = createTestApp({
    now: clock.now,
    databasePath: options.databasePath,
    remotes: standIns.remotes,
    consentOrigin: standIns.spapi.origin,
    amazonApp: options.amazonApp ?? CONNECTED_AMAZON_APP,
    publicUrl: PUBLIC_URL,
  });

  return {
    ...testApp,
    standIns,
    clock,
    async visit(url) {
      const target = new URL(url);

      expect(target.origin).toBe(PUBLIC_URL);

      return await testApp.app.request(`${target.pathname}${target.search}`);
    },
  };
}

async function browseStandIn(
  agent: Agent,
  url: string,
  form?: Record<string, string>,
): Promise<BrowserAnswer> {
  const response = await sendHttpsRequest({
    url,
    method: form ? 'POST' : 'GET',
    agent,
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    body: form ? new URLSearchParams(form).toString() : undefined,
    timeoutMs: 5000,
  });
  const location = response.headers.location;

  return { status: response.status, location, html: response.body.toString('utf8') };
}

/** `GET /api/amazon/authorize` as the token's user: the consent URL it answers. */
export async function requestConsentUrl(
  connected: ConnectedApp,
  token: string,
  region: 'na' | 'eu' | 'fe' = 'na',
): Promise<URL> {
  const response = await connected.app.request(`/api/amazon/authorize?region=${region}`, {
    headers: { Authorization: `Bearer ${token}` },
  });

  expect(response.status).toBe(200);

  return new URL(((await response.json()) as { url: string }).url);
}

/**
 * What a seller does on the stand-in's consent page: open it, keep its hidden fields, pick a
 * seller (the preselected one unless told) and press Confirm. Answers Amazon's redirect.
 */
export async function confirmConsent(
  connected: ConnectedApp,
  consentUrl: URL,
  sellerId?: string,
): Promise<string> {
  const page = await connected.standIns.browse(consentUrl.toString());
  const hidden = [...page.html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)];
  const sellers = [...page.html.matchAll(/name="selling_partner_id" value="([^"]*)"/g)];
  const form = Object.fromEntries(hidden.map(([, name, value]) => [name ?? '', value ?? '']));

  expect(page.status).toBe(200);
  form.selling_partner_id = sellerId ?? sellers[0]?.[1] ?? '';

  const confirmed = await connected.standIns.browse(
    new URL('/apps/authorize/consent', consentUrl).href,
    form,
  );

  expect(confirmed.status).toBe(302);

  return confirmed.location ?? '';
}

/** The whole website workflow for the token's user; answers our callback's page. */
export async function connectAmazon(
  connected: ConnectedApp,
  token: string,
  options: { region?: 'na' | 'eu' | 'fe'; sellerId?: string } = {},
): Promise<Response> {
  const consentUrl = await requestConsentUrl(connected, token, options.region);
  const callback = await confirmConsent(connected, consentUrl, options.sellerId);

  return connected.visit(callback);
}

/** A result page's status and heading, for one readable assertion per outcome. */
export async function resultPageOf(response: Response): Promise<string> {
  const html = await response.text();
  const heading = html.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? '(no heading)';

  expect(response.headers.get('content-type')).toContain('text/html');
  expect(html).not.toContain('<script');

  return `${response.status} ${heading.replaceAll('&#39;', "'")}`;
}
