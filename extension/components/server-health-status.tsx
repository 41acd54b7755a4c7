import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { toExtensionFailure } from '../api/extension-error.ts';
import { healthQueryOptions } from '../api/health-query.ts';
import type { ServerHealth } from '../api/messages.ts';
import { describeFailure } from '../locales/describe-failure.ts';
import type { Messages } from '../locales/en.ts';
import { useMessages } from '../locales/messages-context.ts';

function describeHealth(health: UseQueryResult<ServerHealth>, t: Messages): string {
  if (health.isPending) {
    return t.health.checking;
  }

  if (health.isError) {
    return describeFailure(toExtensionFailure(health.error), t);
  }

  const { serverUrl, mode, version } = health.data;
  return t.health.connected(serverUrl, mode, version);
}

// Whether the server answers, in words a seller can act on; the live region announces changes.
export function ServerHealthStatus() {
  const t = useMessages();
  const health = useQuery(healthQueryOptions());

  return (
    <div className="server-health">
      <p role="status" data-state={health.status}>
        {describeHealth(health, t)}
      </p>
      <button type="button" onClick={() => health.refetch()} disabled={health.isFetching}>
        {t.health.checkAgain}
      </button>
    </div>
  );
}
