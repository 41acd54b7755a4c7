import { queryOptions } from '@tanstack/react-query';
import type { SyncStatus } from '../../shared/api/sync.ts';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

// Polled only while a sync is queued or running, so the progress bar moves; idle, it stays put.
export const SYNC_POLL_INTERVAL_MS = 1_500;

export function isSyncActive(status: SyncStatus | undefined): boolean {
  return (status?.syncs ?? []).some((sync) => sync.state === 'queued' || sync.state === 'running');
}

export function syncStatusQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'sync', 'status'),
    queryFn: () => sendMessage({ type: 'GET_SYNC_STATUS' }),
    refetchInterval: (query) => (isSyncActive(query.state.data) ? SYNC_POLL_INTERVAL_MS : false),
  });
}
