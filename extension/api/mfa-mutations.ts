import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MfaDisableRequest } from '../../shared/api/mfa.ts';
import { meQueryOptions } from './me-query.ts';
import { sendMessage } from './send-message.ts';

// Each change to two-factor authentication reads /api/me again, so the options page shows
// the state the server now holds rather than the one the seller clicked for.
function useRefreshMe(tenantId: string) {
  const queryClient = useQueryClient();

  return () => queryClient.invalidateQueries(meQueryOptions(tenantId));
}

// Running setup again replaces the secret, so the key shown is always the one to add.
export function useSetUpMfa() {
  return useMutation({ mutationFn: () => sendMessage({ type: 'MFA_SETUP' }) });
}

export function useEnableMfa(tenantId: string) {
  const refreshMe = useRefreshMe(tenantId);

  return useMutation({
    mutationFn: (code: string) => sendMessage({ type: 'MFA_ENABLE', code }),
    onSettled: refreshMe,
  });
}

export function useDisableMfa(tenantId: string) {
  const refreshMe = useRefreshMe(tenantId);

  return useMutation({
    mutationFn: (input: MfaDisableRequest) => sendMessage({ type: 'MFA_DISABLE', ...input }),
    onSettled: refreshMe,
  });
}

export function useSetTenantMfaRequired(tenantId: string) {
  const refreshMe = useRefreshMe(tenantId);

  return useMutation({
    mutationFn: (mfaRequired: boolean) =>
      sendMessage({ type: 'SET_TENANT_MFA_REQUIRED', mfaRequired }),
    onSettled: refreshMe,
  });
}
