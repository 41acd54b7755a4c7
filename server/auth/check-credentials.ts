import { randomBytes } from 'node:crypto';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import type { Db } from '../db/connection.ts';
import type { AccountUser } from './account-users.ts';
import { consumeTotpCode } from './mfa-secret.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export type CredentialProblem = 'INVALID_CREDENTIALS' | 'MFA_CODE_REQUIRED' | 'INVALID_MFA_CODE';

export interface CredentialDeps {
  db: Db;
  masterKeys: MasterKeyRing;
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a password nobody knows, made with the current parameters. Checking an unknown
 * email against it costs the same scrypt work as a real account, so response time does not
 * tell a guesser which emails have accounts.
 */
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));

  return dummyHash;
}

/**
 * What is wrong with a password (and TOTP code, when the user has MFA on), or undefined when
 * they are right. An unknown user and a wrong password give the same answer.
 */
export async function findCredentialProblem(
  deps: CredentialDeps,
  user: AccountUser | undefined,
  input: { password: string; totp?: string },
  now: Date,
): Promise<CredentialProblem | undefined> {
  const storedHash = user?.passwordHash ?? (await getDummyHash());
  const isPasswordRight = await verifyPassword(input.password, storedHash);

  if (!user || !isPasswordRight) {
    return 'INVALID_CREDENTIALS';
  }

  if (!user.mfaEnabledAt) {
    return undefined;
  }

  if (!input.totp) {
    return 'MFA_CODE_REQUIRED';
  }

  const isCodeAccepted = consumeTotpCode(deps.db, deps.masterKeys, user, input.totp, now);

  return isCodeAccepted ? undefined : 'INVALID_MFA_CODE';
}
