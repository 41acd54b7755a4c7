import type { ZodType } from 'zod';
import {
  MfaSetupResponseSchema,
  MfaStateSchema,
  TenantSecuritySettingsSchema,
} from '../../shared/api/mfa.ts';
import { ExtensionError } from '../api/extension-error.ts';
import type { ExtensionErrorCode, RequestOf } from '../api/messages.ts';
import { callServerAsSeller, readServerAnswer } from './server-call.ts';
import { toServerError } from './server-error.ts';
import { fetchFromServer } from './server-fetch.ts';
import { announceSessionChange } from './session-broadcast.ts';
import { clearSession, readSession } from './session-store.ts';

// Enabling and disabling revoke the seller's other sessions on the server but keep the one that
// asked, so the extension stays signed in; another browser must sign in again.

// The server answers a mistyped code or password with 401 too. That is the seller's typo, not a
// lost session: signing the extension out for it would throw away the setup they are in.
const MISTYPED_SECRET_CODES: ReadonlySet<ExtensionErrorCode> = new Set([
  'INVALID_MFA_CODE',
  'MFA_CODE_REQUIRED',
  'INVALID_CREDENTIALS',
]);

async function postCheckingSecrets<T>(path: string, body: unknown, schema: ZodType<T>) {
  const session = await readSession();
  if (!session) {
    throw new ExtensionError({
      code: 'SIGNED_OUT',
      message: "Sign in to Kayistra on the extension's settings page.",
    });
  }

  const headers = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    Authorization: `Bearer ${session.token}`,
  };
  const init = { method: 'POST', headers, body: JSON.stringify(body) };
  const { response, serverUrl } = await fetchFromServer(path, init);
  if (response.ok) {
    return readServerAnswer(response, serverUrl, schema);
  }

  const error = await toServerError(response, serverUrl);
  const isSessionLost = response.status === 401 && !MISTYPED_SECRET_CODES.has(error.code);
  if (isSessionLost && (await clearSession(session.token))) {
    await announceSessionChange(null);
  }

  throw error;
}

export function setUpMfa() {
  return callServerAsSeller('/api/auth/mfa/setup', {
    method: 'POST',
    schema: MfaSetupResponseSchema,
  });
}

export function enableMfa(code: string) {
  return postCheckingSecrets('/api/auth/mfa/enable', { code }, MfaStateSchema);
}

export function disableMfa(request: RequestOf<'MFA_DISABLE'>) {
  const { password, code } = request;

  return postCheckingSecrets('/api/auth/mfa/disable', { password, code }, MfaStateSchema);
}

// Owner only: the server answers FORBIDDEN to anyone else.
export function setTenantMfaRequired(mfaRequired: boolean) {
  return callServerAsSeller('/api/tenant/settings/security', {
    method: 'PUT',
    body: { mfaRequired },
    schema: TenantSecuritySettingsSchema,
  });
}
