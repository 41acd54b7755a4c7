import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from './send-message.ts';
import { syncStatusQueryOptions } from './sync-status-query.ts';

// Starts every sync kind; reading the status again right away turns on polling while it runs.
export function useStartSync(tenantId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: () => sendMessage({ type: 'START_SYNC' }),
    onSuccess: () => queryClient.invalidateQueries(syncStatusQueryOptions(tenantId)),
  });
}
