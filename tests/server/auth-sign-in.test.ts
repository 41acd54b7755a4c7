import { afterEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../server/db/schema.ts';
import {
  findLeaks,
  requestAs,
  sendJson,
  signIn,
  signUp,
  statusAndCodeOf,
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

const login = (app: ReturnType<typeof createTestApp>['app'], body: object) =>
  sendJson(app, 'POST', '/api/auth/login', body);

async function timeLogin(app: ReturnType<typeof createTestApp>['app'], body: object) {
  const startedAt = performance.now();

  await login(app, body);

  return performance.now() - startedAt;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

describe('sign-in failures', () => {
  it('answers an unknown email exactly like a wrong password', async () => {
    const { app } = setUp();
    const owner = await signUp(app);
    const unknown = await login(app, { email: 'nobody@example.test', password: owner.password });
    const wrong = await login(app, { email: owner.email, password: 'not-the-password-1' });
    const unknownBody = await unknown.json();
    const wrongBody = await wrong.json();

    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknownBody.error.code).toBe('INVALID_CREDENTIALS');
    expect({ ...unknownBody.error, requestId: '' }).toEqual({ ...wrongBody.error, requestId: '' });
  });

  it('spends password-hashing time on unknown emails too', async () => {
    const { app } = setUp();
    const owner = await signUp(app);
    const unknown: number[] = [];
    const wrong: number[] = [];

    // Interleaved, so a busy machine slows both sides alike; without the dummy hash the
    // unknown email would answer about fifty times faster, far below this bound.
    for (let round = 0; round < 3; round += 1) {
      unknown.push(await timeLogin(app, { email: `ghost${round}@example.test`, password: 'x' }));
      wrong.push(await timeLogin(app, { email: owner.email, password: 'not-the-password-1' }));
    }

    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.3);
  });

  it('records failures with the reason only; unknown emails belong to no tenant', async () => {
    const { app, db, logLines } = setUp();
    const owner = await signUp(app);

    await login(app, { email: owner.email, password: 'not-the-password-1' });
    await login(app, { email: 'stranger@example.test', password: 'guess-guess-guess' });

    const failures = db
      .select()
      .from(auditEvents)
      .all()
      .filter((event) => event.type === 'auth.sign_in_failed');

    expect(
      failures.map(({ tenantId, userId, details }) => ({ tenantId, userId, details })),
    ).toEqual([
      {
        tenantId: owner.tenantId,
        userId: owner.userId,
        details: { reason: 'INVALID_CREDENTIALS', action: 'sign_in' },
      },
      {
        tenantId: null,
        userId: null,
        details: { reason: 'INVALID_CREDENTIALS', action: 'sign_in' },
      },
    ]);
    expect(JSON.stringify(failures)).not.toContain('example.test');
    expect(
      findLeaks(logLines, [
        owner.email,
        'stranger@example.test',
        'not-the-password-1',
        'guess-guess',
      ]),
    ).toEqual([]);
  });

  it('refuses malformed input by naming the fields, not by signing in', async () => {
    const { app } = setUp();
    const response = await login(app, { email: 'a@example.test', password: '', totp: '12ab' });
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      'password',
      'totp',
    ]);
  });
});

describe('session tokens', () => {
  it('stop working once the session lifetime has passed', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);
    const session = await signIn(app, owner);

    // Twelve hours minus a minute: still good.
    clock.advance(12 * 60 * 60 * 1000 - 60_000);
    expect((await requestAs(app, session.token, '/api/me')).status).toBe(200);

    clock.advance(60_000);
    expect(await statusAndCodeOf(await requestAs(app, session.token, '/api/me'))).toBe(
      '401 UNAUTHENTICATED',
    );
    expect(Date.parse(session.expiresAt)).toBe(clock.now().getTime());
  });

  it('stop working once revoked by sign-out, which is audited', async () => {
    const { app, db } = setUp();
    const owner = await signUp(app);
    const logout = await requestAs(app, owner.token, '/api/auth/logout', { method: 'POST' });

    expect(logout.status).toBe(204);
    expect(await statusAndCodeOf(await requestAs(app, owner.token, '/api/me'))).toBe(
      '401 UNAUTHENTICATED',
    );
    expect(
      await statusAndCodeOf(
        await requestAs(app, owner.token, '/api/auth/logout', {
          method: 'POST',
        }),
      ),
    ).toBe('401 UNAUTHENTICATED');
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .map((event) => event.type),
    ).toContain('auth.sign_out');
  });

  it('are refused when missing or malformed, with the same answer', async () => {
    const { app } = setUp();
    const missing = await app.request('/api/me');
    const malformed = await requestAs(app, 'not-a-token', '/api/me');
    const unknown = await requestAs(app, 'A'.repeat(43), '/api/me');

    for (const response of [missing, malformed, unknown]) {
      expect(await statusAndCodeOf(response)).toBe('401 UNAUTHENTICATED');
    }
  });
});
