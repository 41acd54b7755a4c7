import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SkuProfilesSection } from '../../extension/entrypoints/options/sku-profiles-section.tsx';
import type { SkuProfile, SkuSummary } from '../../shared/api/shipping.ts';
import {
  answerMessages,
  type FakeAnswer,
  messagesOfType,
  type ReceivedMessage,
} from './support/fake-background-answers.ts';
import { EMPTY_SKU_PROFILE } from './support/label-fixtures.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

const { click, findControl, renderPage, typeInto } = await import('./support/render-page.tsx');

const TENANT_ID = 'tenant-a';

const COMPLETE_PROFILE: SkuProfile = {
  weightGrams: 450,
  lengthCm: 20,
  widthCm: 15,
  heightCm: 10,
  hsCode: '691200',
  declaredValue: '18.50',
  declaredCurrency: 'USD',
  customsDescription: 'Ceramic coffee mug',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

function createSku(sku: string, profile: SkuProfile = EMPTY_SKU_PROFILE): SkuSummary {
  const missingFields = (Object.keys(profile) as (keyof SkuProfile)[]).filter(
    (field) => field !== 'updatedAt' && profile[field] === null,
  ) as SkuSummary['missingFields'];

  return {
    sku,
    title: `Title of ${sku}`,
    profile,
    isComplete: missingFields.length === 0,
    missingFields,
  };
}

function rowOf(container: HTMLElement, sku: string): HTMLTableRowElement {
  const row = container.querySelector<HTMLTableRowElement>(`tr[data-sku="${sku}"]`);
  if (!row) {
    throw new Error(`No row for ${sku}`);
  }

  return row;
}

function listedSkus(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('tbody tr')).map(
    (row) => row.getAttribute('data-sku') ?? '',
  );
}

// LIST_SKUS answers pages by cursor: the first page names the cursor of the second.
function answerList(message: ReceivedMessage): FakeAnswer {
  if (message.cursor === 'after-MUG-02') {
    return { data: { skus: [createSku('TEA-01')], nextCursor: null } };
  }

  if (message.isIncompleteOnly) {
    return { data: { skus: [createSku('MUG-02')], nextCursor: null } };
  }

  const skus = [createSku('MUG-01', COMPLETE_PROFILE), createSku('MUG-02')];

  return { data: { skus, nextCursor: 'after-MUG-02' } };
}

