import { Hono } from 'hono';
import { UpdateMeRequestSchema } from '../../shared/api/tenant-data.ts';
import type { AppDeps } from '../app.ts';
import { describeAccount } from '../auth/account-overview.ts';
import { requestFactsOf } from '../auth/request-facts.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';
import { correctAccount } from '../retention/correct-account.ts';

/**
 * `/api/me`: the signed-in user, their tenant and its connections (never their secrets), and
 * the correction of their own details.
 */
export function meRoutes(deps: Pick<AppDeps, 'db' | 'masterKeys' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .get('/', (c) => c.json(describeAccount(deps.db, authOf(c)), 200))
    .patch('/', async (c) => {
      const input = await readJsonBody(c, UpdateMeRequestSchema);

      await correctAccount(deps, authOf(c), input, requestFactsOf(c, deps.now));

      return c.json(describeAccount(deps.db, authOf(c)), 200);
    });
}
