import type { ConfirmRequest } from '../../shared/api/auth.ts';
import { findSessionUser } from './account-users.ts';
import type { CredentialDeps } from './check-credentials.ts';
import type { RequestFacts } from './request-facts.ts';
import { markSessionConfirmed } from './session-updates.ts';
import type { AuthenticatedSession } from './sessions.ts';
import { type CredentialAction, verifyThrottledCredentials } from './throttled-credentials.ts';

/**
 * Re-proves the signed-in user's password (and code, with MFA on) and stamps the session as
 * confirmed now. A token alone is not enough for export or deletion: it may have been stolen.
 */
export async function confirmRecentCredentials(
  deps: CredentialDeps,
  auth: AuthenticatedSession,
  input: ConfirmRequest,
  facts: RequestFacts,
): Promise<Date> {
  await verifySessionUserCredentials(deps, auth, input, facts, 'confirm');
  markSessionConfirmed(deps.db, auth, facts.now);

  return facts.now;
}

/** The signed-in user's own password (and code), under the sign-in throttle. */
export async function verifySessionUserCredentials(
  deps: CredentialDeps,
  auth: AuthenticatedSession,
  input: ConfirmRequest,
  facts: RequestFacts,
  action: CredentialAction,
): Promise<void> {
  const user = findSessionUser(deps.db, auth);

  await verifyThrottledCredentials(deps, { ...facts, ...input, action, email: user.email, user });
}
