import {
  confirmShipmentOnAmazon,
  verifyTrackingOnAmazon,
} from '../amazon/shipment-confirmation.ts';
import type { ShipmentRow } from '../db/schema.ts';
import { completed, type LabelRun, type StepResult, saveStep } from './label-run.ts';
import type { ShipmentPatch } from './shipment-store.ts';

// Amazon shows a confirmed package within seconds; after this many reads it is a problem.
const MAX_VERIFY_READS = 5;

/** Tells Amazon; resending the same package reference replaces it, so a repeat is harmless. */
export async function confirmOnAmazonStep(
  run: LabelRun,
  shipment: ShipmentRow,
): Promise<StepResult> {
  const trackingNumber = shipment.lastMileTrackingNumber ?? shipment.trackingNumber ?? '';

  await confirmShipmentOnAmazon(run.amazon(), {
    orderId: shipment.amazonOrderId,
    marketplaceId: run.labelOrder.order.marketplaceId,
    packageReferenceId: shipment.packageReferenceId ?? String(shipment.attempt),
    carrierCode: shipment.amazonCarrierCode ?? 'Other',
    carrierName: shipment.amazonCarrierName ?? undefined,
    shippingMethod: shipment.shippingMethod ?? shipment.serviceName,
    trackingNumber,
    shipDate: shipment.shipDate ?? run.deps.now(),
    items: run.labelOrder.items.map((item) => ({
      orderItemId: item.amazonOrderItemId,
      quantity: item.quantityOrdered,
    })),
  });

  const patch = completed({
    state: 'confirmed',
    amazonConfirmedAt: run.deps.now(),
    amazonTrackingNumber: trackingNumber,
  });

  return { shipment: saveStep(run, shipment, patch), isContinuing: true };
}

/** A 204 is not proof: the order is read back until Amazon shows the number. */
export async function verifyOnAmazonStep(
  run: LabelRun,
  shipment: ShipmentRow,
): Promise<StepResult> {
  const shown = await verifyTrackingOnAmazon(run.amazon(), {
    orderId: shipment.amazonOrderId,
    trackingNumber: shipment.amazonTrackingNumber ?? '',
  });

  if (shown.isTrackingShown) {
    return {
      shipment: saveStep(run, shipment, completed({ amazonVerifiedAt: run.deps.now() })),
      isContinuing: false,
    };
  }

  const tries = shipment.stepAttempts + 1;
  const patch: ShipmentPatch = {
    stepAttempts: tries,
    nextAttemptAt:
      tries < MAX_VERIFY_READS ? new Date(run.deps.now().getTime() + 60_000 * tries) : null,
    failureCode: 'AMAZON_TRACKING_NOT_SHOWN',
    failureMessage: 'Amazon accepted the tracking but does not show it yet.',
  };

  return { shipment: saveStep(run, shipment, patch), isContinuing: false };
}
