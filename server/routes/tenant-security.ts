import { Hono } from 'hono';
import { TenantSecuritySettingsSchema } from '../../shared/api/mfa.ts';
import type { AppDeps } from '../app.ts';
import { requestFactsOf } from '../auth/request-facts.ts';
import { authOf, requireAuth, requireOwner } from '../auth/require-auth.ts';
import { updateTenantSecurity } from '../auth/tenant-security.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';

/** `/api/tenant/settings/security`: the owner's switch that requires MFA for PII actions. */
export function tenantSecurityRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now), requireOwner())
    .put('/', async (c) => {
      const settings = await readJsonBody(c, TenantSecuritySettingsSchema);
      const saved = updateTenantSecurity(deps.db, authOf(c), settings, requestFactsOf(c, deps.now));

      return c.json(saved, 200);
    });
}
