import { Hono } from 'hono';
import { StartSyncRequestSchema } from '../../shared/api/sync.ts';
import { requestSyncNow } from '../amazon/sync-requests.ts';
import { readSyncStatus } from '../amazon/sync-status.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';

/** `/api/sync`: what the popup shows, and its "Sync now". */
export function syncRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .get('/status', (c) => c.json(readSyncStatus(deps.db, authOf(c).tenantId), 200))
    .post('/', async (c) => {
      const { kinds } = await readJsonBody(c, StartSyncRequestSchema);
      const started = requestSyncNow(deps.db, authOf(c).tenantId, kinds, deps.now());

      return c.json(started, 202);
    });
}
