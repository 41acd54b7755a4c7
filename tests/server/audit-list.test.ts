import { afterEach, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../server/audit/audit-log.ts';
import { addSignedInUser, requestAs, signUp, statusAndCodeOf } from '../helpers/accounts.ts';
import { createTestApp, TENANT_A, TENANT_B } from '../helpers/test-app.ts';

let current: ReturnType<typeof createTestApp> | undefined;

afterEach(() => current?.close());

function setUp() {
  current = createTestApp();

  return current;
}

interface AuditPageBody {
  events: { id: number; type: string; details: Record<string, unknown>; createdAt: string }[];
  nextBefore: number | null;
}

async function readPage(response: Response): Promise<AuditPageBody> {
  expect(response.status).toBe(200);

  return response.json();
}

describe('GET /api/audit', () => {
  it('lists only the tenant’s own events, newest first, page by page', async () => {
    const { app, db } = setUp();
    const owner = await addSignedInUser(app, db, { tenantId: TENANT_A, role: 'owner' });

    for (let index = 0; index < 3; index += 1) {
      recordAuditEvent(db, { tenantId: TENANT_A, type: 'pii.read', details: { index } });
      recordAuditEvent(db, { tenantId: TENANT_B, type: 'pii.read', details: { index } });
    }

    recordAuditEvent(db, { tenantId: null, type: 'auth.sign_in_failed' });

    const first = await readPage(await requestAs(app, owner.token, '/api/audit?limit=2'));

    expect(first.events.map((event) => event.details)).toEqual([{ index: 2 }, { index: 1 }]);
    expect(first.nextBefore).toBe(first.events[1]?.id);

    const second = await readPage(
      await requestAs(app, owner.token, `/api/audit?limit=2&before=${first.nextBefore}`),
    );

    // The owner's own sign-in is the oldest event of tenant A; nothing of B or of no tenant.
    expect(second.events.map((event) => event.type)).toEqual(['pii.read', 'auth.sign_in']);
    expect(second.nextBefore).toBeNull();
  });

  it('is for owners only', async () => {
    const { app, db } = setUp();
    const member = await addSignedInUser(app, db, { tenantId: TENANT_A, role: 'member' });

    expect(await statusAndCodeOf(await requestAs(app, member.token, '/api/audit'))).toBe(
      '403 FORBIDDEN',
    );
    expect(await statusAndCodeOf(await app.request('/api/audit'))).toBe('401 UNAUTHENTICATED');
  });

  it('shows a new tenant its sign-up, with ISO dates and no email', async () => {
    const { app } = setUp();
    const owner = await signUp(app);
    const page = await readPage(await requestAs(app, owner.token, '/api/audit'));

    expect(page.events.map((event) => event.type)).toEqual(['auth.signup']);
    expect(page.events[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(JSON.stringify(page)).not.toContain(owner.email);
  });

  it('names a bad limit or cursor', async () => {
    const { app, db } = setUp();
    const owner = await addSignedInUser(app, db, { tenantId: TENANT_A, role: 'owner' });
    const response = await requestAs(app, owner.token, '/api/audit?limit=500&before=abc');
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      'before',
      'limit',
    ]);
  });
});
