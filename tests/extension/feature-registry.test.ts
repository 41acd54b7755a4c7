import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { FEATURES, listFeaturesForArea } from '../../extension/features/registry.ts';
import * as selectorModule from '../../extension/seller-central/selectors.ts';

const FEATURES_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../extension/features',
);

// Everything directly in extension/features is a feature, except the registry itself; the
// runtime lives in its own folder.
function listFeatureFiles(): string[] {
  return readdirSync(FEATURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'registry.ts')
    .map((entry) => entry.name);
}

describe('feature registry', () => {
  test('registers every feature file, under the id its file is named by', () => {
    const fileIds = listFeatureFiles().map((name) => name.replace(/\.tsx?$/, ''));

    expect(fileIds.length).toBeGreaterThan(0);
    expect(FEATURES.map((feature) => feature.id).sort()).toEqual(fileIds.sort());
  });

  test('feature files are kebab-case TypeScript', () => {
    for (const name of listFeatureFiles()) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*\.tsx?$/);
    }
  });

  test('anchors come from the selector module only', () => {
    const knownSelectors = new Set<unknown>(Object.values(selectorModule));

    for (const feature of FEATURES.filter((candidate) => candidate.anchor)) {
      expect(knownSelectors.has(feature.anchor?.selector), feature.id).toBe(true);
    }
  });

  test('the orders area runs the order label panel, only on order pages', () => {
    const [orderLabelPanel] = listFeaturesForArea('orders');
    const orderPage = new URL(
      'https://sellercentral.amazon.com/orders-v3/order/113-1234567-1234567',
    );

    const listPage = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped');

    expect(orderLabelPanel?.id).toBe('order-label-panel');
    expect(orderLabelPanel?.appliesTo(orderPage)).toBe(true);
    expect(orderLabelPanel?.appliesTo(listPage)).toBe(false);
    expect(listFeaturesForArea('inventory')).toEqual([]);
  });
});
