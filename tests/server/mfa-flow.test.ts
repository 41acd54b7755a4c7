import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../server/db/schema.ts';
import {
  enableMfa,
  findLeaks,
  nextTotp,
  requestAs,
  sendJson,
  signIn,
  signUp,
  statusAndCodeOf,
  totpAt,
  wrongTotpAt,
} from '../helpers/accounts.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestClock } from '../helpers/test-clock.ts';

let current: ReturnType<typeof createTestApp> | undefined;

afterEach(() => current?.close());

function setUp() {
  const clock = createTestClock();

  current = createTestApp({ now: clock.now });

  return { ...current, clock };
}

type App = ReturnType<typeof createTestApp>['app'];

const post = (app: App, path: string, body: object, token: string) =>
  sendJson(app, 'POST', path, body, { token });

async function isMfaEnabled(app: App, token: string): Promise<boolean> {
  return (await (await requestAs(app, token, '/api/me')).json()).user.mfaEnabled;
}

describe('MFA setup', () => {
  it('returns a secret and otpauth URI once, and stores the secret only sealed', async () => {
    const { app, db, sqlite } = setUp();
    const owner = await signUp(app);
    const response = await post(app, '/api/auth/mfa/setup', {}, owner.token);
    const { secret, otpauthUri } = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Kayistra:${owner.email}?secret=${secret}&issuer=Kayistra` +
        '&algorithm=SHA1&digits=6&period=30',
    );

    const row = db.select().from(users).where(eq(users.id, owner.userId)).get();

    expect(row?.mfaSecretSealed).toBeTruthy();
    expect(row?.mfaEnabledAt).toBeNull();
    expect(sqlite.serialize().includes(Buffer.from(secret, 'ascii'))).toBe(false);
  });

  it('is not trusted until a code proves the app has the secret', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);
    const early = await post(app, '/api/auth/mfa/enable', { code: '123456' }, owner.token);

    expect(await statusAndCodeOf(early)).toBe('409 MFA_NOT_SET_UP');

    const { secret } = await (await post(app, '/api/auth/mfa/setup', {}, owner.token)).json();
    const wrongCode = String((Number(totpAt(secret, clock.now())) + 1) % 1_000_000).padStart(
      6,
      '0',
    );
    const wrong = await post(app, '/api/auth/mfa/enable', { code: wrongCode }, owner.token);

    expect(await statusAndCodeOf(wrong)).toBe('401 INVALID_MFA_CODE');
    expect(await isMfaEnabled(app, owner.token)).toBe(false);
    // Sign-in still needs no code.
    expect((await signIn(app, owner)).token).toBeTruthy();
  });
});

describe('MFA sign-in', () => {
  it('asks for the code, refuses a wrong or replayed one, and accepts a fresh one', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);
    const secret = await enableMfa(app, owner.token, clock);
    const login = (totp?: string) => sendJson(app, 'POST', '/api/auth/login', { ...owner, totp });

    expect(await statusAndCodeOf(await login())).toBe('401 MFA_CODE_REQUIRED');
    expect(await statusAndCodeOf(await login(wrongTotpAt(secret, clock.now())))).toBe(
      '401 INVALID_MFA_CODE',
    );

    const code = nextTotp(secret, clock);

    expect((await login(code)).status).toBe(200);
    expect(await statusAndCodeOf(await login(code))).toBe('401 INVALID_MFA_CODE');

    // A code from the step before the one just used is also spent, though still in the window.
    clock.advance(30_000);
    const previous = totpAt(secret, new Date(clock.now().getTime() - 30_000));

    expect(await statusAndCodeOf(await login(previous))).toBe('401 INVALID_MFA_CODE');
    expect((await login(totpAt(secret, clock.now()))).status).toBe(200);
  });

  it('accepts a code from a phone one step behind or ahead, with spaces', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);
    const secret = await enableMfa(app, owner.token, clock);

    clock.advance(60_000);
    const behind = totpAt(secret, new Date(clock.now().getTime() - 30_000));
    const ahead = totpAt(secret, new Date(clock.now().getTime() + 30_000));

    expect((await signIn(app, { ...owner, totp: behind })).token).toBeTruthy();
    expect(
      (await signIn(app, { ...owner, totp: `${ahead.slice(0, 3)} ${ahead.slice(3)}` })).token,
    ).toBeTruthy();
  });
});

describe('MFA enable and disable', () => {
  it('ends other sessions on each change, keeps the current one, and audits both', async () => {
    const { app, db, clock, logLines } = setUp();
    const owner = await signUp(app);
    const other = await signIn(app, owner);
    const secret = await enableMfa(app, owner.token, clock);

    expect(await isMfaEnabled(app, owner.token)).toBe(true);
    expect((await requestAs(app, other.token, '/api/me')).status).toBe(401);
    expect(await statusAndCodeOf(await post(app, '/api/auth/mfa/setup', {}, owner.token))).toBe(
      '409 MFA_ALREADY_ENABLED',
    );

    const laptop = await signIn(app, { ...owner, totp: nextTotp(secret, clock) });
    const wrongPassword = await post(
      app,
      '/api/auth/mfa/disable',
      { password: 'not-the-password-1', code: nextTotp(secret, clock) },
      owner.token,
    );

    expect(await statusAndCodeOf(wrongPassword)).toBe('401 INVALID_CREDENTIALS');

    const code = nextTotp(secret, clock);
    const disable = await post(
      app,
      '/api/auth/mfa/disable',
      { password: owner.password, code },
      owner.token,
    );

    expect(disable.status).toBe(200);
    expect(await isMfaEnabled(app, owner.token)).toBe(false);
    expect((await requestAs(app, laptop.token, '/api/me')).status).toBe(401);
    expect(db.select().from(users).where(eq(users.id, owner.userId)).get()?.mfaSecretSealed).toBe(
      null,
    );
    expect((await signIn(app, owner)).token).toBeTruthy();

    const types = db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.tenantId, owner.tenantId))
      .all()
      .map((event) => event.type);

    expect(types.filter((type) => type.startsWith('mfa.'))).toEqual([
      'mfa.enabled',
      'mfa.disabled',
    ]);
    expect(findLeaks(logLines, [secret, code, owner.password, owner.token, owner.email])).toEqual(
      [],
    );
  });

  it('refuses to disable without a code or when MFA is off', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);
    const off = await post(
      app,
      '/api/auth/mfa/disable',
      { password: owner.password, code: '123456' },
      owner.token,
    );

    expect(await statusAndCodeOf(off)).toBe('409 MFA_NOT_SET_UP');

    await enableMfa(app, owner.token, clock);
    const noCode = await post(
      app,
      '/api/auth/mfa/disable',
      { password: owner.password },
      owner.token,
    );

    expect(await statusAndCodeOf(noCode)).toBe('400 VALIDATION_FAILED');
    expect(await isMfaEnabled(app, owner.token)).toBe(true);
  });

  it('needs a session for every MFA route', async () => {
    const { app } = setUp();

    for (const path of ['/api/auth/mfa/setup', '/api/auth/mfa/enable', '/api/auth/mfa/disable']) {
      const response = await app.request(path, { method: 'POST' });

      expect(await statusAndCodeOf(response)).toBe('401 UNAUTHENTICATED');
    }
  });
});
