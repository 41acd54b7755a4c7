import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { AccountUser } from './account-users.ts';
import { type CredentialDeps, findCredentialProblem } from './check-credentials.ts';
import {
  forgiveSignInAttempt,
  reserveSignInAttempt,
  signInThrottleKeys,
  type ThrottleScope,
} from './sign-in-throttle.ts';

/** What the credentials are being checked for; recorded with failures. */
export type CredentialAction = 'sign_in' | 'confirm' | 'mfa_disable' | 'tenant_delete';

export interface CredentialAttempt {
  action: CredentialAction;
  /** The email typed (sign-in) or the signed-in user's: the account counter's key. */
  email: string;
  user: AccountUser | undefined;
  password: string;
  totp?: string;
  clientAddress: string;
  requestId: string;
  now: Date;
}

/**
 * Checks a password (and code) under the sign-in throttle and returns the proven user, or
 * throws. Every place that takes a password goes through here, so a stolen session cannot
 * guess the password faster through confirmation or MFA removal than through sign-in.
 */
export async function verifyThrottledCredentials(
  deps: CredentialDeps,
  attempt: CredentialAttempt,
): Promise<AccountUser> {
  const keys = signInThrottleKeys(attempt, deps.masterKeys);
  const lockedScopes = reserveSignInAttempt(deps.db, keys, attempt.now);
  const problem = await findCredentialProblem(deps, attempt.user, attempt, attempt.now);

  // No problem implies a user; the second test only spares the types an assertion.
  if (problem || !attempt.user) {
    const reason = problem ?? 'INVALID_CREDENTIALS';

    recordFailure(deps, attempt, reason, lockedScopes);
    throw new AppError(reason);
  }

  forgiveSignInAttempt(deps.db, keys);

  return attempt.user;
}

function recordFailure(
  deps: CredentialDeps,
  attempt: CredentialAttempt,
  reason: string,
  lockedScopes: ThrottleScope[],
): void {
  // An unknown email belongs to no tenant; the event still counts toward anomaly alerts.
  const who = {
    tenantId: attempt.user?.tenantId ?? null,
    userId: attempt.user?.id ?? null,
    requestId: attempt.requestId,
    now: attempt.now,
  };

  recordAuditEvent(deps.db, {
    ...who,
    type: 'auth.sign_in_failed',
    details: { reason, action: attempt.action },
  });

  for (const scope of lockedScopes) {
    recordAuditEvent(deps.db, { ...who, type: 'auth.locked', details: { scope } });
  }
}
