import type { ShipmentStep } from '../../shared/api/shipments.ts';
import { AppError } from '../../shared/errors.ts';
import { AmazonAuthorizationRevokedError } from '../amazon/selling-partner-client.ts';
import { AmazonShipmentRefusedError } from '../amazon/shipment-confirmation.ts';
import { SpApiRequestError } from '../amazon/spapi-caller-errors.ts';
import type { ShipmentRow } from '../db/schema.ts';
import { computeRetryDelay } from '../jobs/job-backoff.ts';
import { InvalidShipentegraRequestError } from '../shipentegra/invalid-request.ts';
import { classifyShipentegraRefusal } from '../shipentegra/refusal-reasons.ts';
import { isShipentegraError, type ShipentegraError } from '../shipentegra/shipentegra-errors.ts';
import { LABEL_OUTCOME_UNKNOWN } from './shipment-reservation.ts';
import type { ShipmentPatch } from './shipment-store.ts';

/** What a failed step leaves behind, and whether the state machine goes on at once. */
export interface StepFailure {
  patch: ShipmentPatch;
  isContinuing: boolean;
}

// Before anything is bought a long outage may end the attempt; after, never: a paid label
// keeps retrying towards Amazon until it gets there.
const MAX_TRIES_BEFORE_LABEL = 8;
const BACKOFF = { baseMs: 30_000, maxMs: 60 * 60_000 };

/**
 * The state machine's failure policy. Shipentegra's refusals end an attempt that bought
 * nothing, with its reason for the seller; a lost answer to a label purchase ends it as
 * LABEL_OUTCOME_UNKNOWN (never bought again by itself); everything else is retried later.
 */
export function failureOfStep(
  step: ShipmentStep,
  shipment: ShipmentRow,
  error: unknown,
  now: Date,
): StepFailure {
  const isBeforeLabel = step === 'create_order' || step === 'buy_label';

  if (isBeforeLabel && error instanceof InvalidShipentegraRequestError) {
    const fields = error.fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ');

    return fail('SHIPENTEGRA_REQUEST_INVALID', `Shipentegra would refuse this: ${fields}`);
  }

  if (isBeforeLabel && isShipentegraError(error, 'business')) {
    return refusalOf(step, shipment, error);
  }

  if (step === 'create_order' && error instanceof AppError) {
    return fail(error.code, error.message);
  }

  // Before anything is bought, Amazon refusing the address (no delivery role, order gone) or
  // our authorisation ends the attempt: waiting will not change Amazon's mind.
  if (step === 'create_order' && error instanceof SpApiRequestError) {
    return fail(
      'AMAZON_REFUSED_RECIPIENT',
      `Amazon did not give the delivery address (${error.amazonCode ?? `HTTP ${error.status}`}).`,
    );
  }

  if (step === 'create_order' && error instanceof AmazonAuthorizationRevokedError) {
    return fail('AMAZON_NEEDS_REAUTHORIZATION', 'Reconnect Amazon in Options, then buy again.');
  }

  return retryLater(step, shipment, error, now);
}

function refusalOf(step: ShipmentStep, shipment: ShipmentRow, error: ShipentegraError) {
  const reason = classifyShipentegraRefusal(error);

  if (step === 'create_order' && reason === 'duplicate_order_number') {
    // The number was taken by an earlier try whose answer was lost: the next try bumps it.
    return { patch: { stepAttempts: shipment.stepAttempts + 1 }, isContinuing: true };
  }

  if (step === 'buy_label' && reason === 'label_already_created') {
    return fail(
      LABEL_OUTCOME_UNKNOWN,
      'The label purchase got no answer and Shipentegra now says a label exists for this order. Check the Shipentegra panel for order ' +
        `${shipment.shipentegraOrderNumber}; buy again only if no label was charged.`,
    );
  }

  if (reason === 'insufficient_balance') {
    return fail(
      'SHIPENTEGRA_BALANCE_EMPTY',
      'Your Shipentegra balance is too low: top it up, then buy the label again.',
    );
  }

  const said = error.items.map((item) => item.description ?? item.message).join(' ');

  return fail(
    `SHIPENTEGRA_REFUSED_${reason.toUpperCase()}`,
    `Shipentegra refused: ${oneLine(said)}`,
  );
}

function retryLater(step: ShipmentStep, shipment: ShipmentRow, error: unknown, now: Date) {
  const tries = shipment.stepAttempts + 1;

  if (step === 'create_order' && tries >= MAX_TRIES_BEFORE_LABEL) {
    return fail(
      'SHIPENTEGRA_UNAVAILABLE',
      'Shipentegra did not answer; nothing was bought. Try again later.',
    );
  }

  const waitMs = isShipentegraError(error, 'rate_limited')
    ? (error.retryAfterSeconds ?? 30) * 1000
    : computeRetryDelay(tries, BACKOFF);
  const { code, message } = problemOf(step, error);

  return {
    patch: {
      stepAttempts: tries,
      nextAttemptAt: new Date(now.getTime() + waitMs),
      failureCode: code,
      failureMessage: message,
    },
    isContinuing: false,
  };
}

function problemOf(step: ShipmentStep, error: unknown): { code: string; message: string } {
  if (error instanceof AmazonShipmentRefusedError) {
    return {
      code: 'AMAZON_REFUSED_CONFIRMATION',
      message: `The label is bought, but Amazon refused the tracking: ${error.amazonMessage} We keep trying.`,
    };
  }

  if (error instanceof AmazonAuthorizationRevokedError) {
    return {
      code: 'AMAZON_NEEDS_REAUTHORIZATION',
      message: 'The label is bought; reconnect Amazon in Options so it gets the tracking.',
    };
  }

  if (step === 'confirm_on_amazon' || step === 'verify_on_amazon') {
    return {
      code: 'AMAZON_UNAVAILABLE',
      message: 'The label is bought; Amazon is told the tracking as soon as it answers.',
    };
  }

  return {
    code: 'SHIPENTEGRA_UNAVAILABLE',
    message: 'Shipentegra did not answer; we try again by ourselves in a moment.',
  };
}

function fail(code: string, message: string): StepFailure {
  return {
    patch: { state: 'failed', failureCode: code, failureMessage: message, nextAttemptAt: null },
    isContinuing: false,
  };
}

function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
