import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type Route = (request: RecordedRequest) => Answer;

export const SERVER_URL = 'http://127.0.0.1:8787';

export function errorAnswer(status: number, code: string, message: string): Answer {
  return { status, body: { error: { code, message, requestId: 'req-1' } } };
}

// Our server as the background sees it through fetch: routes by "METHOD /path", records every
// request, and answers 404 ROUTE_NOT_FOUND for anything not routed.
export function installFakeServer(routes: Record<string, Route>) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: URL | RequestInfo, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      authorization: headers.get('Authorization'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };

    requests.push(request);
    const route = routes[`${request.method} ${url.pathname}`];
    const answer = route?.(request) ?? errorAnswer(404, 'ROUTE_NOT_FOUND', 'Not routed.');
    const body = answer.body === undefined ? null : JSON.stringify(answer.body);

    return new Response(body, { status: answer.status, headers: answer.headers });
  });

  vi.stubGlobal('fetch', fetch);

  return { requests, fetch };
}

export const TENANT_ID = 'tenant-a';
export const TOKEN = 'a'.repeat(43);
export const EXPIRES_AT = '2099-01-01T00:00:00.000Z';

// Each test starts with a signed-in extension and no fake server left from the one before.
export function startEachTestSignedIn(): void {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      session: { token: TOKEN, expiresAt: EXPIRES_AT, tenantId: TENANT_ID },
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

export function createMe(overrides: { tenantId?: string; email?: string } = {}) {
  return {
    user: {
      id: 'user-1',
      email: overrides.email ?? 'seller@example.com',
      displayName: null,
      role: 'owner',
      mfaEnabled: false,
    },
    tenant: { id: overrides.tenantId ?? TENANT_ID, companyName: 'Example Ltd', mfaRequired: false },
    amazonConnections: [
      {
        region: 'eu',
        sellingPartnerId: 'A1SELLER',
        marketplaceIds: ['A1PA6795UKMFR9'],
        status: 'connected',
        authorizedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    shipentegra: { connected: false, clientId: null, verifiedAt: null },
  };
}

// The login and /api/me answers of a successful sign-in.
export function signInRoutes(me = createMe()): Record<string, Route> {
  return {
    'POST /api/auth/login': () => ({ status: 200, body: { token: TOKEN, expiresAt: EXPIRES_AT } }),
    'GET /api/me': () => ({ status: 200, body: me }),
    'POST /api/auth/logout': () => ({ status: 204 }),
  };
}
