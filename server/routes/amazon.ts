import { type Context, Hono } from 'hono';
import {
  AmazonAuthorizeQuerySchema,
  type AmazonAuthorizeResponse,
  AmazonConnectionParamsSchema,
} from '../../shared/api/connections.ts';
import { deleteAmazonConnection } from '../amazon/connections.ts';
import { OUTCOME_PAGES } from '../amazon/oauth/authorization-outcomes.ts';
import {
  type AuthorizationResult,
  finishAuthorization,
} from '../amazon/oauth/finish-authorization.ts';
import { checkLoginRequest } from '../amazon/oauth/login-uri.ts';
import { renderResultPage } from '../amazon/oauth/result-pages.ts';
import { startAuthorization } from '../amazon/oauth/start-authorization.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseInput, readQuery } from '../http/validate.ts';

export type AmazonRouteDeps = Pick<
  AppDeps,
  'config' | 'db' | 'publicUrl' | 'masterKeys' | 'amazonApp' | 'remotes' | 'consentOrigin' | 'now'
>;

/**
 * `/api/amazon`: the consent URL and disconnect for the signed-in user, and the two browser
 * visits from Amazon (callback and log-in URI), which carry no bearer token: the state binds
 * the callback to the user who asked for it.
 */
export function amazonRoutes(deps: AmazonRouteDeps) {
  const auth = requireAuth(deps.db, deps.now);

  return new Hono<AppEnv>()
    .get('/authorize', auth, (c) => {
      const { region } = readQuery(c, AmazonAuthorizeQuerySchema);
      const { tenantId, userId } = authOf(c);
      const body: AmazonAuthorizeResponse = {
        url: startAuthorization(deps, { tenantId, userId, region }),
      };

      return c.json(body);
    })
    .get('/callback', async (c) => {
      const result = await finishAuthorization(
        { ...deps, logger: c.get('logger'), requestId: c.get('requestId') },
        c.req.query(),
      );

      return sendResultPage(c, result);
    })
    .get('/login', (c) => {
      const outcome = checkLoginRequest(c.req.query(), deps.consentOrigin);

      c.get('logger').info({ outcome }, 'amazon log-in URI visit');

      return sendResultPage(c, { outcome });
    })
    .delete('/connections/:region', auth, (c) => {
      const { region } = parseInput(AmazonConnectionParamsSchema, c.req.param());
      const { tenantId, userId } = authOf(c);

      deleteAmazonConnection(
        deps.db,
        { tenantId, region, now: deps.now() },
        { userId, requestId: c.get('requestId') },
      );

      return c.body(null, 204);
    });
}

function sendResultPage(c: Context<AppEnv>, result: AuthorizationResult) {
  // The callback's URL held a one-time code: keep the page out of every cache.
  c.header('Cache-Control', 'no-store');

  return c.html(renderResultPage(result.outcome, result), OUTCOME_PAGES[result.outcome].status);
}
