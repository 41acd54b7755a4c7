import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mountPanel } from '../../extension/features/runtime/mount-panel.ts';
import { orderLabelPanelAnchor } from '../../extension/seller-central/selectors.ts';
import { loadSellerCentralFixture } from '../helpers/fixture-dom.ts';
import { readShadowText, recordShadowRoots } from '../helpers/fixture-shadow-roots.ts';

const ANCHOR = { selector: orderLabelPanelAnchor, position: 'beforebegin' } as const;

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function Broken(): never {
  throw new Error('render failed');
}

describe('mountPanel', () => {
  let controller: AbortController;
  let shadows: ReturnType<typeof recordShadowRoots>;
  const onError = vi.fn();

  beforeEach(() => {
    controller = new AbortController();
    shadows = recordShadowRoots();
    onError.mockReset();
  });

  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  function mount(node = <Greeting name="seller" />) {
    return mountPanel({
      featureId: 'test-panel',
      doc: document,
      anchor: ANCHOR,
      node,
      signal: controller.signal,
      onError,
    });
  }

  test('renders into a closed shadow root just before the anchor', async () => {
    loadSellerCentralFixture('order-details.html');
    const target = mount();
    const host = document.querySelector<HTMLElement>('kayistra-panel');

    expect(target).toMatchObject({ kind: 'anchor' });
    expect(host?.nextElementSibling?.className).toBe('a-keyvalue');
    expect(host?.dataset.kayistraFeature).toBe('test-panel');
    // What the page's scripts get: no shadow root, no text.
    expect(host?.shadowRoot).toBeNull();
    expect(host?.textContent).toBe('');
    await vi.waitFor(() => expect(readShadowText(shadows.rootOf(host))).toBe('Hello seller'));
  });

  test('uses the fixed, collapsible fallback panel when the anchor is missing', async () => {
    loadSellerCentralFixture('order-details-no-anchor.html');
    const target = mount();
    const dock = document.querySelector('kayistra-dock');
    const toggle = shadows.rootOf(dock)?.querySelector('button');

    expect(target).toMatchObject({ kind: 'fallback', container: dock });
    expect(document.querySelector('kayistra-panel')?.parentElement).toBe(dock);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');

    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-label')).toBe('Expand Kayistra');
    expect(shadows.rootOf(dock)?.querySelector<HTMLElement>('.body')?.hidden).toBe(true);
  });

  test('follows the anchor when Seller Central re-renders it, keeping the React tree', async () => {
    loadSellerCentralFixture('order-details.html');
    const pristinePage = document.querySelector('.order-page')?.cloneNode(true);
    mount();
    const host = document.querySelector('kayistra-panel');
    await vi.waitFor(() => expect(readShadowText(shadows.rootOf(host))).toBe('Hello seller'));

    // Seller Central's React builds fresh nodes and drops ours with the old ones.
    document.querySelector('.order-page')?.replaceWith(pristinePage ?? '');
    expect(host?.isConnected).toBe(false);

    await vi.waitFor(() => expect(host?.isConnected).toBe(true));
    expect(host?.nextElementSibling?.className).toBe('a-keyvalue');
    expect(document.querySelectorAll('kayistra-panel')).toHaveLength(1);
    expect(readShadowText(shadows.rootOf(host))).toBe('Hello seller');
  });

  test('moves from the fallback panel to the anchor when the anchor appears later', async () => {
    loadSellerCentralFixture('order-details-no-anchor.html');
    mount();
    expect(document.querySelector('kayistra-dock')).not.toBeNull();

    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="MYO-app"><table class="a-keyvalue"></table></div>',
    );

    await vi.waitFor(() =>
      expect(document.querySelector('kayistra-panel')?.nextElementSibling?.localName).toBe('table'),
    );

    expect(document.querySelector('kayistra-dock')).toBeNull();
  });

  test('removes the panel and the empty fallback panel when its signal aborts', async () => {
    loadSellerCentralFixture('order-details-no-anchor.html');
    mount();

    controller.abort();

    expect(document.querySelector('kayistra-panel')).toBeNull();
    expect(document.querySelector('kayistra-dock')).toBeNull();
  });

  test('reports a render error instead of breaking the page', async () => {
    loadSellerCentralFixture('order-details.html');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mount(<Broken />);

    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' })),
    );

    expect(document.querySelector('.order-page')).not.toBeNull();
  });
});
