import { eq, isNull } from 'drizzle-orm';
import type { MfaSetupResponse } from '../../shared/api/mfa.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { users } from '../db/schema.ts';
import { expectOneRowChanged, whereTenant } from '../db/tenant-scope.ts';
import { findSessionUser } from './account-users.ts';
import type { CredentialDeps } from './check-credentials.ts';
import { consumeTotpCode, sealMfaSecret } from './mfa-secret.ts';
import type { RequestFacts } from './request-facts.ts';
import { revokeOtherSessions } from './session-updates.ts';
import type { AuthenticatedSession } from './sessions.ts';
import { verifyThrottledCredentials } from './throttled-credentials.ts';
import { buildOtpauthUri, generateTotpSecret } from './totp.ts';

/**
 * Starts MFA setup: a fresh secret, stored sealed and trusted only once a code proves the
 * app has it. Running setup again before enabling replaces the secret.
 */
export function setUpMfa(deps: CredentialDeps, auth: AuthenticatedSession): MfaSetupResponse {
  const user = findSessionUser(deps.db, auth);
  const secret = generateTotpSecret();

  // The `mfa_enabled_at is null` condition keeps a concurrent enable from being undone.
  const result = deps.db
    .update(users)
    .set({ mfaSecretSealed: sealMfaSecret(deps.masterKeys, user, secret), mfaLastStep: null })
    .where(
      whereTenant(users.tenantId, auth.tenantId, eq(users.id, user.id), isNull(users.mfaEnabledAt)),
    )
    .run();

  if (result.changes === 0) {
    throw new AppError('MFA_ALREADY_ENABLED');
  }

  return { secret, otpauthUri: buildOtpauthUri({ accountName: user.email, secret }) };
}

/** Turns MFA on once a code from the app matches the secret from setup. */
export function enableMfa(
  deps: CredentialDeps,
  auth: AuthenticatedSession,
  code: string,
  facts: RequestFacts,
): void {
  const user = findSessionUser(deps.db, auth);

  if (user.mfaEnabledAt) {
    throw new AppError('MFA_ALREADY_ENABLED');
  }

  if (!user.mfaSecretSealed) {
    throw new AppError('MFA_NOT_SET_UP');
  }

  if (!consumeTotpCode(deps.db, deps.masterKeys, user, code, facts.now)) {
    throw new AppError('INVALID_MFA_CODE');
  }

  const result = deps.db
    .update(users)
    .set({ mfaEnabledAt: facts.now })
    .where(whereTenant(users.tenantId, auth.tenantId, eq(users.id, user.id)))
    .run();

  expectOneRowChanged(result);
  finishMfaChange(deps, auth, 'mfa.enabled', facts);
}

/** Turns MFA off; needs the password and a current code, like a sign-in would. */
export async function disableMfa(
  deps: CredentialDeps,
  auth: AuthenticatedSession,
  input: { password: string; code: string },
  facts: RequestFacts,
): Promise<void> {
  const user = findSessionUser(deps.db, auth);

  if (!user.mfaEnabledAt) {
    throw new AppError('MFA_NOT_SET_UP');
  }

  await verifyThrottledCredentials(deps, {
    ...facts,
    action: 'mfa_disable',
    email: user.email,
    user,
    password: input.password,
    totp: input.code,
  });

  const result = deps.db
    .update(users)
    .set({ mfaSecretSealed: null, mfaEnabledAt: null, mfaLastStep: null })
    .where(whereTenant(users.tenantId, auth.tenantId, eq(users.id, user.id)))
    .run();

  expectOneRowChanged(result);
  finishMfaChange(deps, auth, 'mfa.disabled', facts);
}

function finishMfaChange(
  deps: CredentialDeps,
  auth: AuthenticatedSession,
  type: 'mfa.enabled' | 'mfa.disabled',
  facts: RequestFacts,
): void {
  revokeOtherSessions(deps.db, auth, facts.now);
  recordAuditEvent(deps.db, {
    tenantId: auth.tenantId,
    userId: auth.userId,
    type,
    requestId: facts.requestId,
    now: facts.now,
  });
}
