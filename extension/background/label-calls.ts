import { z } from 'zod';
import {
  LabelSummarySchema,
  ShipmentAnswerSchema,
  ShipmentViewSchema,
} from '../../shared/api/shipments.ts';
import type { LabelPurchase, RequestOf } from '../api/messages.ts';
import { orderPath } from './order-calls.ts';
import { callServerAsSeller, readServerAnswer, sendAsSeller } from './server-call.ts';
import { toServerError } from './server-error.ts';

const PurchasedSchema = z.object({ shipment: ShipmentViewSchema });

// The server refuses a second label with 409 and the order's live shipment beside the error.
async function readOtherActive(response: Response) {
  const unverifiedBody: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);

  return PurchasedSchema.safeParse(unverifiedBody).data?.shipment;
}

// The server answers a purchase only once it has run as far as Amazon's confirmation: several
// remote calls, each retried. Cutting it at 15 s would tell the seller the server is unreachable
// while the label is being bought (the panel's retry would only join it, but it reads wrong).
const LABEL_PURCHASE_TIMEOUT_MS = 90_000;

// The key comes from the panel, one per click: a message repeated after a lost answer joins the
// purchase already under way instead of buying a second label.
export async function buyLabel(request: RequestOf<'BUY_LABEL'>): Promise<LabelPurchase> {
  const {
    orderId,
    idempotencyKey,
    serviceName,
    package: override,
    isUnknownLabelChecked,
  } = request;
  const { response, serverUrl } = await sendAsSeller(orderPath(orderId, '/label'), {
    method: 'POST',
    headers: { 'Idempotency-Key': idempotencyKey },
    body: { serviceName, package: override, isUnknownLabelChecked },
    timeoutMs: LABEL_PURCHASE_TIMEOUT_MS,
  });

  if (response.status === 409) {
    const shipment = await readOtherActive(response);
    if (shipment) {
      return { outcome: 'other_active', shipment };
    }
  }

  if (!response.ok) {
    throw await toServerError(response, serverUrl);
  }

  const { shipment } = await readServerAnswer(response, serverUrl, PurchasedSchema);

  return { outcome: response.status === 201 ? 'created' : 'joined', shipment };
}

export function getShipment(orderId: string) {
  return callServerAsSeller(orderPath(orderId, '/shipment'), { schema: ShipmentAnswerSchema });
}

export function getLabelSummary() {
  return callServerAsSeller('/api/shipments/summary', { schema: LabelSummarySchema });
}
