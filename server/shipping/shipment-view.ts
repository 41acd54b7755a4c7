import type { ShipmentStep, ShipmentView } from '../../shared/api/shipments.ts';
import type { ShipmentRow } from '../db/schema.ts';

/** What the state machine does next with this shipment, read from what is persisted. */
export function nextStepOf(shipment: ShipmentRow): ShipmentStep {
  switch (shipment.state) {
    case 'quoted':
      return 'create_order';
    case 'ordered':
      return 'buy_label';
    case 'labelled':
      return shipment.labelFileSealed || shipment.piiPurgedAt
        ? 'confirm_on_amazon'
        : 'fetch_label_file';
    case 'confirmed':
      return shipment.amazonVerifiedAt ? 'track' : 'verify_on_amazon';
    default:
      return 'done';
  }
}

/** The shipment as the label panel reads it: no sealed column, no buyer data. */
export function toShipmentView(shipment: ShipmentRow): ShipmentView {
  const lastMile = shipment.lastMileTrackingNumber
    ? { trackingNumber: shipment.lastMileTrackingNumber, carrier: shipment.lastMileCarrier }
    : null;

  return {
    id: shipment.id,
    orderId: shipment.amazonOrderId,
    attempt: shipment.attempt,
    state: shipment.state,
    step: nextStepOf(shipment),
    serviceName: shipment.serviceName,
    serviceDisplayName: shipment.serviceDisplayName,
    cost:
      shipment.costAmount && shipment.costCurrency
        ? { amount: shipment.costAmount, currency: shipment.costCurrency }
        : null,
    package: shipment.package,
    trackingNumber: shipment.trackingNumber,
    courier: shipment.courier,
    lastMile,
    trackingStatus: shipment.trackingStatus,
    hasLabelFile: shipment.labelFileSealed !== null,
    amazon: {
      carrierCode: shipment.amazonCarrierCode,
      trackingNumber: shipment.amazonTrackingNumber,
      confirmedAt: shipment.amazonConfirmedAt?.toISOString() ?? null,
      verifiedAt: shipment.amazonVerifiedAt?.toISOString() ?? null,
    },
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    problem:
      shipment.failureCode && shipment.failureMessage
        ? { code: shipment.failureCode, message: shipment.failureMessage }
        : null,
    nextAttemptAt: shipment.nextAttemptAt?.toISOString() ?? null,
    createdAt: shipment.createdAt.toISOString(),
  };
}
