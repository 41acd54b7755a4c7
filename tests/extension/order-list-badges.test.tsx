/**
 * @vitest-environment-options { "url": "https://sellercentral.amazon.com/orders-v3/mfn/unshipped" }
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import orderListBadges from '../../extension/features/order-list-badges.tsx';
import { runFeatures } from '../../extension/features/runtime/run-features.ts';
import { createLogger, type LogSink } from '../../extension/logging/logger.ts';
import type { LabelBadge } from '../../shared/api/orders.ts';
import { loadSellerCentralFixture } from '../helpers/fixture-dom.ts';
import { readShadowText, recordShadowRoots } from '../helpers/fixture-shadow-roots.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const TIMING = { loadingTimeoutMs: 500, anchorGraceMs: 20 };
const SESSION = { tenantId: 'tenant-a', expiresAt: '2099-01-01T00:00:00.000Z' };
const FIXTURE_IDS = ['113-1234567-1234567', '114-7654321-7654321', '702-1111111-2222222'];

interface FakeBackground {
  // The order ids of each GET_ORDER_BADGES message, in the order they were sent.
  badgeRequests: string[][];
}

// The background as the content script sees it: a session (or none) and the server's badges.
// Ids missing from `known` are absent from the answer, as the server leaves out foreign orders.
interface BackgroundState {
  session?: typeof SESSION | null;
  // An error code the background answers GET_ORDER_BADGES with instead of badges.
  badgeFailure?: string;
}

function fakeBackground(
  known: Record<string, LabelBadge | null>,
  { session = SESSION, badgeFailure }: BackgroundState = {},
): FakeBackground {
  const badgeRequests: string[][] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const request = message as { type: string; orderIds?: string[] };
    if (request.type === 'GET_SESSION') {
      return { ok: true, data: session };
    }

    const orderIds = request.orderIds ?? [];
    badgeRequests.push(orderIds);
    if (badgeFailure) {
      return { ok: false, error: { code: badgeFailure, message: 'Not available.' } };
    }

    const badges = orderIds
      .filter((orderId) => orderId in known)
      .map((orderId) => ({ orderId, badge: known[orderId] ?? null }));

    return { ok: true, data: { badges } };
  });

  return { badgeRequests };
}

function makeOrderId(index: number): string {
  return `205-${String(index).padStart(7, '0')}-${String(index * 7).padStart(7, '0')}`;
}

// A list as Seller Central renders it after paging: fresh rows, one link per order.
function renderRows(orderIds: readonly string[]): void {
  const tbody = document.querySelector('[data-test-id="orders-table"] tbody');
  if (!tbody) {
    throw new Error('The fixture has no orders table');
  }

  tbody.innerHTML = orderIds
    .map((id) => `<tr><td><a href="/orders-v3/order/${id}">${id}</a></td></tr>`)
    .join('');
}

function navigateClientSide(path: string) {
  history.pushState({}, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('order list badges on Manage Orders (issue #6)', () => {
  let lifetime: AbortController;
  let sink: LogSink;
  let shadows: ReturnType<typeof recordShadowRoots>;

  beforeEach(() => {
    history.replaceState({}, '', '/orders-v3/mfn/unshipped');
    loadSellerCentralFixture('manage-orders.html');
    lifetime = new AbortController();
    sink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    shadows = recordShadowRoots();
  });

  afterEach(() => {
    lifetime.abort();
    vi.restoreAllMocks();
  });

  function start() {
    const logger = createLogger({ scope: 'orders', isDebugEnabled: () => false, sink });
    runFeatures({
      features: [orderListBadges],
      win: window,
      logger,
      signal: lifetime.signal,
      timing: TIMING,
    });
  }

  // Each order id link with what its badge shows: [order id, visible text, accessible name].
  function readBadges(): [string, string, string | null][] {
    return Array.from(document.querySelectorAll('kayistra-badge')).map((host) => {
      const link = host.previousElementSibling;
      const root = shadows.rootOf(host);

      return [
        link?.textContent ?? '',
        readShadowText(root),
        root?.querySelector('[role="img"]')?.getAttribute('aria-label') ?? null,
      ];
    });
  }

  const shownBadges = () => readBadges().filter(([, text]) => text !== '');

  test('puts each known order’s badge beside its id link; null and unknown show nothing', async () => {
    const background = fakeBackground({
      '113-1234567-1234567': 'no_label',
      '114-7654321-7654321': 'label_bought',
      '702-1111111-2222222': null,
    });
    start();

    await vi.waitFor(() => expect(shownBadges()).toHaveLength(2));
    expect(readBadges()).toEqual([
      ['113-1234567-1234567', 'No label', 'Kayistra: no label'],
      ['114-7654321-7654321', 'Label bought', 'Kayistra: label bought'],
      ['702-1111111-2222222', '', null],
    ]);
    expect(background.badgeRequests).toEqual([FIXTURE_IDS]);
    // The page's scripts see an empty element: the badge is in a closed shadow root.
    expect(document.querySelector('kayistra-badge')?.shadowRoot).toBeNull();
    expect(document.querySelector('kayistra-dock')).toBeNull();
  });

  test('search results: one badge per order, beside its id link, whatever else links there', async () => {
    history.replaceState({}, '', '/orders-v3/search?q=113&qt=orderid');
    loadSellerCentralFixture('manage-orders-search.html');
    const background = fakeBackground({
      '113-1234567-1234567': 'problem',
      '205-0000001-0000007': 'on_amazon',
    });
    start();

    await vi.waitFor(() => expect(shownBadges()).toHaveLength(2));
    expect(readBadges()).toEqual([
      ['113-1234567-1234567', 'Problem', 'Kayistra: label problem, open the order'],
      ['205-0000001-0000007', 'On Amazon', 'Kayistra: tracking on Amazon'],
    ]);
    expect(background.badgeRequests).toEqual([['113-1234567-1234567', '205-0000001-0000007']]);
  });

  test('asks at most 100 ids per message and badges every row of a long list', async () => {
    const orderIds = Array.from({ length: 250 }, (_unused, index) => makeOrderId(index + 1));
    renderRows(orderIds);
    const background = fakeBackground(Object.fromEntries(orderIds.map((id) => [id, 'delivered'])));
    start();

    await vi.waitFor(() => expect(shownBadges()).toHaveLength(250), { timeout: 5_000 });
    expect(background.badgeRequests.map((ids) => ids.length)).toEqual([100, 100, 50]);
    expect(background.badgeRequests.flat()).toEqual(orderIds);
    expect(new Set(shownBadges().map(([, text]) => text))).toEqual(new Set(['Delivered']));
  });

  test('a re-rendered list keeps its badges and asks only for the rows it has not seen', async () => {
    const fresh = makeOrderId(9);
    const background = fakeBackground({
      '113-1234567-1234567': 'on_amazon',
      '114-7654321-7654321': 'problem',
      [fresh]: 'no_label',
    });
    start();
    await vi.waitFor(() => expect(shownBadges()).toHaveLength(2));

    renderRows([fresh, ...FIXTURE_IDS]);

    await vi.waitFor(() => expect(shownBadges()).toHaveLength(3));
    expect(shownBadges().map(([id, text]) => `${id} ${text}`)).toEqual([
      `${fresh} No label`,
      '113-1234567-1234567 On Amazon',
      '114-7654321-7654321 Problem',
    ]);
    expect(background.badgeRequests).toEqual([FIXTURE_IDS, [fresh]]);
    expect(document.querySelectorAll('kayistra-badge')).toHaveLength(4);
  });

  test('signed out: no question to the server, no badge, nothing logged', async () => {
    const background = fakeBackground({ '113-1234567-1234567': 'no_label' }, { session: null });
    start();

    await vi.waitFor(() => expect(readBadges()).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shownBadges()).toEqual([]);
    expect(background.badgeRequests).toEqual([]);
    expect([sink.warn, sink.error].flatMap((log) => vi.mocked(log).mock.calls)).toEqual([]);
  });

  test('a session the server has ended shows nothing and logs nothing', async () => {
    const background = fakeBackground({}, { badgeFailure: 'SIGNED_OUT' });
    start();

    await vi.waitFor(() => expect(background.badgeRequests).toHaveLength(1));
    renderRows([makeOrderId(1), ...FIXTURE_IDS]);
    await vi.waitFor(() => expect(background.badgeRequests).toHaveLength(2));
    expect(shownBadges()).toEqual([]);
    expect([sink.warn, sink.error].flatMap((log) => vi.mocked(log).mock.calls)).toEqual([]);
  });

  test('another failure is noted once per page view, however many batches it hits', async () => {
    const background = fakeBackground({}, { badgeFailure: 'SERVER_UNREACHABLE' });
    start();

    await vi.waitFor(() => expect(background.badgeRequests).toHaveLength(1));
    renderRows([makeOrderId(1), ...FIXTURE_IDS]);
    await vi.waitFor(() => expect(background.badgeRequests).toHaveLength(2));

    expect(sink.warn).toHaveBeenCalledTimes(1);
    expect(shownBadges()).toEqual([]);
  });

  test('client-side navigation takes every badge away; coming back asks again', async () => {
    const background = fakeBackground({ '113-1234567-1234567': 'no_label' });
    start();
    await vi.waitFor(() => expect(shownBadges()).toHaveLength(1));

    navigateClientSide('/orders-v3/order/113-1234567-1234567');
    expect(document.querySelector('kayistra-badge')).toBeNull();

    navigateClientSide('/orders-v3/mfn/unshipped');
    await vi.waitFor(() => expect(shownBadges()).toHaveLength(1));
    expect(background.badgeRequests).toHaveLength(2);
  });

  test('an empty list leaves no fixed panel behind and badges rows that arrive later', async () => {
    renderRows([]);
    fakeBackground({ '114-7654321-7654321': 'label_bought' });
    start();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(document.querySelector('kayistra-dock')).toBeNull();

    renderRows(FIXTURE_IDS);

    await vi.waitFor(() =>
      expect(shownBadges()).toEqual([
        ['114-7654321-7654321', 'Label bought', 'Kayistra: label bought'],
      ]),
    );
  });
});
