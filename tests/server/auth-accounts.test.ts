import { afterEach, describe, expect, it } from 'vitest';
import {
  findLeaks,
  requestAs,
  STRONG_PASSWORD,
  sendJson,
  signIn,
  signUp,
  statusAndCodeOf,
  uniqueEmail,
} from '../helpers/accounts.ts';
import { createTestApp } from '../helpers/test-app.ts';

let current: ReturnType<typeof createTestApp> | undefined;

function setUp(options?: Parameters<typeof createTestApp>[0]) {
  current = createTestApp(options);

  return current;
}

afterEach(() => current?.close());

const signupBody = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail(),
  password: STRONG_PASSWORD,
  companyName: 'Kapadokya Seramik',
  ...overrides,
});

async function fieldsOf(response: Response): Promise<string[]> {
  const body = await response.json();

  expect(response.status).toBe(400);
  expect(body.error.code).toBe('VALIDATION_FAILED');

  return body.error.fields.map((field: { path: string }) => field.path);
}

describe('sign-up, sign-in, me and sign-out', () => {
  it('goes round trip: the owner sees their tenant, then the token stops working', async () => {
    const { app, logLines } = setUp();
    const signup = await sendJson(
      app,
      'POST',
      '/api/auth/signup',
      signupBody({
        email: '  Ayse.Yilmaz@Example.TEST ',
      }),
    );
    const created = await signup.json();

    expect(signup.status).toBe(201);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(created.expiresAt)).toBeGreaterThan(Date.now());

    // The email was normalised at sign-up, so any casing signs in.
    const session = await signIn(app, {
      email: 'AYSE.YILMAZ@example.test',
      password: STRONG_PASSWORD,
    });
    const me = await (await requestAs(app, session.token, '/api/me')).json();

    expect(me.user).toMatchObject({
      email: 'ayse.yilmaz@example.test',
      role: 'owner',
      mfaEnabled: false,
      displayName: null,
    });
    expect(me.tenant).toMatchObject({ companyName: 'Kapadokya Seramik', mfaRequired: false });
    expect(me.amazonConnections).toEqual([]);
    expect(me.shipentegra).toEqual({ connected: false, clientId: null, verifiedAt: null });

    const logout = await requestAs(app, session.token, '/api/auth/logout', { method: 'POST' });

    expect(logout.status).toBe(204);
    expect(await statusAndCodeOf(await requestAs(app, session.token, '/api/me'))).toBe(
      '401 UNAUTHENTICATED',
    );
    // Signing out one session leaves the others alone.
    expect((await requestAs(app, created.token, '/api/me')).status).toBe(200);
    expect(findLeaks(logLines, [STRONG_PASSWORD, session.token, created.token, 'ayse'])).toEqual(
      [],
    );
  });

  it('gives each sign-up its own tenant with its own key salt', async () => {
    const { app } = setUp();
    const first = await signUp(app);
    const second = await signUp(app);

    expect(first.tenantId).not.toBe(second.tenantId);
    expect(
      current?.sqlite.prepare('select count(distinct key_salt) as n from tenants').get(),
    ).toEqual({
      n: 4,
    });
  });

  it('records the sign-up and each sign-in in the audit log, without the email', async () => {
    const { app, db } = setUp();
    const owner = await signUp(app);

    await signIn(app, owner);

    const events = db.query.auditEvents.findMany({
      where: (t, { eq }) => eq(t.tenantId, owner.tenantId),
    });
    const rows = await events;

    expect(rows.map((row) => row.type)).toEqual(['auth.signup', 'auth.sign_in']);
    expect(JSON.stringify(rows)).not.toContain(owner.email);
  });
});

describe('sign-up rules', () => {
  it.each([
    ['short', 'Sh0rt-pass'],
    ['common', 'password1234'],
    ['repetitive', 'aaaaaaaaaaaaaaaa'],
    ['too long', 'x'.repeat(257)],
  ])('refuses a %s password, naming the password field', async (_kind, password) => {
    const { app } = setUp();
    const response = await sendJson(app, 'POST', '/api/auth/signup', signupBody({ password }));

    expect(await fieldsOf(response)).toEqual(['password']);
  });

  it('refuses a password equal to the email, without echoing it', async () => {
    const { app } = setUp();
    const email = 'kuzey.tekstil@example.test';
    const response = await sendJson(
      app,
      'POST',
      '/api/auth/signup',
      signupBody({
        email,
        password: email.toUpperCase(),
      }),
    );
    const text = await response.clone().text();

    expect(await fieldsOf(response)).toEqual(['password']);
    expect(text.toLowerCase()).not.toContain(email);
  });

  it('names a bad email and a bad company name', async () => {
    const { app } = setUp();
    const response = await sendJson(app, 'POST', '/api/auth/signup', {
      email: 'not-an-email',
      password: STRONG_PASSWORD,
      companyName: 'X',
    });

    expect(await fieldsOf(response)).toEqual(['email', 'companyName']);
  });

  it('refuses a taken email, whatever its casing, and says nothing more', async () => {
    const { app } = setUp();
    const owner = await signUp(app);
    const again = await sendJson(
      app,
      'POST',
      '/api/auth/signup',
      signupBody({
        email: owner.email.toUpperCase(),
        password: 'another-Strong-pass-9',
      }),
    );
    const body = await again.json();

    expect(again.status).toBe(409);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'requestId']);
    expect(body.error.code).toBe('EMAIL_TAKEN');
  });

  it('refuses every sign-up when sign-up is closed', async () => {
    const { app, sqlite } = setUp({ isSignupOpen: false });
    const response = await sendJson(app, 'POST', '/api/auth/signup', signupBody());

    expect(await statusAndCodeOf(response)).toBe('403 SIGNUP_CLOSED');
    expect(sqlite.prepare('select count(*) as n from users').get()).toEqual({ n: 0 });
  });
});
