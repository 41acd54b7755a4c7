import {
  normaliseTrackingStatus,
  parseShipentegraTime,
  readTrackingStatus,
  sortEventsOldestFirst,
  type TrackingEvent,
  type TrackingStatus,
} from '../shipping/tracking-status.ts';
import { ShipentegraTrackingSchema } from './contract.ts';
import type { AuthorizedShipentegra } from './shipentegra-auth.ts';

export interface LastMile {
  trackingNumber: string;
  /** The carrier's name as Shipentegra writes it, e.g. `USPS`, `Royal Mail`. */
  carrier: string | null;
}

export interface TrackingSnapshot {
  trackingNumber: string;
  status: TrackingStatus;
  /** Shipentegra's own word, kept for support: its vocabulary is undocumented. */
  rawStatus: string;
  summary: string | null;
  deliveredAt: Date | null;
  /** Appears once Shipentegra's network hands the parcel over; Amazon must then get it. */
  lastMile: LastMile | null;
  /** Oldest first. */
  events: TrackingEvent[];
}

/** `GET /logistics/shipments/activities`: no webhooks exist, so callers poll this. */
export async function fetchTracking(
  api: AuthorizedShipentegra,
  trackingNumber: string,
): Promise<TrackingSnapshot> {
  const tracking = await api.send({
    method: 'GET',
    path: '/logistics/shipments/activities',
    query: { trackingNumber },
    data: ShipentegraTrackingSchema,
  });

  const events = sortEventsOldestFirst(
    tracking.activities.map((activity) => ({
      at: parseShipentegraTime(activity.date),
      text: activity.event,
    })),
  );

  const status = normaliseTrackingStatus(tracking.status, events);

  return {
    trackingNumber,
    status,
    rawStatus: tracking.status,
    summary: tracking.summary ?? null,
    deliveredAt: status === 'delivered' ? deliveryDateOf(tracking.deliveryDate, events) : null,
    lastMile: lastMileOf(tracking.lastMileTrackingNumber, tracking.lastMileCarrier, trackingNumber),
    events,
  };
}

/** The stated delivery date, else the date of the newest event that reads as a delivery. */
function deliveryDateOf(
  deliveryDate: string | null | undefined,
  events: readonly TrackingEvent[],
): Date | null {
  const stated = parseShipentegraTime(deliveryDate);

  if (stated) {
    return stated;
  }

  const delivery = events.findLast((event) => readTrackingStatus(event.text) === 'delivered');

  return delivery?.at ?? null;
}

function lastMileOf(
  number: string | null | undefined,
  carrier: string | null | undefined,
  ownNumber: string,
): LastMile | null {
  const trackingNumber = number?.trim();

  // Some services repeat their own number here; that is no new information for Amazon.
  if (!trackingNumber || trackingNumber === ownNumber) {
    return null;
  }

  return { trackingNumber, carrier: carrier?.trim() || null };
}
