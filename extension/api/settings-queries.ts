import { queryOptions } from '@tanstack/react-query';
import { debugLoggingItem, serverUrlItem } from '../settings/settings-items.ts';

export function serverUrlQueryOptions() {
  return queryOptions({
    queryKey: ['settings', 'serverUrl'],
    queryFn: () => serverUrlItem.getValue(),
  });
}

export function debugLoggingQueryOptions() {
  return queryOptions({
    queryKey: ['settings', 'debugLogging'],
    queryFn: () => debugLoggingItem.getValue(),
  });
}
