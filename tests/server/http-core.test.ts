import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../server/http/security.ts';
import { DEV_EXTENSION_ORIGIN } from '../../shared/extension-identity.ts';
import { createTestApp } from '../helpers/test-app.ts';

let current: ReturnType<typeof createTestApp> | undefined;

function setUp(options?: Parameters<typeof createTestApp>[0]) {
  current = createTestApp(options);
  return current;
}

afterEach(() => current?.close());

describe('GET /api/health', () => {
  it('answers status, version and mode', async () => {
    const { app } = setUp();
    const response = await app.request('/api/health');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: '0.0.0-test', mode: 'sandbox' });
  });

  it('says shutting_down with 503 once shutdown began', async () => {
    const { app } = setUp({ isShuttingDown: () => true });
    const response = await app.request('/api/health');

    expect(response.status).toBe(503);
    expect((await response.json()).status).toBe('shutting_down');
  });
});

describe('errors', () => {
  it('answers an unknown route with the catalogue shape and a request id', async () => {
    const { app } = setUp();
    const response = await app.request('/api/nope');
    const body = await response.json();

    expect(response.status).toBe(404);
    expect(body.error.code).toBe('ROUTE_NOT_FOUND');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('refuses new API work while shutting down, naming the reason', async () => {
    const { app } = setUp({ isShuttingDown: () => true });
    const response = await app.request('/api/anything');

    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe('SHUTTING_DOWN');
  });

  it('ignores a request id sent by the client', async () => {
    const { app } = setUp();
    const response = await app.request('/api/health', { headers: { 'X-Request-Id': 'forged' } });

    expect(response.headers.get('x-request-id')).not.toBe('forged');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('surface', () => {
  it('sets security headers on every response', async () => {
    const { app } = setUp();
    const response = await app.request('/api/health');

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('allows CORS for the extension origin only', async () => {
    const { app } = setUp();
    const preflight = (origin: string) =>
      app.request('/api/health', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });

    const ours = await preflight(DEV_EXTENSION_ORIGIN);
    const page = await preflight('https://sellercentral.amazon.com');

    expect(ours.headers.get('access-control-allow-origin')).toBe(DEV_EXTENSION_ORIGIN);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const { app } = setUp();
    const response = await app.request('/api/health', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ blob: 'x'.repeat(MAX_BODY_BYTES + 1) }),
    });

    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('logs each request with its id and without its query string', async () => {
    const { app, logLines } = setUp();
    await app.request('/api/health?spapi_oauth_code=SECRET-CODE');

    const line = logLines.map((text) => JSON.parse(text)).find((entry) => entry.msg === 'request');
    expect(line).toMatchObject({ path: '/api/health', status: 200 });
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logLines.join('\n')).not.toContain('SECRET-CODE');
  });
});
