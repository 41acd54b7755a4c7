import { useQuery } from '@tanstack/react-query';
import { useStartSync } from '../../api/sync-mutations.ts';
import { isSyncActive, syncStatusQueryOptions } from '../../api/sync-status-query.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { SyncKindRow } from './sync-kind-row.tsx';

interface SyncStatusSectionProps {
  tenantId: string;
}

export function SyncStatusSection({ tenantId }: SyncStatusSectionProps) {
  const t = useMessages();
  const status = useQuery(syncStatusQueryOptions(tenantId));
  const startSync = useStartSync(tenantId);
  const isRunning = isSyncActive(status.data);
  const now = new Date(status.dataUpdatedAt || Date.now());

  return (
    <section aria-labelledby="popup-sync">
      <h2 id="popup-sync">{t.sync.heading}</h2>
      {status.isPending && <p>{t.common.loading}</p>}
      {status.isError && <FailureAlert error={status.error} />}
      {status.data && !status.data.isAmazonConnected && <p>{t.sync.amazonNotConnected}</p>}
      {status.data && (
        <ul className="rows" aria-live="polite">
          {status.data.syncs.map((sync) => (
            <SyncKindRow key={`${sync.kind}-${sync.region}`} sync={sync} now={now} />
          ))}
        </ul>
      )}
      {startSync.isError && <FailureAlert error={startSync.error} />}
      <button
        type="button"
        onClick={() => startSync.mutate()}
        disabled={!status.data?.isAmazonConnected || isRunning || startSync.isPending}
      >
        {startSync.isPending ? t.sync.starting : t.sync.syncNow}
      </button>
    </section>
  );
}
