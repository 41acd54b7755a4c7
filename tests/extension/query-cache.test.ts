import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { meQueryOptions } from '../../extension/api/me-query.ts';
import type { SessionState } from '../../extension/api/messages.ts';
import { clearTenantCache } from '../../extension/api/query-keys.ts';
import {
  applySessionChange,
  followSessionChanges,
  sessionQueryOptions,
} from '../../extension/api/session-query.ts';
import { serverUrlQueryOptions } from '../../extension/api/settings-queries.ts';
import {
  SYNC_POLL_INTERVAL_MS,
  syncStatusQueryOptions,
} from '../../extension/api/sync-status-query.ts';
import type { SyncKindStatus, SyncStatus } from '../../shared/api/sync.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const EXPIRES_AT = '2099-01-01T00:00:00.000Z';

function seedTwoTenants(queryClient: QueryClient) {
  queryClient.setQueryData(['tenant-a', 'me'], { email: 'a@example.com' });
  queryClient.setQueryData(['tenant-b', 'sync', 'status'], { syncs: [] });
  queryClient.setQueryData(serverUrlQueryOptions().queryKey, 'http://127.0.0.1:8787');
  const session: SessionState = { tenantId: 'tenant-a', expiresAt: EXPIRES_AT };
  queryClient.setQueryData(sessionQueryOptions().queryKey, session);
}

function cachedRoots(queryClient: QueryClient): unknown[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.queryKey[0]);
}

function syncOf(state: SyncKindStatus['state']): SyncStatus {
  const sync: SyncKindStatus = {
    kind: 'orders',
    region: 'eu',
    state,
    progress: null,
    lastSuccessAt: null,
    lastError: null,
    lastCounts: null,
    nextRunAt: null,
  };

  return { isAmazonConnected: true, syncs: [sync] };
}

describe('React Query cache per tenant (issue #6)', () => {
  let queryClient: QueryClient;

  beforeEach(() => {
    fakeBrowser.reset();
    queryClient = new QueryClient();
  });

  afterEach(() => {
    queryClient.clear();
  });

  test("every tenant resource's key starts with the tenant", () => {
    expect(meQueryOptions('tenant-a').queryKey).toEqual(['tenant-a', 'me']);
    expect(syncStatusQueryOptions('tenant-a').queryKey).toEqual(['tenant-a', 'sync', 'status']);
    expect(meQueryOptions('tenant-b').queryKey).not.toEqual(meQueryOptions('tenant-a').queryKey);
  });

  test('clearing drops every tenant query and mutation, and keeps the browser settings', () => {
    seedTwoTenants(queryClient);
    queryClient.getMutationCache().build(queryClient, { mutationKey: ['tenant-a', 'save'] });

    clearTenantCache(queryClient);

    expect(cachedRoots(queryClient).sort()).toEqual(['session', 'settings']);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
  });

  test('sign-out and a switch of tenant clear the cache; the same tenant keeps it', () => {
    seedTwoTenants(queryClient);
    applySessionChange(queryClient, { tenantId: 'tenant-a', expiresAt: EXPIRES_AT });
    expect(queryClient.getQueryData(['tenant-a', 'me'])).toEqual({ email: 'a@example.com' });

    applySessionChange(queryClient, { tenantId: 'tenant-c', expiresAt: EXPIRES_AT });
    expect(cachedRoots(queryClient)).not.toContain('tenant-a');

    seedTwoTenants(queryClient);
    applySessionChange(queryClient, null);
    expect(cachedRoots(queryClient).sort()).toEqual(['session', 'settings']);
    expect(queryClient.getQueryData(sessionQueryOptions().queryKey)).toBeNull();
  });

  test("pages follow the background's SESSION_CHANGED, and nothing else", async () => {
    seedTwoTenants(queryClient);
    const stopFollowing = followSessionChanges(queryClient);

    await fakeBrowser.runtime.onMessage.trigger({ type: 'GET_ME' }, {});
    expect(queryClient.getQueryData(['tenant-a', 'me'])).toBeDefined();

    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'SESSION_CHANGED', session: null },
      {},
    );

    expect(queryClient.getQueryData(['tenant-a', 'me'])).toBeUndefined();
    // Pages never answer runtime messages: requests between pages are for the background.
    expect(answers).toEqual([undefined]);
    stopFollowing();
    seedTwoTenants(queryClient);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'SESSION_CHANGED', session: null }, {});
    expect(queryClient.getQueryData(['tenant-a', 'me'])).toBeDefined();
  });

  test('sync status is polled only while a sync is queued or running', () => {
    const { refetchInterval } = syncStatusQueryOptions('tenant-a');
    const intervalFor = (status: SyncStatus) => {
      queryClient.setQueryData(['tenant-a', 'sync', 'status'], status);
      const query = queryClient.getQueryCache().find({ queryKey: ['tenant-a', 'sync', 'status'] });

      type SyncQuery = Parameters<Extract<typeof refetchInterval, (...args: never) => unknown>>[0];

      return typeof refetchInterval === 'function' && query
        ? refetchInterval(query as unknown as SyncQuery)
        : undefined;
    };

    expect(intervalFor(syncOf('running'))).toBe(SYNC_POLL_INTERVAL_MS);
    expect(intervalFor(syncOf('queued'))).toBe(SYNC_POLL_INTERVAL_MS);
    expect(intervalFor(syncOf('idle'))).toBe(false);
    expect(intervalFor(syncOf('failed'))).toBe(false);
  });
});