describe('SKU profiles on the options page (issue #6)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('lists SKUs with their profile and what is missing, and loads more by cursor', async () => {
    const received = answerMessages({ LIST_SKUS: answerList });

    const page = await renderPage(<SkuProfilesSection tenantId={TENANT_ID} />);

    await vi.waitFor(() => expect(listedSkus(page.container)).toEqual(['MUG-01', 'MUG-02']));
    const complete = rowOf(page.container, 'MUG-01').textContent;
    expect(complete).toContain('Title of MUG-01');
    expect(complete).toContain('20 × 15 × 10');
    expect(complete).toContain('18.50 USD');
    expect(complete).toContain('Complete');
    expect(rowOf(page.container, 'MUG-02').textContent).toContain(
      'weight, length, width, height, HS code, declared value, currency, customs description',
    );

    await click(findControl(page.container, 'Load more'));

    await vi.waitFor(() =>
      expect(listedSkus(page.container)).toEqual(['MUG-01', 'MUG-02', 'TEA-01']),
    );
    expect(messagesOfType(received, 'LIST_SKUS')).toEqual([
      { type: 'LIST_SKUS' },
      { type: 'LIST_SKUS', cursor: 'after-MUG-02' },
    ]);
    expect(() => findControl(page.container, 'Load more')).toThrow();
    page.unmount();
  });

  test('filters to incomplete SKUs and searches by prefix', async () => {
    const received = answerMessages({ LIST_SKUS: answerList });
    const page = await renderPage(<SkuProfilesSection tenantId={TENANT_ID} />);
    await vi.waitFor(() => expect(listedSkus(page.container)).toHaveLength(2));

    await click(findControl(page.container, 'Only incomplete'));
    await vi.waitFor(() => expect(listedSkus(page.container)).toEqual(['MUG-02']));

    await typeInto(findControl(page.container, 'Search by SKU prefix'), ' MUG ');
    await click(findControl(page.container, 'Search'));

    await vi.waitFor(() => expect(messagesOfType(received, 'LIST_SKUS')).toHaveLength(3));
    expect(messagesOfType(received, 'LIST_SKUS').slice(1)).toEqual([
      { type: 'LIST_SKUS', isIncompleteOnly: true },
      { type: 'LIST_SKUS', isIncompleteOnly: true, q: 'MUG' },
    ]);
    page.unmount();
  });

  test('edits a row and saves it, and the row shows the saved profile', async () => {
    const saved = createSku('MUG-02', { ...COMPLETE_PROFILE, hsCode: '691110' });
    const received = answerMessages({
      LIST_SKUS: answerList,
      SAVE_SKU_PROFILE: { data: saved },
    });
    const page = await renderPage(<SkuProfilesSection tenantId={TENANT_ID} />);
    await vi.waitFor(() => findControl(page.container, 'Edit MUG-02'));

    await click(findControl(page.container, 'Edit MUG-02'));
    expect(document.activeElement).toBe(findControl(page.container, 'Weight (g) for MUG-02'));
    await typeInto(findControl(page.container, 'Weight (g) for MUG-02'), '450');
    await typeInto(findControl(page.container, 'Length (cm) for MUG-02'), '20');
    await typeInto(findControl(page.container, 'Width (cm) for MUG-02'), '15');
    await typeInto(findControl(page.container, 'Height (cm) for MUG-02'), '10');
    await typeInto(findControl(page.container, 'HS code for MUG-02'), '691110');
    await typeInto(findControl(page.container, 'Declared value for MUG-02'), '18.50');
    await typeInto(findControl(page.container, 'Currency for MUG-02'), 'usd');
    await click(findControl(page.container, 'Save MUG-02'));

    await vi.waitFor(() => expect(page.container.textContent).toContain('Saved MUG-02.'));
    expect(messagesOfType(received, 'SAVE_SKU_PROFILE')).toEqual([
      {
        type: 'SAVE_SKU_PROFILE',
        sku: 'MUG-02',
        profile: {
          weightGrams: 450,
          lengthCm: 20,
          widthCm: 15,
          heightCm: 10,
          hsCode: '691110',
          declaredValue: '18.50',
          declaredCurrency: 'usd',
          customsDescription: null,
        },
      },
    ]);
    const row = rowOf(page.container, 'MUG-02');
    expect(row.getAttribute('data-editing')).toBe('false');
    expect(row.textContent).toContain('691110');
    expect(row.textContent).toContain('Complete');
    page.unmount();
  });

  test("a refused value shows its message in the row and keeps the seller's input", async () => {
    answerMessages({
      LIST_SKUS: answerList,
      SAVE_SKU_PROFILE: {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Check these fields: hsCode.',
          fields: [{ path: 'hsCode', message: 'Invalid string: must match pattern' }],
        },
      },
    });
    const page = await renderPage(<SkuProfilesSection tenantId={TENANT_ID} />);
    await vi.waitFor(() => findControl(page.container, 'Edit MUG-02'));
    await click(findControl(page.container, 'Edit MUG-02'));

    await typeInto(findControl(page.container, 'HS code for MUG-02'), '69');
    await typeInto(findControl(page.container, 'Weight (g) for MUG-02'), '450');
    await click(findControl(page.container, 'Save MUG-02'));

    const hsCode = findControl<HTMLInputElement>(page.container, 'HS code for MUG-02');
    await vi.waitFor(() => expect(hsCode.getAttribute('aria-invalid')).toBe('true'));
    const row = rowOf(page.container, 'MUG-02');
    const description = document.getElementById(hsCode.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('An HS code (GTIP): 6 to 12 digits.');
    expect(row.contains(description)).toBe(true);
    expect(row.querySelector('[role="alert"]')?.textContent).toBe(
      'Check these fields: HS code for MUG-02.',
    );
    expect(hsCode.value).toBe('69');
    expect(findControl<HTMLInputElement>(page.container, 'Weight (g) for MUG-02').value).toBe(
      '450',
    );

    await click(findControl(page.container, 'Cancel MUG-02'));
    expect(row.getAttribute('data-editing')).toBe('false');
    expect(() => findControl(page.container, 'HS code for MUG-02')).toThrow();
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(findControl(page.container, 'Edit MUG-02')),
    );
    page.unmount();
  });
});
