import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAs, sendJson } from '../helpers/accounts.ts';
import {
  buildIsolationWorld,
  type IsolationWorld,
  snapshotAlpha,
} from '../helpers/isolation-world.ts';
import { alphaShipmentId } from '../helpers/label-isolation.ts';

/**
 * Issue #3's isolation suite: every route the app registers, called by tenant beta with tenant
 * alpha's identifiers. Routes naming alpha's objects answer 404 NOT_FOUND; nothing beta gets
 * back contains anything of alpha's; alpha's data is unchanged afterwards. A route missing
 * from this table fails the suite: later issues extend it with their routes.
 */
type Expectation = 'not_found' | 'beta_only' | 'public' | 'refused';

interface RouteCase {
  expectation: Expectation;
  call(world: IsolationWorld): Response | Promise<Response>;
}

const asBeta = (world: IsolationWorld, path: string, init?: RequestInit) =>
  requestAs(world.harness.app, world.beta.token, path, init);
const jsonAsBeta = (world: IsolationWorld, method: string, path: string, body: unknown) =>
  sendJson(world.harness.app, method, path, body, { token: world.beta.token });
const firstOrder = (world: IsolationWorld) => world.alphaOrderIds[0] ?? 'missing';
const firstSku = (world: IsolationWorld) => encodeURIComponent(world.alphaSkus[0] ?? 'missing');

