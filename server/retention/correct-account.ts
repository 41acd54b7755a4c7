import { and, eq, ne } from 'drizzle-orm';
import type { UpdateMeRequest } from '../../shared/api/tenant-data.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { findSessionUser } from '../auth/account-users.ts';
import type { CredentialDeps } from '../auth/check-credentials.ts';
import type { RequestFacts } from '../auth/request-facts.ts';
import type { AuthenticatedSession } from '../auth/sessions.ts';
import { verifyThrottledCredentials } from '../auth/throttled-credentials.ts';
import { users } from '../db/schema.ts';
import { expectOneRowChanged, whereTenant } from '../db/tenant-scope.ts';

/**
 * The seller's right to correction: their display name and email. A new email is checked
 * against the password under the sign-in throttle first, then must still be free.
 */
export async function correctAccount(
  deps: CredentialDeps,
  auth: AuthenticatedSession,
  input: UpdateMeRequest,
  facts: RequestFacts,
): Promise<{ changedFields: string[] }> {
  const user = findSessionUser(deps.db, auth);
  const isEmailChanging = input.email !== undefined && input.email !== user.email;

  if (isEmailChanging) {
    await verifyThrottledCredentials(deps, {
      ...facts,
      action: 'confirm',
      email: user.email,
      user,
      password: input.password ?? '',
      totp: input.totp,
    });
  }

  const changes = {
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    ...(isEmailChanging ? { email: input.email } : {}),
  };

  if (Object.keys(changes).length === 0) {
    return { changedFields: [] };
  }

  deps.db.transaction((tx) => {
    if (isEmailChanging && input.email && isEmailTaken(tx, input.email, user.id)) {
      throw new AppError('EMAIL_TAKEN');
    }

    const result = tx
      .update(users)
      .set(changes)
      .where(whereTenant(users.tenantId, auth.tenantId, eq(users.id, auth.userId)))
      .run();

    expectOneRowChanged(result);
    // Field names only: the new email or name is the very data the log must not hold.
    recordAuditEvent(tx, {
      tenantId: auth.tenantId,
      userId: auth.userId,
      type: 'account.corrected',
      details: { fields: Object.keys(changes).join(',') },
      requestId: facts.requestId,
      now: facts.now,
    });
  });

  return { changedFields: Object.keys(changes) };
}

type Reader = Pick<CredentialDeps['db'], 'select'>;

// Emails name accounts across all tenants, so uniqueness is checked globally, not per tenant.
function isEmailTaken(db: Reader, email: string, ownUserId: string): boolean {
  const row = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), ne(users.id, ownUserId)))
    .get();

  return row !== undefined;
}
