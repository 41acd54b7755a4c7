import type { ConfirmRequest } from '../../shared/api/auth.ts';
import { findSessionUser } from './account-users.ts';
import type { CredentialDeps } from './check-credentials.ts';
import type { RequestFacts } from './request-facts.ts';
import { markSessionConfirmed } from './session-updates.ts';
import type { AuthenticatedSession } from './sessions.ts';
import { verifyThrottledCredentials } from './throttled-credentials.ts';

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
  const user = findSessionUser(deps.db, auth);

  await verifyThrottledCredentials(deps, {
    ...facts,
    ...input,
    action: 'confirm',
    email: user.email,
    user,
  });
  markSessionConfirmed(deps.db, auth, facts.now);

  return facts.now;
}
