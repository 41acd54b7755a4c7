import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { SyncStatus } from '../../shared/api/sync.ts';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';
import { isSyncActive, syncStatusQueryOptions } from './sync-status-query.ts';

const SYNC_ACTIVE = 'active';

export function labelSummaryQueryOptions(tenantId: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'shipments', 'summary'),
    queryFn: () => sendMessage({ type: 'GET_LABEL_SUMMARY' }),
  });
}

/**
 * What the syncs have finished so far: changes each time one ends. A sync can start and end
 * between two polls, so a new outcome counts as much as seeing "running" turn idle.
 */
export function markSyncOutcome(status: SyncStatus | undefined): string | undefined {
  if (!status) {
    return undefined;
  }

  if (isSyncActive(status)) {
    return SYNC_ACTIVE;
  }

  return status.syncs
    .map((sync) => `${sync.kind}:${sync.region}:${sync.lastSuccessAt}:${sync.lastError?.at}`)
    .join('|');
}

// The counts, read when the popup opens and again whenever a sync ends: a sync brings new orders
// and Amazon's view of the labels, which is what the counts are made of.
export function useLabelSummary(tenantId: string) {
  const queryClient = useQueryClient();
  const summary = useQuery(labelSummaryQueryOptions(tenantId));
  const status = useQuery(syncStatusQueryOptions(tenantId));
  const outcome = markSyncOutcome(status.data);
  const previousOutcome = useRef(outcome);

  useEffect(() => {
    const previous = previousOutcome.current;
    previousOutcome.current = outcome;
    const hasSyncEnded = previous !== undefined && outcome !== undefined && outcome !== SYNC_ACTIVE;
    if (hasSyncEnded && outcome !== previous) {
      void queryClient.invalidateQueries(labelSummaryQueryOptions(tenantId));
    }
  }, [outcome, queryClient, tenantId]);

  return summary;
}
