import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from './send-message.ts';

// Not tenant data, so the key does not start with a tenant: health is the same for everyone.
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['server', 'health'],
    queryFn: () => sendMessage({ type: 'GET_HEALTH' }),
  });
}
