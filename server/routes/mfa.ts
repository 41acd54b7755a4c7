import { Hono } from 'hono';
import {
  MfaDisableRequestSchema,
  MfaEnableRequestSchema,
  type MfaState,
} from '../../shared/api/mfa.ts';
import type { AppDeps } from '../app.ts';
import { disableMfa, enableMfa, setUpMfa } from '../auth/mfa.ts';
import { requestFactsOf } from '../auth/request-facts.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';

type MfaDeps = Pick<AppDeps, 'db' | 'masterKeys' | 'now'>;

/** `/api/auth/mfa`: TOTP setup, enabling with a code, disabling with password and code. */
export function mfaRoutes(deps: MfaDeps) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .post('/setup', (c) => {
      // The secret is shown once; the response must not linger in shared caches.
      c.header('Cache-Control', 'no-store');

      return c.json(setUpMfa(deps, authOf(c)), 200);
    })
    .post('/enable', async (c) => {
      const { code } = await readJsonBody(c, MfaEnableRequestSchema);

      enableMfa(deps, authOf(c), code, requestFactsOf(c, deps.now));

      return c.json({ mfaEnabled: true } satisfies MfaState, 200);
    })
    .post('/disable', async (c) => {
      const input = await readJsonBody(c, MfaDisableRequestSchema);

      await disableMfa(deps, authOf(c), input, requestFactsOf(c, deps.now));

      return c.json({ mfaEnabled: false } satisfies MfaState, 200);
    });
}
