import { and, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import {
  confirmShipmentOnAmazon,
  verifyTrackingOnAmazon,
} from '../amazon/shipment-confirmation.ts';
import { type ShipmentRow, shipments } from '../db/schema.ts';
import type { JobDatabase } from '../jobs/job-database.ts';
import { defineJobHandler } from '../jobs/job-handlers.ts';
import type { JobLogger } from '../jobs/job-logger.ts';
import { upsertSchedule } from '../jobs/job-schedules.ts';
import type { ShipentegraClient } from '../shipentegra/shipentegra-client.ts';
import type { TrackingSnapshot } from '../shipentegra/tracking.ts';
import { mapCarrierForAmazon } from './carrier-mapping.ts';
import { loadLabelOrder } from './label-order.ts';
import { type LabelDeps, openAmazonFor, openShipentegraFor } from './label-services.ts';
import { type ShipmentPatch, updateShipment } from './shipment-store.ts';

export const TRACK_SHIPMENTS_JOB = 'labels-track';

// Parcels move a few times a day; Shipentegra has no webhooks, so this is the polling pace.
const TRACKING_INTERVAL_MS = 3 * 60 * 60_000;
const BATCH_SIZE = 100;

/** Bought labels not yet delivered whose tracking was not read recently. */
export function findTrackableShipments(deps: Pick<LabelDeps, 'db' | 'now'>): ShipmentRow[] {
  const checkedBefore = new Date(deps.now().getTime() - TRACKING_INTERVAL_MS);

  return deps.db
    .select()
    .from(shipments)
    .where(
      and(
        inArray(shipments.state, ['labelled', 'confirmed']),
        isNotNull(shipments.trackingNumber),
        or(isNull(shipments.trackingCheckedAt), lt(shipments.trackingCheckedAt, checkedBefore)),
      ),
    )
    .limit(BATCH_SIZE)
    .all();
}

/**
 * Reads each parcel's tracking: normalised status and delivery date, and the last-mile number
 * once Shipentegra hands over. Amazon scores valid tracking, so a confirmed shipment's package
 * is then replaced on Amazon (same package reference) with the last-mile carrier and number.
 */
export async function trackShipments(
  deps: LabelDeps,
  options: { signal?: AbortSignal; logger?: Pick<JobLogger, 'warn'> } = {},
): Promise<number> {
  const due = findTrackableShipments(deps);
  const clients = new Map<string, ShipentegraClient>();
  const clientFor = (tenantId: string) => {
    const client = clients.get(tenantId) ?? openShipentegraFor(deps, tenantId);

    clients.set(tenantId, client);

    return client;
  };

  for (const shipment of due) {
    if (options.signal?.aborted) {
      break;
    }

    await trackOne(deps, shipment, clientFor).catch((error: unknown) => {
      // Read again next round; the shipment itself is fine.
      updateShipment(deps.db, shipment, { trackingCheckedAt: deps.now() }, deps.now());
      options.logger?.warn({ shipmentId: shipment.id, err: error }, 'tracking not read');
    });
  }

  return due.length;
}

async function trackOne(
  deps: LabelDeps,
  shipment: ShipmentRow,
  clientFor: (tenantId: string) => ShipentegraClient,
) {
  const snapshot = await clientFor(shipment.tenantId).track(shipment.trackingNumber ?? '');
  const patch = trackingPatchOf(shipment, snapshot, deps.now());
  let tracked = updateShipment(deps.db, shipment, patch, deps.now());

  // A failed update throws before `delivered`, so the next round tries Amazon again.
  if (isAmazonBehind(tracked)) {
    tracked = await sendLastMileToAmazon(deps, tracked);
  }

  if (snapshot.status === 'delivered' && tracked.state === 'confirmed') {
    updateShipment(deps.db, tracked, { state: 'delivered' }, deps.now());
  }
}

/** Amazon was told Shipentegra's number, and the last mile's is known now. */
function isAmazonBehind(shipment: ShipmentRow): boolean {
  return (
    shipment.state === 'confirmed' &&
    shipment.lastMileTrackingNumber !== null &&
    shipment.amazonTrackingNumber !== shipment.lastMileTrackingNumber
  );
}

function trackingPatchOf(
  shipment: ShipmentRow,
  snapshot: TrackingSnapshot,
  now: Date,
): ShipmentPatch {
  const lastMile = snapshot.lastMile;
  const carrier = mapCarrierForAmazon({
    courier: shipment.courier,
    serviceName: shipment.serviceName,
    serviceDisplayName: shipment.serviceDisplayName,
    lastMileCarrier: lastMile?.carrier,
  });

  return {
    trackingStatus: snapshot.status,
    trackingCheckedAt: now,
    deliveredAt: snapshot.deliveredAt,
    ...(lastMile
      ? {
          lastMileTrackingNumber: lastMile.trackingNumber,
          lastMileCarrier: lastMile.carrier,
          amazonCarrierCode: carrier.carrierCode,
          amazonCarrierName: carrier.carrierName ?? null,
        }
      : {}),
  };
}

async function sendLastMileToAmazon(deps: LabelDeps, shipment: ShipmentRow): Promise<ShipmentRow> {
  const { order, items } = loadLabelOrder(deps.db, shipment.tenantId, shipment.amazonOrderId);
  const caller = openAmazonFor(deps, shipment.tenantId, order.region);
  const trackingNumber = shipment.lastMileTrackingNumber ?? '';

  await confirmShipmentOnAmazon(caller, {
    orderId: shipment.amazonOrderId,
    marketplaceId: order.marketplaceId,
    packageReferenceId: shipment.packageReferenceId ?? String(shipment.attempt),
    carrierCode: shipment.amazonCarrierCode ?? 'Other',
    carrierName: shipment.amazonCarrierName ?? undefined,
    shippingMethod: shipment.shippingMethod ?? shipment.serviceName,
    trackingNumber,
    shipDate: shipment.shipDate ?? deps.now(),
    items: items.map((item) => ({
      orderItemId: item.amazonOrderItemId,
      quantity: item.quantityOrdered,
    })),
  });

  const confirmed = updateShipment(
    deps.db,
    shipment,
    { amazonTrackingNumber: trackingNumber, amazonConfirmedAt: deps.now(), amazonVerifiedAt: null },
    deps.now(),
  );
  const shown = await verifyTrackingOnAmazon(caller, {
    orderId: shipment.amazonOrderId,
    trackingNumber,
  });

  return shown.isTrackingShown
    ? updateShipment(deps.db, confirmed, { amazonVerifiedAt: deps.now() }, deps.now())
    : confirmed;
}

export function createTrackShipmentsHandler(deps: LabelDeps) {
  return defineJobHandler({
    kind: TRACK_SHIPMENTS_JOB,
    payloadSchema: z.object({}),
    async run({ signal, logger }) {
      const count = await trackShipments(deps, { signal, logger });

      logger.info({ count }, 'tracked shipments');
    },
  });
}

/** Every 30 minutes; each parcel is read at most every few hours (TRACKING_INTERVAL_MS). */
export function scheduleTrackShipments(db: JobDatabase): void {
  upsertSchedule(db, {
    name: TRACK_SHIPMENTS_JOB,
    kind: TRACK_SHIPMENTS_JOB,
    intervalMs: 30 * 60_000,
  });
}
