import type { LabelRequest } from '../../shared/api/shipments.ts';
import { loadLabelOrder } from './label-order.ts';
import { assertNoLabelProblems } from './label-preconditions.ts';
import { assertLabelReady } from './label-readiness.ts';
import type { LabelDeps } from './label-services.ts';
import { advanceShipment } from './label-workflow.ts';
import { reserveShipment, type ShipmentReservation } from './shipment-reservation.ts';

export interface LabelPurchaseInput {
  tenantId: string;
  amazonOrderId: string;
  idempotencyKey: string;
  request: LabelRequest;
  /** The signed-in user and the request, recorded on the label's audit event. */
  actor: { userId: string; requestId: string };
}

/**
 * `POST /api/orders/:orderId/label`: checks what the seller can fix, reserves the one shipment
 * the order may have, and runs its steps as far as they go now. A repeated key joins its own
 * shipment; a second key while one is live gets that one back as `other_active`.
 */
export async function purchaseLabel(
  deps: LabelDeps,
  input: LabelPurchaseInput,
): Promise<ShipmentReservation> {
  const labelOrder = loadLabelOrder(deps.db, input.tenantId, input.amazonOrderId);
  const reservation = reserveShipment(deps.db, {
    tenantId: input.tenantId,
    order: labelOrder.order,
    idempotencyKey: input.idempotencyKey,
    service: { name: input.request.serviceName, displayName: null, type: null },
    cost: null,
    package: () => assertLabelReady(deps.db, labelOrder, input.request.package),
    isUnknownLabelChecked: input.request.isUnknownLabelChecked,
    now: deps.now(),
  });

  if (reservation.outcome === 'other_active') {
    return reservation;
  }

  const advanced = await advanceShipment(deps, reservation.shipment, {
    via: 'request',
    ...input.actor,
  });

  assertNoLabelProblems(advanced.problems);

  return { outcome: reservation.outcome, shipment: advanced.shipment };
}
