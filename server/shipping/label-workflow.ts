import type { ShipmentStep } from '../../shared/api/shipments.ts';
import type { LabelProblem } from '../../shared/api/shipping.ts';
import type { ShipmentRow } from '../db/schema.ts';
import { confirmOnAmazonStep, verifyOnAmazonStep } from './label-amazon-steps.ts';
import { loadLabelOrder } from './label-order.ts';
import type { LabelActor, LabelRun, StepResult } from './label-run.ts';
import { type LabelDeps, openAmazonFor, openShipentegraFor } from './label-services.ts';
import { failureOfStep } from './label-step-failures.ts';
import { buyLabelStep, createOrderStep, fetchLabelFileStep } from './label-steps.ts';
import {
  claimShipment,
  getShipment,
  releaseShipment,
  renewClaim,
  updateShipment,
} from './shipment-store.ts';
import { nextStepOf } from './shipment-view.ts';

const STEPS: Partial<
  Record<ShipmentStep, (run: LabelRun, row: ShipmentRow) => Promise<StepResult>>
> = {
  create_order: createOrderStep,
  buy_label: buyLabelStep,
  fetch_label_file: fetchLabelFileStep,
  confirm_on_amazon: confirmOnAmazonStep,
  verify_on_amazon: verifyOnAmazonStep,
};

// Duplicate order numbers may take a few bumps; more than this many steps is a loop bug.
const MAX_STEPS_PER_RUN = 12;

export interface AdvanceResult {
  shipment: ShipmentRow;
  problems: LabelProblem[];
}

/**
 * Moves a shipment through as many steps as it can now, each outcome persisted before the next
 * remote call. Only the worker that claims the shipment runs steps; another caller (a double
 * click, the resume job) gets the row as it stands. A crash keeps the claim until it expires,
 * then the resume job carries on from the last persisted step. `actor` is who the label's audit
 * event names, should this run be the one that buys it.
 */
export async function advanceShipment(
  deps: LabelDeps,
  shipment: ShipmentRow,
  actor: LabelActor,
): Promise<AdvanceResult> {
  const claimed = claimShipment(deps.db, shipment, deps.now());

  if (!claimed) {
    return { shipment: getShipment(deps.db, shipment.tenantId, shipment.id), problems: [] };
  }

  const run = openRun(deps, claimed, actor);
  let current = claimed;
  let problems: LabelProblem[] = [];

  for (let count = 0; count < MAX_STEPS_PER_RUN; count += 1) {
    const step = nextStepOf(current);
    const runStep = STEPS[step];

    if (!runStep) {
      break;
    }

    // Each step renews the claim, so only a step outlasting the lease can be taken over.
    current = renewClaim(deps.db, current, deps.now());

    const result = await runStepSafely(run, current, step, runStep);

    current = result.shipment;
    problems = result.problems ?? [];
    deps.services.afterStepPersisted?.(step, current);

    if (!result.isContinuing) {
      break;
    }
  }

  releaseShipment(deps.db, current);

  return { shipment: getShipment(deps.db, current.tenantId, current.id), problems };
}

async function runStepSafely(
  run: LabelRun,
  shipment: ShipmentRow,
  step: ShipmentStep,
  runStep: (run: LabelRun, row: ShipmentRow) => Promise<StepResult>,
): Promise<StepResult> {
  try {
    return await runStep(run, shipment);
  } catch (error) {
    // The step may have persisted its "about to call" mark: failures build on the latest row.
    const latest = getShipment(run.deps.db, shipment.tenantId, shipment.id);

    // Another worker finished this step meanwhile (our claim had expired): its outcome stands.
    if (nextStepOf(latest) !== step) {
      return { shipment: latest, isContinuing: false };
    }

    const failure = failureOfStep(step, latest, error, run.deps.now());

    return {
      shipment: updateShipment(run.deps.db, latest, failure.patch, run.deps.now()),
      isContinuing: failure.isContinuing,
    };
  }
}

function openRun(deps: LabelDeps, shipment: ShipmentRow, actor: LabelActor): LabelRun {
  const labelOrder = loadLabelOrder(deps.db, shipment.tenantId, shipment.amazonOrderId);

  return {
    deps,
    actor,
    labelOrder,
    shipentegra: memo(() => openShipentegraFor(deps, shipment.tenantId)),
    amazon: memo(() => openAmazonFor(deps, shipment.tenantId, labelOrder.order.region)),
  };
}

function memo<Value>(open: () => Value): () => Value {
  let value: Value | undefined;

  return () => {
    value ??= open();

    return value;
  };
}
