import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { healthQueryOptions } from '../api/health-query.ts';
import type { ServerHealth } from '../api/messages.ts';

function describeHealth(health: UseQueryResult<ServerHealth>): string {
  if (health.isPending) {
    return 'Checking the server...';
  }

  if (health.isError) {
    return health.error.message;
  }

  const { serverUrl, mode, version } = health.data;
  return `Connected to ${serverUrl} (${mode} mode, version ${version}).`;
}

// Whether the server answers, in words a seller can act on; the live region announces changes.
export function ServerHealthStatus() {
  const health = useQuery(healthQueryOptions());

  return (
    <div className="server-health">
      <p role="status" data-state={health.status}>
        {describeHealth(health)}
      </p>
      <button type="button" onClick={() => health.refetch()} disabled={health.isFetching}>
        Check again
      </button>
    </div>
  );
}
