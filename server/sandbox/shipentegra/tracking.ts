import { rejectWith } from './business-errors.ts';
import { replySuccess, type StandInReply } from './envelope.ts';
import type { RouteContext } from './router.ts';
import type { StandInService } from './services.ts';
import type { StandInOrder } from './store.ts';
import { issueLastMile } from './tracking-numbers.ts';
import { describeTracking } from './tracking-timeline.ts';
import type { ShipentegraWorld } from './world.ts';

interface ShipmentStart {
  order: StandInOrder;
  service: StandInService;
  trackingNumber: string;
  now: Date;
}

/** Puts a freshly labelled parcel on its (seeded) journey. */
export function startShipment(world: ShipentegraWorld, start: ShipmentStart): void {
  const { random } = world;
  const country = start.order.recipient.country;
  // Both draws always happen, so one parcel's path never shifts the next parcel's dice.
  const jitter = 0.85 + random.next() * 0.3;
  const isExceptionPath = random.next() < world.exceptionShare;

  world.store.addShipment({
    trackingNumber: start.trackingNumber,
    orderId: start.order.orderId,
    clientId: start.order.clientId,
    service: start.service,
    country,
    startedAt: start.now,
    pace: (start.service.serviceType === 'EXPRESS' ? 1 : 1.8) * jitter,
    isExceptionPath,
    // Only Shipentegra's own network hands over to a local carrier with a new number.
    lastMile: start.service.endpoint === 'shipentegra' ? issueLastMile(country, random) : undefined,
  });
}

/** `GET /v1/logistics/shipments/activities?trackingNumber=`: no webhooks upstream, so clients poll. */
export function handleTrackingRequest(context: RouteContext): StandInReply {
  const trackingNumber = context.query.get('trackingNumber')?.trim() ?? '';
  const shipment = trackingNumber
    ? context.world.store.findShipment(trackingNumber, context.clientId)
    : undefined;

  if (!shipment) {
    rejectWith('TRACKING_NOT_FOUND', { trackingNumber });
  }

  return replySuccess(describeTracking(shipment, context.now, context.language), context.now);
}
