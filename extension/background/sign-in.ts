import { z } from 'zod';
import { SessionTokenSchema } from '../../shared/api/auth.ts';
import { MeSchema } from '../../shared/api/me.ts';
import type { RequestOf, SessionState, SignedIn } from '../api/messages.ts';
import { callServerAnonymously, callServerAsSeller } from './server-call.ts';
import { announceSessionChange } from './session-broadcast.ts';
import { clearSession, readSession, saveSession, toSessionState } from './session-store.ts';

// Signs in, learns the tenant (query keys start with it), and keeps only token, expiry and
// tenant id. The email and password pass through to the server and are never stored.
export async function signIn(request: RequestOf<'SIGN_IN'>): Promise<SignedIn> {
  const { email, password, totp } = request;
  const hasCode = totp !== undefined && totp.trim() !== '';
  const created = await callServerAnonymously('/api/auth/login', {
    method: 'POST',
    body: { email, password, ...(hasCode ? { totp } : {}) },
    schema: SessionTokenSchema,
  });

  const me = await callServerAsSeller('/api/me', { schema: MeSchema }, created.token).catch(
    async (error: unknown) => {
      // A session we cannot describe is of no use: end it rather than leave it open.
      await signOutToken(created.token);
      throw error;
    },
  );

  const session = { token: created.token, expiresAt: created.expiresAt, tenantId: me.tenant.id };
  await saveSession(session);
  const state = { tenantId: session.tenantId, expiresAt: session.expiresAt };
  await announceSessionChange(state);

  return state;
}

async function signOutToken(token: string): Promise<void> {
  await callServerAsSeller('/api/auth/logout', { method: 'POST', schema: z.null() }, token).catch(
    () => undefined,
  );
}

// Signing out always works on this browser, even when the server cannot be told: the token is
// gone from storage either way, and the server expires it in time.
export async function signOut(): Promise<null> {
  const session = await readSession();
  if (session) {
    await signOutToken(session.token);
  }

  await clearSession();
  await announceSessionChange(null);

  return null;
}

export async function getSession(): Promise<SessionState> {
  return toSessionState(await readSession());
}
