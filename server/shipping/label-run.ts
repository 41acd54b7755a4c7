import type { LabelProblem } from '../../shared/api/shipping.ts';
import type { SpApiCaller } from '../amazon/spapi-caller.ts';
import type { ShipmentRow } from '../db/schema.ts';
import type { ShipentegraClient } from '../shipentegra/shipentegra-client.ts';
import type { LabelOrder } from './label-order.ts';
import type { LabelDeps } from './label-services.ts';
import { type ShipmentPatch, updateShipment } from './shipment-store.ts';

/**
 * Who set a run going, for the audit event of the label it buys: a seller's request (their user
 * and the request id, so a charge traces back to a click) or the resume job, acting for no one.
 */
export type LabelActor =
  | { via: 'request'; userId: string; requestId: string }
  | { via: 'resume_job' };

/** One shipment's run: who started it, its order and lazily opened remotes. */
export interface LabelRun {
  deps: LabelDeps;
  actor: LabelActor;
  labelOrder: LabelOrder;
  shipentegra(): ShipentegraClient;
  amazon(): SpApiCaller;
}

export interface StepResult {
  shipment: ShipmentRow;
  isContinuing: boolean;
  /** Things only the buyer's address reveals, for the 422 the label route answers. */
  problems?: LabelProblem[];
}

export function saveStep(run: LabelRun, shipment: ShipmentRow, patch: ShipmentPatch) {
  return updateShipment(run.deps.db, shipment, patch, run.deps.now());
}

/** The audit event's user and request: both empty when the resume job acted. */
export function auditActorOf(actor: LabelActor) {
  return actor.via === 'request'
    ? { userId: actor.userId, requestId: actor.requestId }
    : { userId: null, requestId: undefined };
}

/** A step's outcome that completes it: the retry count and any problem start over. */
export function completed(patch: ShipmentPatch): ShipmentPatch {
  return {
    ...patch,
    stepAttempts: 0,
    nextAttemptAt: null,
    failureCode: null,
    failureMessage: null,
  };
}
