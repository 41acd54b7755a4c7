import { queryOptions } from '@tanstack/react-query';
import {
  debugLoggingItem,
  disabledFeaturesItem,
  serverUrlItem,
} from '../settings/settings-items.ts';

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

export function disabledFeaturesQueryOptions() {
  return queryOptions({
    queryKey: ['settings', 'disabledFeatures'],
    queryFn: () => disabledFeaturesItem.getValue(),
  });
}
