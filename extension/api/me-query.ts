import { queryOptions } from '@tanstack/react-query';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

// Refetched when the seller comes back to the page: Amazon's consent runs in another tab, and
// the new connection should show as soon as they return.
export function meQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'me'),
    queryFn: () => sendMessage({ type: 'GET_ME' }),
    refetchOnWindowFocus: true,
  });
}
