import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncStatusSection } from '../../extension/entrypoints/popup/sync-status-section.tsx';
import { tr } from '../../extension/locales/tr.ts';
import type { SyncKindStatus, SyncStatus } from '../../shared/api/sync.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, renderPage } = await import('./support/render-page.tsx');

const MINUTE = 60_000;

function createSync(overrides: Partial<SyncKindStatus>): SyncKindStatus {
  return {
    kind: 'orders',
    region: 'eu',
    state: 'idle',
    progress: null,
    lastSuccessAt: null,
    lastError: null,
    lastCounts: null,
    nextRunAt: null,
    ...overrides,
  };
}

// The background as the popup sees it: sync status answers in turn, Sync now recorded.
function answerSyncStatus(...statuses: SyncStatus[]) {
  const started: unknown[] = [];
  let answered = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'START_SYNC') {
      started.push(message);
      return { ok: true, data: { syncs: [] } };
    }

    const status = statuses[Math.min(answered, statuses.length - 1)];
    answered += 1;

    return { ok: true, data: status };
  });

  return started;
}

describe('sync status in the popup (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('shows the last success as relative time, and Sync now starts a sync', async () => {
    const lastSuccessAt = new Date(Date.now() - 5 * MINUTE).toISOString();
    const idle = createSync({ lastSuccessAt });
    const running = createSync({
      state: 'running',
      progress: { pagesFetched: 1, recordsUpserted: 10, fraction: 0.4 },
    });
    const started = answerSyncStatus(
      { isAmazonConnected: true, syncs: [idle] },
      { isAmazonConnected: true, syncs: [running] },
    );

    const page = await renderPage(<SyncStatusSection tenantId="tenant-a" />);
    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Orders (Europe)Last synced 5 minutes ago'),
    );

    await click(findControl(page.container, 'Sync now'));

    const progress = await vi.waitFor(() =>
      findControl<HTMLProgressElement>(page.container, 'Orders (Europe) progress'),
    );
    expect(progress.value).toBe(0.4);
    expect(started).toEqual([{ type: 'START_SYNC' }]);
    expect(findControl<HTMLButtonElement>(page.container, 'Sync now').disabled).toBe(true);
    page.unmount();
  });

  test('in Turkish, with the last error and what to do about it', async () => {
    const failed = createSync({
      kind: 'inventory',
      state: 'failed',
      lastError: {
        code: 'AMAZON_THROTTLED',
        message: 'Amazon asked us to slow down.',
        at: new Date().toISOString(),
      },
    });
    const reauthorize = createSync({ region: 'na', state: 'needs_reauthorization' });
    answerSyncStatus({ isAmazonConnected: true, syncs: [failed, reauthorize] });

    const page = await renderPage(<SyncStatusSection tenantId="tenant-a" />, tr);

    await vi.waitFor(() => expect(page.container.textContent).toContain('Stok (Avrupa)'));
    const text = page.container.textContent ?? '';
    expect(text).toContain(`Son hata: ${tr.errors.AMAZON_THROTTLED}`);
    expect(text).toContain('Siparişler (Kuzey Amerika)Henüz eşitlenmedi');
    expect(text).toContain(tr.sync.needsReauthorization);
    expect(findControl<HTMLButtonElement>(page.container, 'Şimdi eşitle').disabled).toBe(false);
    page.unmount();
  });

  test('without Amazon there is nothing to sync, and it says where to connect', async () => {
    answerSyncStatus({ isAmazonConnected: false, syncs: [] });

    const page = await renderPage(<SyncStatusSection tenantId="tenant-a" />);

    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Connect Amazon in settings to start syncing.'),
    );
    expect(findControl<HTMLButtonElement>(page.container, 'Sync now').disabled).toBe(true);
    page.unmount();
  });
});
