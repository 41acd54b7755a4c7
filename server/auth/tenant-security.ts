import { eq } from 'drizzle-orm';
import type { TenantSecuritySettings } from '../../shared/api/mfa.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { tenants } from '../db/schema.ts';
import { expectOneRowChanged } from '../db/tenant-scope.ts';
import type { RequestFacts } from './request-facts.ts';
import type { AuthenticatedSession } from './sessions.ts';

/** Sets whether every user needs MFA before PII-bearing actions; owner only (route checks). */
export function updateTenantSecurity(
  db: Db,
  auth: AuthenticatedSession,
  settings: TenantSecuritySettings,
  facts: Pick<RequestFacts, 'requestId' | 'now'>,
): TenantSecuritySettings {
  db.transaction((tx) => {
    // The tenants table's own key is the tenant id: the session's tenant is the whole scope.
    const result = tx
      .update(tenants)
      .set({ isMfaRequired: settings.mfaRequired })
      .where(eq(tenants.id, auth.tenantId))
      .run();

    expectOneRowChanged(result);
  });

  // A configuration change is a security event under Amazon's DPP.
  recordAuditEvent(db, {
    tenantId: auth.tenantId,
    userId: auth.userId,
    type: 'tenant.security_changed',
    details: { mfaRequired: settings.mfaRequired },
    ...facts,
  });

  return settings;
}
