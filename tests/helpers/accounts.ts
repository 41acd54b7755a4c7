import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { decodeBase32 } from '../../server/auth/base32.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { computeTotp, TOTP_PERIOD_SECONDS, totpStepAt } from '../../server/auth/totp.ts';
import type { Db } from '../../server/db/connection.ts';
import { users } from '../../server/db/schema.ts';
import type { AppEnv } from '../../server/http/app-env.ts';
import type { TestClock } from './test-clock.ts';

/** Anything with Hono's `request`: the real app from `createTestApp`. */
type RequestableApp = Pick<Hono<AppEnv>, 'request'>;

/** A password that passes every rule; each account gets its own unless a test picks one. */
export const STRONG_PASSWORD = 'lapis-otter-quince-47';

export interface TestAccount {
  email: string;
  password: string;
  token: string;
  tenantId: string;
  userId: string;
}

export interface RequestOptions {
  token?: string;
  /** The client address the app sees (as from the socket); the default is one shared address. */
  address?: string;
}

let emailCounter = 0;

/** A fresh address per call, so accounts never collide across tests sharing a database. */
export function uniqueEmail(prefix = 'seller'): string {
  emailCounter += 1;

  return `${prefix}-${emailCounter}-${randomUUID().slice(0, 8)}@example.test`;
}

/** `app.request` with a JSON body, an optional bearer token and an optional client address. */
export async function sendJson(
  app: RequestableApp,
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };

  if (options.token) {
    headers.Authorization = `Bearer ${options.token}`;
  }

  return app.request(
    path,
    { method, headers, body: JSON.stringify(body) },
    connectionFrom(options),
  );
}

/** `app.request` without a body, as the holder of `token`. */
export async function requestAs(
  app: RequestableApp,
  token: string,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);

  headers.set('Authorization', `Bearer ${token}`);

  return app.request(path, { ...init, headers });
}

/**
 * Node bindings as `@hono/node-server` passes them, so the app reads `address` as the socket's
 * remote address. Without them every `app.request` shares one fallback address.
 */
export function connectionFrom(options: { address?: string }) {
  return options.address ? { incoming: { socket: { remoteAddress: options.address } } } : undefined;
}

/** Signs up a new tenant and owner through the API and returns everything a test needs. */
export async function signUp(
  app: RequestableApp,
  input: { email?: string; password?: string; companyName?: string } = {},
): Promise<TestAccount> {
  const email = input.email ?? uniqueEmail('owner');
  const password = input.password ?? STRONG_PASSWORD;
  const body = { email, password, companyName: input.companyName ?? 'Anatolia Crafts' };
  const response = await sendJson(app, 'POST', '/api/auth/signup', body);
  const { token } = await expectJson<{ token: string }>(response, 201);

  return { email, password, token, ...(await whoIs(app, token)) };
}

/** Signs in through the API; throws with the error body when sign-in is refused. */
export async function signIn(
  app: RequestableApp,
  input: { email: string; password: string; totp?: string },
  options: { address?: string } = {},
): Promise<{ token: string; expiresAt: string }> {
  const response = await sendJson(app, 'POST', '/api/auth/login', input, options);

  return expectJson(response, 200);
}

/**
 * A user added straight into a seeded tenant (e.g. `TENANT_A`), then signed in: how the
 * isolation suite and owner-only tests get members, since no invitation route exists yet.
 */
export async function addSignedInUser(
  app: RequestableApp,
  db: Db,
  input: { tenantId: string; role?: 'owner' | 'member'; email?: string; password?: string },
): Promise<TestAccount> {
  const email = input.email ?? uniqueEmail(input.role ?? 'member');
  const password = input.password ?? STRONG_PASSWORD;
  const userId = randomUUID();
  const passwordHash = await hashPassword(password);

  db.insert(users)
    .values({
      id: userId,
      tenantId: input.tenantId,
      email,
      passwordHash,
      role: input.role ?? 'member',
    })
    .run();

  const { token } = await signIn(app, { email, password });

  return { email, password, token, tenantId: input.tenantId, userId };
}

/** The current TOTP code for a base32 secret at a given time. */
export function totpAt(secret: string, time: Date): string {
  return computeTotp(decodeBase32(secret), totpStepAt(time));
}

/** A code that no step within the accepted drift of `time` produces: surely wrong. */
export function wrongTotpAt(secret: string, time: Date): string {
  const step = totpStepAt(time);
  const valid = [-1, 0, 1].map((drift) => computeTotp(decodeBase32(secret), step + drift));
  let candidate = 0;

  while (valid.includes(String(candidate).padStart(6, '0'))) {
    candidate += 1;
  }

  return String(candidate).padStart(6, '0');
}

/**
 * Moves the clock one TOTP period on and returns the code for the new time. Codes are
 * single-use per step, so every use of a code in a test should come from here.
 */
export function nextTotp(secret: string, clock: TestClock): string {
  clock.advance(TOTP_PERIOD_SECONDS * 1000);

  return totpAt(secret, clock.now());
}

/** Sets up and enables MFA for the token's user; returns the base32 secret. */
export async function enableMfa(
  app: RequestableApp,
  token: string,
  clock: TestClock,
): Promise<string> {
  const setup = await sendJson(app, 'POST', '/api/auth/mfa/setup', {}, { token });
  const { secret } = await expectJson<{ secret: string }>(setup, 200);
  const enable = await sendJson(
    app,
    'POST',
    '/api/auth/mfa/enable',
    { code: nextTotp(secret, clock) },
    { token },
  );

  await expectJson(enable, 200);

  return secret;
}

/** `'429 RATE_LIMITED'`: an error response's status and code, for one readable assertion. */
export async function statusAndCodeOf(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } };

  return `${response.status} ${body.error?.code ?? '(no error)'}`;
}

/** Log lines must never carry what a seller typed or was given: check them all at once. */
export function findLeaks(logLines: string[], secrets: string[]): string[] {
  // An empty log proves nothing: the capture must have seen the requests.
  if (logLines.length === 0) {
    throw new Error('no log lines were captured');
  }

  const log = logLines.join('\n').toLowerCase();

  return secrets.filter((secret) => secret.length > 0 && log.includes(secret.toLowerCase()));
}

async function whoIs(app: RequestableApp, token: string) {
  const me = await expectJson<{ user: { id: string }; tenant: { id: string } }>(
    await requestAs(app, token, '/api/me'),
    200,
  );

  return { tenantId: me.tenant.id, userId: me.user.id };
}

async function expectJson<Body>(response: Response, status: number): Promise<Body> {
  const body = await response.json();

  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(body)}`);
  }

  return body as Body;
}
