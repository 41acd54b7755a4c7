import type { LabelProblem, SkuProfile } from '../../shared/api/shipping.ts';
import { AppError } from '../../shared/errors.ts';

/** What is known about an order before any buyer data is fetched. */
export interface LabelReadinessInput {
  order: { fulfilledBy: string; fulfillmentStatus: string };
  items: readonly { sku: string | null; quantityOrdered: number }[];
  profiles: ReadonlyMap<string, Pick<SkuProfile, 'hsCode' | 'declaredValue' | 'declaredCurrency'>>;
  hasSenderAddress: boolean;
  isShipentegraConnected: boolean;
}

/**
 * Everything a seller can fix about an order, its SKUs and their own settings before a label
 * is bought, checked from stored data alone so a refusal never costs an Amazon PII call. All
 * problems are listed at once, so the seller fixes them in one pass instead of one per click.
 */
export function checkLabelReadiness(input: LabelReadinessInput): LabelProblem[] {
  return [...orderProblemsOf(input.order), ...accountProblemsOf(input), ...itemProblemsOf(input)];
}

/** Turns problems into the one error the label route answers, each field named. */
export function assertNoLabelProblems(problems: readonly LabelProblem[]): void {
  if (problems.length === 0) {
    return;
  }

  throw new AppError('LABEL_NOT_READY', {
    fields: problems.map((problem) => ({ path: problem.field, message: problem.message })),
  });
}

function orderProblemsOf(order: LabelReadinessInput['order']): LabelProblem[] {
  // FBA orders are Amazon's to ship; a label bought for one would be money thrown away.
  if (order.fulfilledBy !== 'MERCHANT') {
    return [
      problem(
        'order.fulfilledBy',
        'ORDER_NOT_MERCHANT_FULFILLED',
        'Amazon ships this order (FBA).',
      ),
    ];
  }

  if (order.fulfillmentStatus === 'CANCELLED') {
    return [
      problem('order.status', 'ORDER_CANCELLED', 'This order was cancelled: do not ship it.'),
    ];
  }

  // Pending orders may still be cancelled by Amazon; shipped ones already have a label.
  if (order.fulfillmentStatus !== 'UNSHIPPED') {
    return [
      problem(
        'order.status',
        'ORDER_NOT_UNSHIPPED',
        `Only unshipped orders get a label; this one is ${order.fulfillmentStatus.toLowerCase()}.`,
      ),
    ];
  }

  return [];
}

function accountProblemsOf(input: LabelReadinessInput): LabelProblem[] {
  const problems: LabelProblem[] = [];

  if (!input.hasSenderAddress) {
    problems.push(
      problem(
        'settings.sender',
        'SENDER_ADDRESS_MISSING',
        'Add your sender address in Options > Shipping.',
      ),
    );
  }

  if (!input.isShipentegraConnected) {
    problems.push(
      problem(
        'shipentegra',
        'SHIPENTEGRA_NOT_CONNECTED',
        'Add your Shipentegra API credentials in Options.',
      ),
    );
  }

  return problems;
}

function itemProblemsOf({ items, profiles }: LabelReadinessInput): LabelProblem[] {
  if (items.length === 0) {
    return [problem('order.items', 'ORDER_HAS_NO_ITEMS', 'This order has no items to ship.')];
  }

  // A SKU on several lines is one thing to fix, so it is named once.
  const skus = new Set<string>();
  const problems: LabelProblem[] = [];

  for (const [index, item] of items.entries()) {
    if (item.sku === null) {
      problems.push(
        problem(
          `order.items.${index}.sku`,
          'ITEM_SKU_MISSING',
          'An item of this order has no SKU.',
        ),
      );
    } else {
      skus.add(item.sku);
    }
  }

  for (const sku of skus) {
    problems.push(...customsProblemsOf(sku, profiles.get(sku)));
  }

  return problems;
}

function customsProblemsOf(
  sku: string,
  profile: Pick<SkuProfile, 'hsCode' | 'declaredValue' | 'declaredCurrency'> | undefined,
): LabelProblem[] {
  const problems: LabelProblem[] = [];

  if (!profile?.hsCode) {
    problems.push(
      problem(`skus.${sku}.hsCode`, 'HS_CODE_MISSING', `Add the HS code (GTIP) of ${sku}.`),
    );
  }

  if (!profile?.declaredValue || !profile.declaredCurrency) {
    problems.push(
      problem(
        `skus.${sku}.declaredValue`,
        'DECLARED_VALUE_MISSING',
        `Add the customs value of ${sku}.`,
      ),
    );
  }

  return problems;
}

function problem(field: string, code: LabelProblem['code'], message: string): LabelProblem {
  return { field, code, message };
}
