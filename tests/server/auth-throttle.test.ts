import { afterEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../server/db/schema.ts';
import {
  findLeaks,
  sendJson,
  signUp,
  statusAndCodeOf,
  type TestAccount,
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

const WRONG_PASSWORD = 'not-the-password-1';

function attempt(app: App, account: TestAccount, password: string, address?: string) {
  return sendJson(app, 'POST', '/api/auth/login', { email: account.email, password }, { address });
}

async function expectRefused(response: Response, code: string, retryAfterSeconds: number) {
  expect(await statusAndCodeOf(response)).toBe(`429 ${code}`);
  expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds));
}

describe('guessing an account password', () => {
  it('is slowed after 5 failures, locked after 10, and unlocked after 15 minutes', async () => {
    const { app, db, clock, logLines } = setUp();
    const owner = await signUp(app);

    for (let failure = 1; failure <= 5; failure += 1) {
      expect(await statusAndCodeOf(await attempt(app, owner, WRONG_PASSWORD))).toBe(
        '401 INVALID_CREDENTIALS',
      );
    }

    // Each further failure doubles the wait before the next attempt is even checked.
    for (const waitSeconds of [2, 4, 8, 16, 32]) {
      await expectRefused(await attempt(app, owner, owner.password), 'RATE_LIMITED', waitSeconds);
      clock.advance(waitSeconds * 1000);
      expect(await statusAndCodeOf(await attempt(app, owner, WRONG_PASSWORD))).toBe(
        '401 INVALID_CREDENTIALS',
      );
    }

    // The tenth failure locked the account: even the right password waits 15 minutes.
    await expectRefused(await attempt(app, owner, owner.password), 'ACCOUNT_LOCKED', 900);
    clock.advance(14 * 60 * 1000);
    await expectRefused(await attempt(app, owner, owner.password), 'ACCOUNT_LOCKED', 60);

    const locks = db
      .select()
      .from(auditEvents)
      .all()
      .filter((event) => event.type === 'auth.locked');

    expect(locks).toEqual([
      expect.objectContaining({ tenantId: owner.tenantId, details: { scope: 'account' } }),
    ]);

    clock.advance(60 * 1000);
    expect((await attempt(app, owner, owner.password)).status).toBe(200);
    expect(findLeaks(logLines, [owner.email, owner.password, WRONG_PASSWORD, owner.token])).toEqual(
      [],
    );
  });

  it('starts counting again after a successful sign-in', async () => {
    const { app } = setUp();
    const owner = await signUp(app);

    for (let failure = 1; failure <= 4; failure += 1) {
      await attempt(app, owner, WRONG_PASSWORD);
    }

    expect((await attempt(app, owner, owner.password)).status).toBe(200);

    for (let failure = 1; failure <= 4; failure += 1) {
      expect(await statusAndCodeOf(await attempt(app, owner, WRONG_PASSWORD))).toBe(
        '401 INVALID_CREDENTIALS',
      );
    }
  });

  it('forgets failures older than the 15-minute window', async () => {
    const { app, clock } = setUp();
    const owner = await signUp(app);

    for (let failure = 1; failure <= 4; failure += 1) {
      await attempt(app, owner, WRONG_PASSWORD);
    }

    clock.advance(15 * 60 * 1000);

    // Four more would make eight in one window; in a fresh window the fifth is not yet held.
    for (let failure = 1; failure <= 5; failure += 1) {
      expect((await attempt(app, owner, WRONG_PASSWORD)).status).toBe(401);
    }
  });

  it('counts a burst of parallel guesses before any of them is checked', async () => {
    const { app } = setUp();
    const owner = await signUp(app);
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => attempt(app, owner, WRONG_PASSWORD)),
    );
    const statuses = responses.map((response) => response.status);

    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });
});

describe('guessing from one address', () => {
  it('is slowed across accounts, by the socket address and not X-Forwarded-For', async () => {
    const { app } = setUp();
    const guesser = '198.51.100.7';
    const stranger = (index: number) => ({ email: `target-${index}@example.test` }) as TestAccount;

    for (let index = 0; index < 20; index += 1) {
      expect((await attempt(app, stranger(index), WRONG_PASSWORD, guesser)).status).toBe(401);
    }

    const spoofed = await sendJson(
      app,
      'POST',
      '/api/auth/login',
      { email: 'target-99@example.test', password: WRONG_PASSWORD },
      { address: guesser },
    );
    const forwarded = await app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.50' },
        body: JSON.stringify({ email: 'target-98@example.test', password: WRONG_PASSWORD }),
      },
      { incoming: { socket: { remoteAddress: guesser } } },
    );

    await expectRefused(spoofed, 'RATE_LIMITED', 2);
    expect(await statusAndCodeOf(forwarded)).toBe('429 RATE_LIMITED');
    expect((await attempt(app, stranger(97), WRONG_PASSWORD, '192.0.2.1')).status).toBe(401);
  });
});
