import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncStatusQueryOptions } from '../../extension/api/sync-status-query.ts';
import { LabelSummarySection } from '../../extension/entrypoints/popup/label-summary-section.tsx';
import { tr } from '../../extension/locales/tr.ts';
import type { LabelSummary } from '../../shared/api/shipments.ts';
import type { SyncKindStatus, SyncStatus } from '../../shared/api/sync.ts';
import { answerInTurn, answerMessages, messagesOfType } from './support/fake-background-answers.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { renderPage } = await import('./support/render-page.tsx');

const TENANT_ID = 'tenant-a';

function createStatus(overrides: Partial<SyncKindStatus>): SyncStatus {
  const sync: SyncKindStatus = {
    kind: 'orders',
    region: 'eu',
    state: 'idle',
    progress: null,
    lastSuccessAt: '2026-12-01T10:00:00.000Z',
    lastError: null,
    lastCounts: null,
    nextRunAt: null,
    ...overrides,
  };

  return { isAmazonConnected: true, syncs: [sync] };
}

// The background answering the popup: label counts in turn, one sync status.
function answerCounts(status: SyncStatus, ...summaries: LabelSummary[]) {
  return answerMessages({
    GET_SYNC_STATUS: { data: status },
    GET_LABEL_SUMMARY: answerInTurn(...summaries.map((summary) => ({ data: summary }))),
  });
}

describe('label counts in the popup (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('shows the counts, and shipments needing attention only when there are some', async () => {
    answerCounts(createStatus({}), {
      unshippedWithoutLabel: 3,
      awaitingAmazon: 1,
      needsAttention: 0,
    });

    const page = await renderPage(<LabelSummarySection tenantId={TENANT_ID} />);

    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Unshipped orders without a label: 3'),
    );
    expect(page.container.textContent).toContain('Labels not yet confirmed on Amazon: 1');
    expect(page.container.textContent).not.toContain('needing attention');
    page.unmount();
  });

  test('in Turkish, with the shipments that need attention', async () => {
    answerCounts(createStatus({}), {
      unshippedWithoutLabel: 0,
      awaitingAmazon: 0,
      needsAttention: 2,
    });

    const page = await renderPage(<LabelSummarySection tenantId={TENANT_ID} />, tr);

    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('İlgilenmeniz gereken gönderiler: 2'),
    );
    expect(page.container.querySelector('h2')?.textContent).toBe('Etiketler');
    page.unmount();
  });

  test('reads the counts again when a running sync goes idle', async () => {
    const running = createStatus({ state: 'running' });
    const received = answerCounts(
      running,
      { unshippedWithoutLabel: 3, awaitingAmazon: 0, needsAttention: 0 },
      { unshippedWithoutLabel: 5, awaitingAmazon: 0, needsAttention: 0 },
    );
    const page = await renderPage(<LabelSummarySection tenantId={TENANT_ID} />);
    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Unshipped orders without a label: 3'),
    );

    // What the sync status's own polling would bring in once the sync ends.
    const { queryKey } = syncStatusQueryOptions(TENANT_ID);
    page.queryClient.setQueryData(
      queryKey,
      createStatus({ lastSuccessAt: '2026-12-01T11:00:00Z' }),
    );

    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Unshipped orders without a label: 5'),
    );
    expect(messagesOfType(received, 'GET_LABEL_SUMMARY')).toHaveLength(2);
    page.unmount();
  });

  test('also after a sync that started and ended between two looks at the status', async () => {
    const received = answerCounts(
      createStatus({}),
      { unshippedWithoutLabel: 1, awaitingAmazon: 0, needsAttention: 0 },
      { unshippedWithoutLabel: 0, awaitingAmazon: 1, needsAttention: 0 },
    );
    const page = await renderPage(<LabelSummarySection tenantId={TENANT_ID} />);
    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Unshipped orders without a label: 1'),
    );

    const { queryKey } = syncStatusQueryOptions(TENANT_ID);
    page.queryClient.setQueryData(queryKey, createStatus({}));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(messagesOfType(received, 'GET_LABEL_SUMMARY')).toHaveLength(1);

    page.queryClient.setQueryData(
      queryKey,
      createStatus({ lastSuccessAt: '2026-12-01T12:00:00Z' }),
    );

    await vi.waitFor(() =>
      expect(page.container.textContent).toContain('Labels not yet confirmed on Amazon: 1'),
    );
    expect(messagesOfType(received, 'GET_LABEL_SUMMARY')).toHaveLength(2);
    page.unmount();
  });
});