const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/health': { expectation: 'public', call: (w) => w.harness.app.request('/api/health') },
  'POST /api/auth/signup': {
    expectation: 'public',
    call: (w) =>
      sendJson(w.harness.app, 'POST', '/api/auth/signup', {
        email: `beta-friend-${Date.now()}@example.test`,
        password: w.beta.password,
        companyName: 'Beta Friend',
      }),
  },
  'POST /api/auth/login': {
    expectation: 'public',
    call: (w) =>
      sendJson(w.harness.app, 'POST', '/api/auth/login', {
        email: w.beta.email,
        password: w.beta.password,
      }),
  },
  'POST /api/auth/logout': {
    expectation: 'beta_only',
    call: async (w) =>
      requestAs(w.harness.app, await w.newBetaToken(), '/api/auth/logout', { method: 'POST' }),
  },
  'POST /api/auth/confirm': {
    expectation: 'beta_only',
    call: (w) => jsonAsBeta(w, 'POST', '/api/auth/confirm', { password: w.beta.password }),
  },
  'POST /api/auth/mfa/setup': {
    expectation: 'beta_only',
    call: async (w) =>
      requestAs(w.harness.app, await w.newBetaToken(), '/api/auth/mfa/setup', { method: 'POST' }),
  },
  'POST /api/auth/mfa/enable': {
    expectation: 'refused',
    call: (w) => jsonAsBeta(w, 'POST', '/api/auth/mfa/enable', { code: '000000' }),
  },
  'POST /api/auth/mfa/disable': {
    expectation: 'refused',
    call: (w) =>
      jsonAsBeta(w, 'POST', '/api/auth/mfa/disable', { password: w.beta.password, code: '000000' }),
  },
  'GET /api/me': { expectation: 'beta_only', call: (w) => asBeta(w, '/api/me') },
  'PATCH /api/me': {
    expectation: 'beta_only',
    call: (w) => jsonAsBeta(w, 'PATCH', '/api/me', { displayName: 'Beta Person' }),
  },
  'GET /api/tenant/export': {
    expectation: 'beta_only',
    call: async (w) => {
      await jsonAsBeta(w, 'POST', '/api/auth/confirm', { password: w.beta.password });

      return asBeta(w, '/api/tenant/export');
    },
  },
  'DELETE /api/tenant': {
    expectation: 'refused',
    // A wrong password: beta's own tenant must survive for the cases that follow.
    call: (w) => jsonAsBeta(w, 'DELETE', '/api/tenant', { password: 'not-beta-password-1' }),
  },
  'PUT /api/tenant/settings/security': {
    expectation: 'beta_only',
    call: (w) => jsonAsBeta(w, 'PUT', '/api/tenant/settings/security', { mfaRequired: true }),
  },
  'GET /api/audit': { expectation: 'beta_only', call: (w) => asBeta(w, '/api/audit?limit=200') },
  'GET /api/amazon/authorize': {
    expectation: 'beta_only',
    call: (w) => asBeta(w, '/api/amazon/authorize?region=na'),
  },
  'GET /api/amazon/callback': {
    expectation: 'refused',
    call: (w) =>
      w.harness.app.request(
        `/api/amazon/callback?${new URLSearchParams({
          state: 'forged',
          selling_partner_id: w.alphaSeller.sellingPartnerId,
          spapi_oauth_code: 'x',
        })}`,
      ),
  },
  'GET /api/amazon/login': {
    expectation: 'refused',
    call: (w) =>
      w.harness.app.request(
        `/api/amazon/login?${new URLSearchParams({
          amazon_callback_uri: 'https://evil.example/cb',
          amazon_state: 's',
          selling_partner_id: w.alphaSeller.sellingPartnerId,
        })}`,
      ),
  },
  'DELETE /api/amazon/connections/:region': {
    expectation: 'not_found',
    call: (w) => asBeta(w, `/api/amazon/connections/${w.alphaSeller.region}`, { method: 'DELETE' }),
  },
  'PUT /api/shipentegra/credentials': {
    expectation: 'refused',
    call: (w) =>
      jsonAsBeta(w, 'PUT', '/api/shipentegra/credentials', {
        clientId: 'alpha-shipentegra-client-7731',
        clientSecret: 'guess',
      }),
  },
  'DELETE /api/shipentegra/credentials': {
    expectation: 'not_found',
    call: (w) => asBeta(w, '/api/shipentegra/credentials', { method: 'DELETE' }),
  },
  'GET /api/orders': {
    expectation: 'beta_only',
    call: (w) => asBeta(w, `/api/orders?q=${firstOrder(w)}`),
  },
  'GET /api/orders/:orderId': {
    expectation: 'not_found',
    call: (w) => asBeta(w, `/api/orders/${firstOrder(w)}`),
  },
  'DELETE /api/orders/:orderId/pii': {
    expectation: 'not_found',
    call: (w) => asBeta(w, `/api/orders/${firstOrder(w)}/pii`, { method: 'DELETE' }),
  },
  'GET /api/orders/:orderId/quotes': {
    expectation: 'not_found',
    call: (w) => asBeta(w, `/api/orders/${firstOrder(w)}/quotes`),
  },
  'POST /api/orders/:orderId/label': {
    expectation: 'not_found',
    call: (w) =>
      asBeta(w, `/api/orders/${firstOrder(w)}/label`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'beta-steals-label-1' },
        body: JSON.stringify({ serviceName: 'shipentegra-express' }),
      }),
  },
  'GET /api/orders/:orderId/shipment': {
    expectation: 'not_found',
    call: (w) => asBeta(w, `/api/orders/${firstOrder(w)}/shipment`),
  },
  'GET /api/shipments/summary': {
    expectation: 'beta_only',
    call: (w) => asBeta(w, '/api/shipments/summary'),
  },
  'GET /api/shipments/:id/label': {
    expectation: 'not_found',
    call: (w) => asBeta(w, `/api/shipments/${alphaShipmentId(w)}/label`),
  },
  'GET /api/listings': {
    expectation: 'beta_only',
    call: (w) => asBeta(w, `/api/listings?q=${firstSku(w)}`),
  },
  'GET /api/settings/shipping': {
    expectation: 'beta_only',
    call: (w) => asBeta(w, '/api/settings/shipping'),
  },
  'PUT /api/settings/shipping': {
    expectation: 'refused',
    call: (w) => jsonAsBeta(w, 'PUT', '/api/settings/shipping', { sender: { name: 'x' } }),
  },
  'GET /api/skus': {
    expectation: 'beta_only',
    call: (w) => asBeta(w, `/api/skus?q=${firstSku(w)}`),
  },
  'PUT /api/skus/:sku/shipping-profile': {
    expectation: 'not_found',
    call: (w) =>
      jsonAsBeta(w, 'PUT', `/api/skus/${firstSku(w)}/shipping-profile`, {
        weightGrams: 999,
        hsCode: '999999',
      }),
  },
  'GET /api/sync/status': { expectation: 'beta_only', call: (w) => asBeta(w, '/api/sync/status') },
  'POST /api/sync': {
    expectation: 'refused',
    call: (w) => jsonAsBeta(w, 'POST', '/api/sync', { kinds: ['orders', 'inventory'] }),
  },
};

/** Browser-facing or open routes: no bearer token expected. */
const UNAUTHENTICATED_ROUTES = new Set([
  'GET /api/health',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'GET /api/amazon/callback',
  'GET /api/amazon/login',
]);

