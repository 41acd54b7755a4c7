import { describe, expect, it } from 'vitest';
import {
  assertNoLabelProblems,
  checkLabelReadiness,
  type LabelReadinessInput,
} from '../../server/shipping/label-preconditions.ts';
import { isAppError } from '../../shared/errors.ts';

type CustomsProfile =
  LabelReadinessInput['profiles'] extends ReadonlyMap<string, infer Profile> ? Profile : never;

const COMPLETE: CustomsProfile = {
  hsCode: '691200',
  declaredValue: '24.90',
  declaredCurrency: 'USD',
};

function readyOrder(changes: Partial<LabelReadinessInput> = {}): LabelReadinessInput {
  return {
    order: { fulfilledBy: 'MERCHANT', fulfillmentStatus: 'UNSHIPPED' },
    items: [
      { sku: 'MUG', quantityOrdered: 2 },
      { sku: 'TILE', quantityOrdered: 1 },
    ],
    profiles: new Map([
      ['MUG', COMPLETE],
      ['TILE', COMPLETE],
    ]),
    hasSenderAddress: true,
    isShipentegraConnected: true,
    ...changes,
  };
}

function codesOf(input: LabelReadinessInput): string[] {
  return checkLabelReadiness(input).map((problem) => `${problem.code} ${problem.field}`);
}

describe('checkLabelReadiness', () => {
  it('finds nothing wrong with an unshipped FBM order of described SKUs', () => {
    expect(checkLabelReadiness(readyOrder())).toEqual([]);
  });

  it('refuses orders Amazon fulfils (FBA)', () => {
    const order = { fulfilledBy: 'AMAZON', fulfillmentStatus: 'UNSHIPPED' };

    expect(codesOf(readyOrder({ order }))).toEqual([
      'ORDER_NOT_MERCHANT_FULFILLED order.fulfilledBy',
    ]);
  });

  it('refuses cancelled, shipped, partly shipped and pending orders', () => {
    const statusOf = (fulfillmentStatus: string) =>
      codesOf(readyOrder({ order: { fulfilledBy: 'MERCHANT', fulfillmentStatus } }));

    expect(statusOf('CANCELLED')).toEqual(['ORDER_CANCELLED order.status']);

    for (const status of ['SHIPPED', 'PARTIALLY_SHIPPED', 'PENDING', 'UNFULFILLABLE']) {
      expect(statusOf(status)).toEqual(['ORDER_NOT_UNSHIPPED order.status']);
    }
  });

  it('asks for the sender address and the Shipentegra connection', () => {
    const input = readyOrder({ hasSenderAddress: false, isShipentegraConnected: false });

    expect(codesOf(input)).toEqual([
      'SENDER_ADDRESS_MISSING settings.sender',
      'SHIPENTEGRA_NOT_CONNECTED shipentegra',
    ]);
  });

  it('asks for the HS code and declared value of each SKU once, naming the SKU', () => {
    const input = readyOrder({
      items: [
        { sku: 'MUG', quantityOrdered: 1 },
        { sku: 'VASE', quantityOrdered: 1 },
        { sku: 'VASE', quantityOrdered: 3 },
        { sku: 'LAMP', quantityOrdered: 1 },
      ],
      profiles: new Map([
        ['MUG', COMPLETE],
        ['LAMP', { ...COMPLETE, declaredValue: null, declaredCurrency: null }],
      ]),
    });

    expect(codesOf(input)).toEqual([
      'HS_CODE_MISSING skus.VASE.hsCode',
      'DECLARED_VALUE_MISSING skus.VASE.declaredValue',
      'DECLARED_VALUE_MISSING skus.LAMP.declaredValue',
    ]);
  });

  it('names an item without a SKU by its position', () => {
    const input = readyOrder({ items: [{ sku: null, quantityOrdered: 1 }] });

    expect(codesOf(input)).toEqual(['ITEM_SKU_MISSING order.items.0.sku']);
  });

  it('lists every problem at once so one pass fixes them all', () => {
    const input = readyOrder({
      hasSenderAddress: false,
      profiles: new Map(),
    });

    expect(checkLabelReadiness(input)).toHaveLength(5);
  });
});

describe('assertNoLabelProblems', () => {
  it('passes quietly when there is nothing to fix', () => {
    expect(() => assertNoLabelProblems([])).not.toThrow();
  });

  it('throws LABEL_NOT_READY naming each field', () => {
    const problems = checkLabelReadiness(readyOrder({ hasSenderAddress: false }));
    let caught: unknown;

    try {
      assertNoLabelProblems(problems);
    } catch (error) {
      caught = error;
    }

    expect(isAppError(caught) && caught.code).toBe('LABEL_NOT_READY');
    expect(isAppError(caught) && caught.status).toBe(422);
    expect(isAppError(caught) && caught.fields?.map((field) => field.path)).toEqual([
      'settings.sender',
    ]);
  });
});
