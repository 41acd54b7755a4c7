import { eq, isNull, or, sql } from 'drizzle-orm';
import type { SealedCell } from '../crypto/associated-data.ts';
import type { MasterKeyRing } from '../crypto/master-key-ring.ts';
import { createTenantSealer } from '../crypto/tenant-sealer.ts';
import type { Db } from '../db/connection.ts';
import { users } from '../db/schema.ts';
import { whereTenant } from '../db/tenant-scope.ts';
import type { AccountUser } from './account-users.ts';
import { decodeBase32 } from './base32.ts';
import { findTotpStep } from './totp.ts';

type MfaUser = Pick<AccountUser, 'id' | 'tenantId' | 'tenantSalt' | 'mfaSecretSealed'>;

/** Where a user's TOTP secret lives; sealing binds it to this row, so it cannot be moved. */
function mfaSecretCell(userId: string): SealedCell {
  return { purpose: 'credentials', table: 'users', column: 'mfa_secret_sealed', rowId: userId };
}

export function sealMfaSecret(keyRing: MasterKeyRing, user: MfaUser, secret: string): string {
  const sealer = createTenantSealer(keyRing, {
    tenantId: user.tenantId,
    tenantSalt: user.tenantSalt,
  });

  return sealer.seal(mfaSecretCell(user.id), secret);
}

/**
 * Accepts a TOTP code at most once. The step is recorded with a conditional update that only
 * succeeds when the step is newer than the last accepted one, so a replayed code, or the same
 * code sent twice at once, is refused even within its 30-second window.
 */
export function consumeTotpCode(
  db: Db,
  keyRing: MasterKeyRing,
  user: MfaUser,
  code: string,
  now: Date,
): boolean {
  if (!user.mfaSecretSealed) {
    return false;
  }

  const sealer = createTenantSealer(keyRing, {
    tenantId: user.tenantId,
    tenantSalt: user.tenantSalt,
  });
  const secret = sealer.openAsString(mfaSecretCell(user.id), user.mfaSecretSealed);
  const step = findTotpStep(decodeBase32(secret), code, now);

  if (step === undefined) {
    return false;
  }

  const result = db
    .update(users)
    .set({ mfaLastStep: String(step) })
    .where(
      whereTenant(
        users.tenantId,
        user.tenantId,
        eq(users.id, user.id),
        or(isNull(users.mfaLastStep), sql`cast(${users.mfaLastStep} as integer) < ${step}`),
      ),
    )
    .run();

  return result.changes === 1;
}
