import { z } from 'zod';
import type { SpApiCaller } from './spapi-caller.ts';
import { SpApiRequestError } from './spapi-caller-errors.ts';

export const ShipmentConfirmationSchema = z
  .object({
    orderId: z.string().min(1),
    marketplaceId: z.string().min(1),
    /** Ours to choose, a positive whole number unique per package; resending it updates it. */
    packageReferenceId: z.string().regex(/^[1-9]\d*$/),
    /** Exactly as Amazon's carrier list spells it, or `Other` (see carrier-mapping.ts). */
    carrierCode: z.string().min(1),
    carrierName: z.string().trim().min(1).optional(),
    shippingMethod: z.string().trim().min(1),
    trackingNumber: z.string().trim().min(1),
    shipDate: z.date(),
    items: z
      .array(z.object({ orderItemId: z.string().min(1), quantity: z.number().int().positive() }))
      .min(1),
  })
  .refine((confirmation) => confirmation.carrierCode !== 'Other' || confirmation.carrierName, {
    message: 'carrierName is required when carrierCode is Other',
    path: ['carrierName'],
  });
export type ShipmentConfirmation = z.infer<typeof ShipmentConfirmationSchema>;

/** Amazon refused the confirmation; `amazonMessage` is safe to show the seller. */
export class AmazonShipmentRefusedError extends Error {
  readonly code = 'AMAZON_REFUSED_CONFIRMATION';
  readonly status: number;
  readonly amazonCode: string | undefined;
  readonly amazonMessage: string;

  constructor(cause: SpApiRequestError) {
    super(`Amazon refused the shipment confirmation (HTTP ${cause.status})`, { cause });
    this.name = 'AmazonShipmentRefusedError';
    this.status = cause.status;
    this.amazonCode = cause.amazonCode;
    this.amazonMessage = safeAmazonMessage(cause);
  }
}

/** The v0 `ConfirmShipmentRequest` body, exactly as sent. */
export function buildConfirmShipmentBody(confirmation: ShipmentConfirmation) {
  const valid = ShipmentConfirmationSchema.parse(confirmation);

  return {
    marketplaceId: valid.marketplaceId,
    packageDetail: {
      packageReferenceId: valid.packageReferenceId,
      carrierCode: valid.carrierCode,
      ...(valid.carrierCode === 'Other' ? { carrierName: valid.carrierName } : {}),
      shippingMethod: valid.shippingMethod,
      trackingNumber: valid.trackingNumber,
      shipDate: valid.shipDate.toISOString(),
      orderItems: valid.items.map(({ orderItemId, quantity }) => ({ orderItemId, quantity })),
    },
  };
}

/**
 * Tells Amazon the carrier and tracking number (204, no body). Throttling and 5xx are retried
 * by the caller's limiter; a refusal becomes `AmazonShipmentRefusedError`. Sending the same
 * `packageReferenceId` again replaces that package, which is how a last-mile number later
 * replaces Shipentegra's and why a repeated confirmation is harmless.
 */
export async function confirmShipmentOnAmazon(
  caller: SpApiCaller,
  confirmation: ShipmentConfirmation,
  signal?: AbortSignal,
): Promise<void> {
  const body = buildConfirmShipmentBody(confirmation);

  try {
    await caller.call(
      {
        operation: 'confirmShipment',
        endpoint: 'orders',
        version: 'v0',
        path: { orderId: confirmation.orderId },
        body,
      },
      signal,
    );
  } catch (error) {
    if (error instanceof SpApiRequestError) {
      throw new AmazonShipmentRefusedError(error);
    }

    throw error;
  }
}

const PackageSchema = z.looseObject({
  packageReferenceId: z.string().optional(),
  carrier: z.string().optional(),
  trackingNumber: z.string().optional(),
});
const OrderPackagesSchema = z.looseObject({
  order: z.looseObject({ packages: z.array(PackageSchema).optional() }),
});

export interface TrackingOnAmazon {
  isTrackingShown: boolean;
  /** The carrier Amazon shows for that package, when it shows it. */
  carrier: string | null;
}

/** A 204 does not prove Amazon shows the tracking: getOrder's packages are read back. */
export async function verifyTrackingOnAmazon(
  caller: SpApiCaller,
  request: { orderId: string; trackingNumber: string },
  signal?: AbortSignal,
): Promise<TrackingOnAmazon> {
  const response = await caller.call(
    {
      operation: 'getOrder',
      endpoint: 'orders',
      path: { orderId: request.orderId },
      query: { includedData: ['PACKAGES'] },
    },
    signal,
  );

  const packages = OrderPackagesSchema.safeParse(response.body).data?.order.packages ?? [];
  const shown = packages.find((entry) => entry.trackingNumber?.trim() === request.trackingNumber);

  return { isTrackingShown: shown !== undefined, carrier: shown?.carrier ?? null };
}

// Amazon's message may quote our input back, never the buyer's data; it is still cut to one
// printable line so a hostile or broken answer cannot inject markup or flood a log.
function safeAmazonMessage(error: SpApiRequestError): string {
  const afterCode = error.message.split(': ').slice(1).join(': ');
  const printable = afterCode.replace(/[\p{Cc}<>]/gu, ' ').replace(/\s+/g, ' ');

  return printable.trim().slice(0, 300) || 'Amazon gave no reason.';
}
