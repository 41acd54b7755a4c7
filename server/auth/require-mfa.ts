import { eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db/connection.ts';
import { tenants, users } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import type { AppEnv } from '../http/app-env.ts';

/**
 * For PII-bearing routes (label purchase, export), behind `requireAuth`: when the tenant has
 * turned on "MFA required", a user without MFA is refused until they turn it on.
 */
export function requireMfaIfTenantDemands(db: Db) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const auth = c.get('auth');
    const row = db
      .select({ isMfaRequired: tenants.isMfaRequired, mfaEnabledAt: users.mfaEnabledAt })
      .from(users)
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(whereTenant(users.tenantId, auth.tenantId, eq(users.id, auth.userId)))
      .get();
    const { isMfaRequired, mfaEnabledAt } = foundOrNotFound(row);

    if (isMfaRequired && !mfaEnabledAt) {
      throw new AppError('MFA_REQUIRED_BY_TENANT');
    }

    await next();
  });
}

/**
 * For destructive or bulk actions (export, tenant deletion), behind `requireAuth`: the session
 * must have re-proved its credentials (`POST /api/auth/confirm`) within `maxAgeMs`.
 */
export function requireRecentConfirmation(maxAgeMs: number, now: () => Date = () => new Date()) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { confirmedAt } = c.get('auth');
    const isRecent = confirmedAt !== null && now().getTime() - confirmedAt.getTime() <= maxAgeMs;

    if (!isRecent) {
      throw new AppError('CONFIRMATION_REQUIRED');
    }

    await next();
  });
}
