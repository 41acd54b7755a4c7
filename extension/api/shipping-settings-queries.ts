import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

export function shippingSettingsQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'settings', 'shipping'),
    queryFn: () => sendMessage({ type: 'GET_SHIPPING_SETTINGS' }),
  });
}

// The form's values go as typed; the server's answer (values trimmed, the phone normalised)
// becomes the cached settings, so the form shows what was actually stored.
export function useSaveShippingSettings(tenantId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (settings: Record<string, unknown>) =>
      sendMessage({ type: 'SAVE_SHIPPING_SETTINGS', settings }),
    onSuccess: (saved) => {
      queryClient.setQueryData(shippingSettingsQueryOptions(tenantId).queryKey, saved);
    },
  });
}
