import { Hono } from 'hono';
import { DeleteTenantRequestSchema } from '../../shared/api/tenant-data.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppDeps } from '../app.ts';
import { verifySessionUserCredentials } from '../auth/confirm-credentials.ts';
import { requestFactsOf } from '../auth/request-facts.ts';
import { authOf, requireAuth, requireOwner } from '../auth/require-auth.ts';
import { requireMfaIfTenantDemands, requireRecentConfirmation } from '../auth/require-mfa.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';
import { deleteTenant } from '../retention/delete-tenant.ts';
import { exportTenant } from '../retention/export-tenant.ts';

/** A confirmation this old still counts: long enough to read a warning, short for a thief. */
export const TENANT_DATA_CONFIRMATION_MS = 10 * 60 * 1000;

type TenantDataDeps = Pick<AppDeps, 'db' | 'masterKeys' | 'now'>;

/**
 * `/api/tenant`: the owner's export of everything the tenant holds, and deletion of all of it.
 * Middleware is attached per route, not with `use('*')`: this router shares its prefix with
 * `/api/tenant/settings/security`, which members may read.
 */
export function tenantDataRoutes(deps: TenantDataDeps) {
  const guards = [
    requireAuth(deps.db, deps.now),
    requireOwner(),
    requireMfaIfTenantDemands(deps.db),
    requireRecentConfirmation(TENANT_DATA_CONFIRMATION_MS, deps.now),
  ] as const;

  return new Hono<AppEnv>()
    .get('/export', ...guards, (c) => {
      const auth = authOf(c);
      const facts = requestFactsOf(c, deps.now);
      const exported = exportTenant(deps.db, deps.masterKeys, { ...auth, ...facts });

      c.header('Content-Disposition', 'attachment; filename="kayistra-export.json"');
      c.header('Cache-Control', 'no-store');

      return c.json(exported, 200);
    })
    .delete('/', ...guards, async (c) => {
      const auth = authOf(c);
      const input = await readJsonBody(c, DeleteTenantRequestSchema);
      const facts = requestFactsOf(c, deps.now);
      // A confirmation minutes ago is not enough to erase a company: the password is asked again.
      await verifySessionUserCredentials(deps, auth, input, facts, 'tenant_delete');

      const deletion = deleteTenant(deps.db, auth.tenantId, { ...facts, via: 'owner' });

      if (!deletion) {
        throw new AppError('NOT_FOUND');
      }

      return c.body(null, 204);
    });
}
