import type { LoginRequest } from '../../shared/api/auth.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { findUserByEmail } from './account-users.ts';
import type { CredentialDeps } from './check-credentials.ts';
import type { RequestFacts } from './request-facts.ts';
import { createSession, type NewSession, revokeSession } from './sessions.ts';
import { verifyThrottledCredentials } from './throttled-credentials.ts';

/** Signs in with email, password and (when MFA is on) a code; returns a new session. */
export async function signIn(
  deps: CredentialDeps,
  input: LoginRequest,
  facts: RequestFacts,
): Promise<NewSession> {
  const user = await verifyThrottledCredentials(deps, {
    ...facts,
    ...input,
    action: 'sign_in',
    user: findUserByEmail(deps.db, input.email),
  });

  // The seller has just proved password (and MFA): the session starts confirmed.
  const session = createSession(deps.db, {
    tenantId: user.tenantId,
    userId: user.id,
    now: facts.now,
    isConfirmed: true,
  });

  recordAuditEvent(deps.db, {
    tenantId: user.tenantId,
    userId: user.id,
    type: 'auth.sign_in',
    requestId: facts.requestId,
    now: facts.now,
  });

  return session;
}

export function signOut(
  deps: CredentialDeps,
  session: { tenantId: string; userId: string; sessionId: string },
  facts: Pick<RequestFacts, 'requestId' | 'now'>,
): void {
  revokeSession(deps.db, session);
  recordAuditEvent(deps.db, {
    tenantId: session.tenantId,
    userId: session.userId,
    type: 'auth.sign_out',
    ...facts,
  });
}
