import { rejectWith } from './business-errors.ts';
import { replySuccess, type StandInReply } from './envelope.ts';
import { createFieldChecker, isRecord } from './field-checks.ts';
import { renderInvoiceFile, renderLabelFile } from './label-documents.ts';
import { kgDesiOf, priceService } from './pricing-table.ts';
import type { RouteContext } from './router.ts';
import {
  isServiceAvailable,
  type LabelEndpoint,
  STAND_IN_SERVICES,
  type StandInService,
} from './services.ts';
import type { StandInLabel, StandInOrder } from './store.ts';
import { startShipment } from './tracking.ts';
import { issueTrackingNumber } from './tracking-numbers.ts';

const DDP = 1;

type LabelRequest = ReturnType<typeof readLabelRequest>;

/**
 * `POST /v1/logistics/labels/shipentegra[/ups|fedex|dhlecommerce|usps]`: checks the order and
 * service the way upstream refuses them, charges the balance, and hands out a file URL.
 */
export function handleLabelRequest(context: RouteContext): StandInReply {
  const request = readLabelRequest(context.body);
  const order = findUnlabelledOrder(context, request.orderId);
  // The route pattern lets only the known carrier segments through.
  const endpoint = (context.params.carrier ?? 'shipentegra') as LabelEndpoint;
  const service = STAND_IN_SERVICES.find((candidate) => {
    return candidate.endpoint === endpoint && candidate.specialService === request.specialService;
  });

  if (!service) {
    rejectWith('UNKNOWN_SERVICE', { service: request.specialService });
  }

  const price = priceAllowedLabel(context, order, service, request);
  const { label, isSentAsNumber } = buyLabel(context, order, service, price);
  const data = {
    success: true,
    trackingNumber: isSentAsNumber ? Number(label.trackingNumber) : label.trackingNumber,
    label: label.labelUrl,
    invoice: label.invoiceUrl,
    courier: label.courier,
    seOrderId: label.seOrderId,
    serviceType: label.serviceType,
  };

  return replySuccess(data, context.now);
}

function findUnlabelledOrder(context: RouteContext, orderId: number): StandInOrder {
  const order = context.world.store.findOrder(context.clientId, orderId);

  if (!order) {
    rejectWith('ORDER_NOT_FOUND', { orderId });
  }

  // No void endpoint exists, so a second label would be a second, unrecoverable charge.
  if (order.label) {
    rejectWith('LABEL_ALREADY_CREATED', { orderId });
  }

  return order;
}

/** Refuses what upstream refuses, in upstream's order; returns the price to charge. */
function priceAllowedLabel(
  context: RouteContext,
  order: StandInOrder,
  service: StandInService,
  request: LabelRequest,
): number {
  const country = order.recipient.country;
  const kgDesi = Math.max(request.weight, kgDesiOfOrder(order));

  if (!isServiceAvailable(service, country, kgDesi)) {
    const key = service.isRegional ? 'WRONG_REGIONAL_SERVICE' : 'SERVICE_NOT_AVAILABLE';
    rejectWith(key, { service: service.serviceName, country, kgDesi });
  }

  if (order.shippingType === DDP && country === 'GB') {
    rejectWith('DDP_NOT_ALLOWED', { country });
  }

  const isOnOrder = (id: number) => order.items.some((item) => item.itemId === id);
  const strangerItem = request.itemIds.find((id) => !isOnOrder(id));

  if (strangerItem !== undefined) {
    rejectWith('ITEM_NOT_ON_ORDER', { itemId: strangerItem, orderId: order.orderId });
  }

  const price = priceService(service, country, kgDesi).totalPriceWithAdditionalFee;
  const balance = context.world.accounts.balanceOf(context.clientId);

  if (balance < price) {
    rejectWith('INSUFFICIENT_BALANCE', { balance: balance.toFixed(2), price: price.toFixed(2) });
  }

  return price;
}

function buyLabel(
  context: RouteContext,
  order: StandInOrder,
  service: StandInService,
  price: number,
) {
  const { world, now } = context;
  world.accounts.adjustBalance(context.clientId, -price);
  const { trackingNumber, isSentAsNumber } = issueUniqueTrackingNumber(context, service.endpoint);
  const labelFile = renderLabelFile(service, trackingNumber, order);

  const label: StandInLabel = {
    trackingNumber,
    serviceName: service.serviceName,
    courier: service.courier,
    serviceType: service.serviceType,
    labelUrl: world.labelFiles.save(labelFile.format, labelFile.bytes),
    invoiceUrl: world.labelFiles.save('pdf', renderInvoiceFile(order, trackingNumber)),
    seOrderId: `SE${order.orderId}`,
    price,
    createdAt: now,
  };
  order.label = label;
  startShipment(world, { order, service, trackingNumber, now });

  return { label, isSentAsNumber };
}

function readLabelRequest(body: unknown) {
  const source = isRecord(body) ? body : {};
  const checker = createFieldChecker();
  const orderId = checker.number(source, 'orderId', { isInteger: true, min: 1 });
  const specialService = checker.text(source, 'specialService', { max: 64 });
  checker.text(source, 'content', { max: 50 });
  const weight = checker.number(source, 'weight', { min: 0.001, max: 300 });
  checker.text(source, 'currency', { min: 3, max: 3 });
  checker.optionalText(source, 'iossNumber', { max: 40 });

  // -1 outside Germany (sure); what 1 and 2 mean there is unknown, so both pass.
  const verpackg = checker.optionalNumber(source, 'verpackg', { isInteger: true });

  if (verpackg !== undefined && ![-1, 1, 2].includes(verpackg)) {
    checker.flagInvalid('verpackg');
  }

  const itemIds = checker.list(source, 'items').map((item, index) => {
    const itemChecker = checker.nested(`items.${index}`);
    const fields = isRecord(item) ? item : {};
    itemChecker.number(fields, 'declaredQuantity', { isInteger: true, min: 1 });
    itemChecker.number(fields, 'declaredPrice', { min: 0.01 });
    itemChecker.optionalText(fields, 'gtip', { max: 12 });

    return itemChecker.number(fields, 'itemId', { isInteger: true, min: 1 });
  });
  checker.rejectIfAny();

  return { orderId, specialService, weight, itemIds };
}

function kgDesiOfOrder(order: StandInOrder): number {
  return order.packages.reduce((total, parcel) => {
    const kgDesi = kgDesiOf(parcel.weight, [parcel.length, parcel.width, parcel.height]);

    return total + kgDesi * parcel.packageQuantity;
  }, 0);
}

function issueUniqueTrackingNumber(context: RouteContext, endpoint: LabelEndpoint) {
  const { random, store } = context.world;
  let issued = issueTrackingNumber(endpoint, random);

  while (store.findShipment(issued.trackingNumber)) {
    issued = issueTrackingNumber(endpoint, random);
  }

  return issued;
}
