import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { requireAuth } from '../../server/auth/require-auth.ts';
import {
  requireMfaIfTenantDemands,
  requireRecentConfirmation,
} from '../../server/auth/require-mfa.ts';
import type { Db } from '../../server/db/connection.ts';
import { auditEvents } from '../../server/db/schema.ts';
import type { AppEnv } from '../../server/http/app-env.ts';
import { handleError } from '../../server/http/error-handler.ts';
import { requestContext } from '../../server/http/request-context.ts';
import { createLogger } from '../../server/logger.ts';
import {
  addSignedInUser,
  enableMfa,
  findLeaks,
  nextTotp,
  requestAs,
  sendJson,
  signUp,
  statusAndCodeOf,
} from '../helpers/accounts.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestClock, type TestClock } from '../helpers/test-clock.ts';

let current: ReturnType<typeof createTestApp> | undefined;

afterEach(() => current?.close());

function setUp() {
  const clock = createTestClock();

  current = createTestApp({ now: clock.now });

  return { ...current, clock, probe: createProbeApp(current.db, clock) };
}

const FIVE_MINUTES = 5 * 60 * 1000;

/** Stand-ins for later routes (label purchase, export) that use the exported guards. */
function createProbeApp(db: Db, clock: TestClock) {
  const app = new Hono<AppEnv>()
    .use(requestContext(createLogger({ level: 'silent', pretty: false })))
    .use(requireAuth(db, clock.now))
    .post('/label', requireMfaIfTenantDemands(db), (c) => c.json({ ok: true }))
    .get('/export', requireRecentConfirmation(FIVE_MINUTES, clock.now), (c) =>
      c.json({ ok: true }),
    );

  app.onError(handleError);

  return app;
}

const setMfaRequired = (
  app: ReturnType<typeof createTestApp>['app'],
  token: string,
  mfaRequired: boolean,
) => sendJson(app, 'PUT', '/api/tenant/settings/security', { mfaRequired }, { token });

describe('tenant MFA requirement', () => {
  it('lets the owner require MFA, audited, and then holds back users without it', async () => {
    const { app, db, clock, probe } = setUp();
    const owner = await signUp(app);
    const label = () => requestAs(probe, owner.token, '/label', { method: 'POST' });

    expect((await label()).status).toBe(200);

    const saved = await setMfaRequired(app, owner.token, true);

    expect(await saved.json()).toEqual({ mfaRequired: true });
    expect((await (await requestAs(app, owner.token, '/api/me')).json()).tenant.mfaRequired).toBe(
      true,
    );
    expect(await statusAndCodeOf(await label())).toBe('403 MFA_REQUIRED_BY_TENANT');

    await enableMfa(app, owner.token, clock);
    expect((await label()).status).toBe(200);

    const change = db
      .select()
      .from(auditEvents)
      .all()
      .find((event) => event.type === 'tenant.security_changed');

    expect(change).toMatchObject({ tenantId: owner.tenantId, userId: owner.userId });
    expect(change?.details).toEqual({ mfaRequired: true });
  });

  it('is the owner’s setting only, and touches only their tenant', async () => {
    const { app, db } = setUp();
    const owner = await signUp(app);
    const member = await addSignedInUser(app, db, { tenantId: owner.tenantId, role: 'member' });
    const stranger = await signUp(app);

    expect(await statusAndCodeOf(await setMfaRequired(app, member.token, true))).toBe(
      '403 FORBIDDEN',
    );
    expect((await setMfaRequired(app, owner.token, true)).status).toBe(200);

    const strangerMe = await (await requestAs(app, stranger.token, '/api/me')).json();

    expect(strangerMe.tenant.mfaRequired).toBe(false);
  });
});

describe('recent confirmation', () => {
  it('holds for a while after sign-in, then needs the password again', async () => {
    const { app, clock, probe, logLines } = setUp();
    const owner = await signUp(app);
    const confirm = (body: object) =>
      sendJson(app, 'POST', '/api/auth/confirm', body, { token: owner.token });

    expect((await requestAs(probe, owner.token, '/export')).status).toBe(200);

    clock.advance(FIVE_MINUTES + 1);
    expect(await statusAndCodeOf(await requestAs(probe, owner.token, '/export'))).toBe(
      '403 CONFIRMATION_REQUIRED',
    );
    expect(await statusAndCodeOf(await confirm({ password: 'not-the-password-1' }))).toBe(
      '401 INVALID_CREDENTIALS',
    );

    const confirmed = await confirm({ password: owner.password });

    expect(await confirmed.json()).toEqual({ confirmedAt: clock.now().toISOString() });
    expect((await requestAs(probe, owner.token, '/export')).status).toBe(200);
    expect(findLeaks(logLines, [owner.email, owner.password, owner.token])).toEqual([]);
  });

  it('needs the code as well when MFA is on', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);
    const secret = await enableMfa(app, owner.token, clock);
    const confirm = (body: object) =>
      sendJson(app, 'POST', '/api/auth/confirm', body, { token: owner.token });

    expect(await statusAndCodeOf(await confirm({ password: owner.password }))).toBe(
      '401 MFA_CODE_REQUIRED',
    );
    expect(
      (await confirm({ password: owner.password, totp: nextTotp(secret, clock) })).status,
    ).toBe(200);
  });
});
