import {
  MfaSetupResponseSchema,
  MfaStateSchema,
  TenantSecuritySettingsSchema,
} from '../../shared/api/mfa.ts';
import type { RequestOf } from '../api/messages.ts';
import { callServerAsSeller } from './server-call.ts';

// Enabling and disabling revoke the seller's other sessions on the server but keep the one that
// asked, so the extension stays signed in; another browser must sign in again.

export function setUpMfa() {
  return callServerAsSeller('/api/auth/mfa/setup', {
    method: 'POST',
    schema: MfaSetupResponseSchema,
  });
}

export function enableMfa(code: string) {
  return callServerAsSeller('/api/auth/mfa/enable', {
    method: 'POST',
    body: { code },
    schema: MfaStateSchema,
  });
}

export function disableMfa(request: RequestOf<'MFA_DISABLE'>) {
  const { password, code } = request;

  return callServerAsSeller('/api/auth/mfa/disable', {
    method: 'POST',
    body: { password, code },
    schema: MfaStateSchema,
  });
}

// Owner only: the server answers FORBIDDEN to anyone else.
export function setTenantMfaRequired(mfaRequired: boolean) {
  return callServerAsSeller('/api/tenant/settings/security', {
    method: 'PUT',
    body: { mfaRequired },
    schema: TenantSecuritySettingsSchema,
  });
}
