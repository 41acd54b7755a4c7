import { Hono } from 'hono';
import {
  ConfirmRequestSchema,
  type ConfirmResponse,
  LoginRequestSchema,
  type SessionToken,
  SignupRequestSchema,
} from '../../shared/api/auth.ts';
import { AppError } from '../../shared/errors.ts';
import type { AppDeps } from '../app.ts';
import { confirmRecentCredentials } from '../auth/confirm-credentials.ts';
import { requestFactsOf } from '../auth/request-facts.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { NewSession } from '../auth/sessions.ts';
import { signIn, signOut } from '../auth/sign-in.ts';
import { signUp } from '../auth/sign-up.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';

type AuthDeps = Pick<AppDeps, 'config' | 'db' | 'masterKeys' | 'now'>;

/** `/api/auth`: sign-up, sign-in, sign-out and re-confirmation. */
export function authRoutes(deps: AuthDeps) {
  const signedIn = requireAuth(deps.db, deps.now);

  return new Hono<AppEnv>()
    .post('/signup', async (c) => {
      if (!deps.config.isSignupOpen) {
        throw new AppError('SIGNUP_CLOSED');
      }

      const input = await readJsonBody(c, SignupRequestSchema);
      const session = await signUp(deps.db, input, requestFactsOf(c, deps.now));

      return c.json(toSessionToken(session), 201);
    })
    .post('/login', async (c) => {
      const input = await readJsonBody(c, LoginRequestSchema);
      const session = await signIn(deps, input, requestFactsOf(c, deps.now));

      return c.json(toSessionToken(session), 200);
    })
    .post('/logout', signedIn, (c) => {
      signOut(deps, authOf(c), requestFactsOf(c, deps.now));

      return c.body(null, 204);
    })
    .post('/confirm', signedIn, async (c) => {
      const input = await readJsonBody(c, ConfirmRequestSchema);
      const confirmedAt = await confirmRecentCredentials(
        deps,
        authOf(c),
        input,
        requestFactsOf(c, deps.now),
      );
      const body: ConfirmResponse = { confirmedAt: confirmedAt.toISOString() };

      return c.json(body, 200);
    });
}

function toSessionToken(session: NewSession): SessionToken {
  return { token: session.token, expiresAt: session.expiresAt.toISOString() };
}
