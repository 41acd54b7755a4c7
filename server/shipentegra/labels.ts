import { z } from 'zod';
import type { LabelRoute } from './carriers.ts';
import { ShipentegraLabelRequestSchema, ShipentegraLabelSchema } from './contract.ts';
import { checkShipentegraRequest } from './invalid-request.ts';
import type { AuthorizedShipentegra } from './shipentegra-auth.ts';

export interface LabelItem {
  /** Shipentegra's line-item id from `getOrderItems`, not Amazon's. */
  itemId: number;
  declaredQuantity: number;
  /** Per unit, major units of `currency`. */
  declaredPrice: number;
  /** HS code (GTİP). */
  gtip?: string;
}

export interface BuyLabelRequest {
  /** Shipentegra's order id, persisted before this call. */
  orderId: number;
  /** The quoted service slug, e.g. `ups-express-saver`. */
  serviceName: string;
  /** Customs content description, at most 50 characters. */
  content: string;
  weight: number;
  currency: string;
  iossNumber?: string;
  isInsured?: boolean;
  /** -1 outside Germany (sure); what 1 and 2 mean for Germany is unknown upstream. */
  verpackg?: number;
  items: LabelItem[];
}

export interface BoughtLabel {
  /** Always text: Shipentegra sends some as JSON numbers. */
  trackingNumber: string;
  /**
   * False when the number arrived as a JSON number past 2^53, so digits were lost in parsing
   * before we saw it: the label is still bought and its file still valid, but this number must
   * not be sent to Amazon until tracking confirms the real one.
   */
  isTrackingNumberExact: boolean;
  labelUrl: string;
  invoiceUrl: string | null;
  courier: string | null;
  seOrderId: string | null;
  serviceType: string | null;
  serviceName: string;
}

// The contract schema turns the number into text; this view keeps the raw type to check it.
const RawLabelSchema = ShipentegraLabelSchema.extend({
  trackingNumber: z.union([z.string().min(1), z.number().nonnegative()]),
});

/**
 * Buys the label: the call that charges the seller's balance, and cannot be undone (no void
 * endpoint is known). After an unknown outcome, never buy for another order: see the retry
 * notes on `ShipentegraClient`.
 */
export async function purchaseLabel(
  api: AuthorizedShipentegra,
  route: LabelRoute,
  request: BuyLabelRequest,
): Promise<BoughtLabel> {
  const body = checkShipentegraRequest(ShipentegraLabelRequestSchema, {
    orderId: request.orderId,
    specialService: route.specialService,
    content: request.content,
    weight: request.weight,
    currency: request.currency,
    iossNumber: request.iossNumber,
    verpackg: request.verpackg ?? -1,
    insurance: request.isInsured ? 1 : 0,
    items: request.items,
  });

  const label = await api.send({ method: 'POST', path: route.path, body, data: RawLabelSchema });

  return {
    trackingNumber: String(label.trackingNumber),
    isTrackingNumberExact:
      typeof label.trackingNumber === 'string' || Number.isSafeInteger(label.trackingNumber),
    labelUrl: label.label,
    invoiceUrl: label.invoice ?? null,
    courier: label.courier ?? null,
    seOrderId: label.seOrderId ?? null,
    serviceType: label.serviceType ?? null,
    serviceName: request.serviceName,
  };
}
