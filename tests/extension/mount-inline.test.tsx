import { useState } from 'react';
import { createPortal } from 'react-dom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { InlineSlot } from '../../extension/features/runtime/inline-slots.ts';
import { mountInline } from '../../extension/features/runtime/mount-inline.ts';
import { orderListOrderLink } from '../../extension/seller-central/selectors.ts';
import { loadSellerCentralFixture } from '../helpers/fixture-dom.ts';
import { readShadowText, recordShadowRoots } from '../helpers/fixture-shadow-roots.ts';

// A slot's content with state of its own: a count that survives only if React keeps the tree.
function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);

  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`${label} ${count}`}
    </button>
  );
}

function renderSlots(slots: readonly InlineSlot[]) {
  return slots.map((slot) => createPortal(<Counter label={slot.key} />, slot.container, slot.key));
}

describe('mountInline (issue #6)', () => {
  let controller: AbortController;
  let shadows: ReturnType<typeof recordShadowRoots>;
  const onError = vi.fn();

  beforeEach(() => {
    controller = new AbortController();
    shadows = recordShadowRoots();
    onError.mockReset();
    loadSellerCentralFixture('manage-orders.html');
  });

  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  function mount(position: InsertPosition = 'afterend') {
    mountInline({
      featureId: 'test-inline',
      doc: document,
      selector: orderListOrderLink,
      position,
      keyOf: (link) => link.textContent?.trim() || undefined,
      css: '',
      signal: controller.signal,
      render: renderSlots,
      onError,
    });
  }

  const slotTexts = () =>
    Array.from(document.querySelectorAll('kayistra-inline')).map((host) =>
      readShadowText(shadows.rootOf(host)),
    );

  test('renders into a closed shadow root beside every anchor, one tree for all', async () => {
    mount();

    await vi.waitFor(() =>
      expect(slotTexts()).toEqual([
        '113-1234567-1234567 0',
        '114-7654321-7654321 0',
        '702-1111111-2222222 0',
      ]),
    );
    const host = document.querySelector<HTMLElement>('kayistra-inline');
    expect(host?.previousElementSibling?.localName).toBe('a');
    expect(host?.dataset.kayistraFeature).toBe('test-inline');
    expect(host?.shadowRoot).toBeNull();
  });

  test('goes inside the anchor for an inside position', async () => {
    mount('beforeend');

    await vi.waitFor(() => expect(slotTexts()).toHaveLength(3));
    expect(document.querySelector('kayistra-inline')?.parentElement?.localName).toBe('a');
  });

  test('a row rendered afresh gets the same slot back, with its React state', async () => {
    mount();
    await vi.waitFor(() => expect(slotTexts()[0]).toBe('113-1234567-1234567 0'));
    const firstHost = document.querySelector('kayistra-inline');
    shadows.rootOf(firstHost)?.querySelector('button')?.click();
    await vi.waitFor(() => expect(slotTexts()[0]).toBe('113-1234567-1234567 1'));

    const tbody = document.querySelector('tbody');
    const freshRows = Array.from(tbody?.querySelectorAll('tr') ?? []).map((row) => {
      const copy = row.cloneNode(true) as Element;
      copy.querySelector('kayistra-inline')?.remove();
      return copy;
    });
    tbody?.replaceChildren(...freshRows.reverse());

    await vi.waitFor(() =>
      expect(slotTexts()).toEqual([
        '702-1111111-2222222 0',
        '114-7654321-7654321 0',
        '113-1234567-1234567 1',
      ]),
    );
    expect(document.querySelectorAll('kayistra-inline')[2]).toBe(firstHost);
  });

  test('a row that leaves takes its slot along; abort removes the rest', async () => {
    mount();
    await vi.waitFor(() => expect(slotTexts()).toHaveLength(3));

    document.querySelector('tbody tr')?.remove();
    await vi.waitFor(() => expect(slotTexts()).toHaveLength(2));

    controller.abort();
    expect(document.querySelector('kayistra-inline')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });
});
