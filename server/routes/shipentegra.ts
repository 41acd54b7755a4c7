import { Hono } from 'hono';
import { ShipentegraCredentialsSchema } from '../../shared/api/connections.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';
import {
  connectShipentegra,
  deleteShipentegraCredentials,
} from '../shipentegra/shipentegra-credentials.ts';
import { createShipentegraHttp } from '../shipentegra/shipentegra-http.ts';

export type ShipentegraRouteDeps = Pick<AppDeps, 'db' | 'masterKeys' | 'remotes' | 'now'>;

/** `/api/shipentegra`: the tenant's API credentials, verified with Shipentegra before saving. */
export function shipentegraRoutes(deps: ShipentegraRouteDeps) {
  const auth = requireAuth(deps.db, deps.now);
  const http = createShipentegraHttp({ agent: deps.remotes.shipentegra });

  return new Hono<AppEnv>()
    .put('/credentials', auth, async (c) => {
      const credentials = await readJsonBody(c, ShipentegraCredentialsSchema);
      const { tenantId, userId } = authOf(c);
      const account = await connectShipentegra({
        db: deps.db,
        keyRing: deps.masterKeys,
        http,
        logger: c.get('logger'),
        tenantId,
        credentials,
        actor: { userId, requestId: c.get('requestId') },
        now: deps.now(),
      });

      return c.json(account);
    })
    .delete('/credentials', auth, (c) => {
      const { tenantId, userId } = authOf(c);

      deleteShipentegraCredentials(deps.db, tenantId, { userId, requestId: c.get('requestId') });

      return c.body(null, 204);
    });
}
