import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { describeAccount } from '../auth/account-overview.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';

/** `/api/me`: the signed-in user, their tenant and its connections (never their secrets). */
export function meRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .get('/', (c) => c.json(describeAccount(deps.db, authOf(c)), 200));
}
