import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { tenants, users } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';

/** A user with what checking their credentials needs, including the tenant's key salt. */
export interface AccountUser {
  id: string;
  tenantId: string;
  email: string;
  passwordHash: string;
  role: 'owner' | 'member';
  mfaSecretSealed: string | null;
  mfaEnabledAt: Date | null;
  tenantSalt: Buffer;
}

const ACCOUNT_USER_COLUMNS = {
  id: users.id,
  tenantId: users.tenantId,
  email: users.email,
  passwordHash: users.passwordHash,
  role: users.role,
  mfaSecretSealed: users.mfaSecretSealed,
  mfaEnabledAt: users.mfaEnabledAt,
  tenantSalt: tenants.keySalt,
};

/**
 * Sign-in is the one lookup made before any tenant is known: emails are unique across all
 * tenants, so the email alone names the account (and with it, the tenant).
 */
export function findUserByEmail(db: Db, email: string): AccountUser | undefined {
  return db
    .select(ACCOUNT_USER_COLUMNS)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(eq(users.email, email))
    .get();
}

/** The signed-in user, scoped by the session's tenant. */
export function findSessionUser(db: Db, auth: { tenantId: string; userId: string }): AccountUser {
  const user = db
    .select(ACCOUNT_USER_COLUMNS)
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(whereTenant(users.tenantId, auth.tenantId, eq(users.id, auth.userId)))
    .get();

  return foundOrNotFound(user);
}