let world: IsolationWorld;
let alphaBefore: ReturnType<typeof snapshotAlpha>;

beforeAll(async () => {
  world = await buildIsolationWorld();
  alphaBefore = snapshotAlpha(world);
}, 60_000);

afterAll(() => world.close());

function registeredRoutes(): string[] {
  const keys = world.harness.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
    .map((route) => `${route.method} ${route.path}`);

  return [...new Set(keys)].sort();
}

describe('tenant isolation', () => {
  it('has a case for every registered route, and none for routes that are gone', () => {
    expect(registeredRoutes()).toEqual(Object.keys(ROUTE_CASES).sort());
  });

  it('gives alpha data worth stealing, which alpha sees (so the leak check can fail)', async () => {
    const own = await requestAs(world.harness.app, world.alpha.token, '/api/orders?limit=100');
    const text = await own.text();

    expect(world.alphaOrderIds.length).toBeGreaterThan(0);
    expect(world.alphaSkus.length).toBeGreaterThan(0);
    expect(text).toContain(world.alphaOrderIds[0]);
  });

  it.each(Object.entries(ROUTE_CASES))(
    '%s as beta reveals nothing of alpha',
    async (_key, routeCase) => {
      const response = await routeCase.call(world);
      const text = await response.text();

      // 502 is allowed: beta's Shipentegra check has no stand-in to reach. 500 never is.
      expect(response.status).not.toBe(500);
      expect(world.alphaMarkers.filter((marker) => text.includes(marker))).toEqual([]);

      if (routeCase.expectation === 'not_found') {
        expect(response.status).toBe(404);
        expect(JSON.parse(text).error.code).toBe('NOT_FOUND');
      }

      if (routeCase.expectation === 'beta_only' || routeCase.expectation === 'public') {
        expect(response.status).toBeLessThan(300);
      }

      if (routeCase.expectation === 'refused') {
        expect(response.status).toBeGreaterThanOrEqual(400);
      }
    },
  );

  it('answers beta nothing when beta names alpha’s orders in `ids` (issue #6)', async () => {
    const ids = world.alphaOrderIds.slice(0, 100).join(',');
    const own = await requestAs(world.harness.app, world.alpha.token, `/api/orders?ids=${ids}`);
    const foreign = await asBeta(world, `/api/orders?ids=${ids}`);

    expect((await own.json()).orders.length).toBe(Math.min(world.alphaOrderIds.length, 100));
    expect(foreign.status).toBe(200);
    expect(await foreign.json()).toEqual({ orders: [], nextCursor: null });
  });

  it('counts only beta’s own labels and orders in the summary (issue #6)', async () => {
    alphaShipmentId(world);

    const own = await requestAs(world.harness.app, world.alpha.token, '/api/shipments/summary');
    const foreign = await asBeta(world, '/api/shipments/summary');

    const alphaCounts: number[] = Object.values(await own.json());

    // Alpha has something to count, so beta's zeros show the scope, not an empty world.
    expect(alphaCounts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    expect(await foreign.json()).toEqual({
      unshippedWithoutLabel: 0,
      awaitingAmazon: 0,
      needsAttention: 0,
    });
  });

  it('answers an unknown order the same way as alpha’s order', async () => {
    const foreign = await asBeta(world, `/api/orders/${firstOrder(world)}`);
    const missing = await asBeta(world, '/api/orders/111-0000000-0000000');
    const codeOf = async (response: Response) =>
      `${response.status} ${(await response.json()).error.code}`;

    expect(await codeOf(foreign)).toBe(await codeOf(missing));
  });

  it('asks for a session on every route that is not public', async () => {
    const protectedRoutes = Object.keys(ROUTE_CASES).filter(
      (key) => !UNAUTHENTICATED_ROUTES.has(key),
    );

    for (const key of protectedRoutes) {
      const [method, path] = key.split(' ') as [string, string];
      const concretePath = path
        .replace(':orderId', firstOrder(world))
        .replace(':region', 'na')
        .replace(':sku', firstSku(world));
      const response = await world.harness.app.request(concretePath, { method });

      expect(`${key} ${response.status}`).toBe(`${key} 401`);
    }
  });

  it('leaves alpha’s tenant, connections, credentials, orders and listings untouched', () => {
    expect(snapshotAlpha(world)).toEqual(alphaBefore);
  });
});
