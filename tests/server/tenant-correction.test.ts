import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../server/db/schema.ts';
import {
  enableMfa,
  nextTotp,
  requestAs,
  sendJson,
  signIn,
  signUp,
  statusAndCodeOf,
  type TestAccount,
} from '../helpers/accounts.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { createTestClock, type TestClock } from '../helpers/test-clock.ts';

// Issue #7: PATCH /api/me, the seller's right to correct their account details.
let testApp: ReturnType<typeof createTestApp>;
let clock: TestClock;
let owner: TestAccount;

const patchMe = (body: unknown, account: TestAccount = owner) =>
  sendJson(testApp.app, 'PATCH', '/api/me', body, account);

beforeEach(async () => {
  clock = createTestClock();
  testApp = createTestApp({ now: clock.now });
  owner = await signUp(testApp.app);
});

afterEach(() => testApp.close());

describe('PATCH /api/me', () => {
  it('corrects the display name without a password, audited by field name only', async () => {
    const response = await patchMe({ displayName: 'Ayşe Kaya' });
    const events = testApp.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, 'account.corrected'))
      .all();

    expect(response.status).toBe(200);
    expect((await response.json()).user.displayName).toBe('Ayşe Kaya');
    expect(events.map((event) => event.details)).toEqual([{ fields: 'displayName' }]);
    expect(JSON.stringify(events)).not.toContain('Ayşe');
  });

  it('changes the email with the current password; the new one signs in, the old one not', async () => {
    const newEmail = `  Renamed-${Date.now()}@Example.TEST `;
    const response = await patchMe({ email: newEmail, password: owner.password });
    const stored = newEmail.trim().toLowerCase();

    expect(response.status).toBe(200);
    expect((await response.json()).user.email).toBe(stored);
    await expect(
      signIn(testApp.app, { email: stored, password: owner.password }),
    ).resolves.toBeDefined();
    await expect(
      signIn(testApp.app, { email: owner.email, password: owner.password }),
    ).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it('refuses an email change without the password, or with a wrong one', async () => {
    const withoutPassword = await patchMe({ email: 'taken-over@example.test' });
    const wrongPassword = await patchMe({
      email: 'taken-over@example.test',
      password: 'not-it-at-all',
    });

    expect(await statusAndCodeOf(withoutPassword)).toBe('400 VALIDATION_FAILED');
    expect(await statusAndCodeOf(wrongPassword)).toBe('401 INVALID_CREDENTIALS');
  });

  it('asks for the MFA code with the password when MFA is on', async () => {
    const secret = await enableMfa(testApp.app, owner.token, clock);
    const body = { email: 'mfa-renamed@example.test', password: owner.password };

    expect(await statusAndCodeOf(await patchMe(body))).toBe('401 MFA_CODE_REQUIRED');
    expect((await patchMe({ ...body, totp: nextTotp(secret, clock) })).status).toBe(200);
  });

  it('keeps emails unique across tenants', async () => {
    const other = await signUp(testApp.app);
    const response = await patchMe({ email: other.email, password: owner.password });

    expect(await statusAndCodeOf(response)).toBe('409 EMAIL_TAKEN');
  });

  it('changes only the caller’s own account', async () => {
    const other = await signUp(testApp.app);

    await patchMe({ displayName: 'Only Mine' });
    const otherMe = await (await requestAs(testApp.app, other.token, '/api/me')).json();

    expect(otherMe.user.displayName).toBeNull();
    expect(otherMe.user.email).toBe(other.email);
  });

  it('keeps the new email out of the logs', async () => {
    const newEmail = `log-check-${Date.now()}@example.test`;

    await patchMe({ email: newEmail, password: owner.password });

    expect(testApp.logLines.join('\n')).not.toContain(newEmail);
  });
});
