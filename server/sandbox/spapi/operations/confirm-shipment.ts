import { invalidInput, notFound } from '../sp-api-errors.ts';
import type { StandInOrder, StandInPackage } from '../store/world.ts';
import { CARRIER_CODES } from './carrier-codes.ts';
import type { OperationContext, OperationResult } from './operation-context.ts';
import { checkPackageItems } from './package-items.ts';

export interface PackageDetail {
  packageReferenceId: string;
  carrierCode: string;
  carrierName?: string;
  shippingMethod?: string;
  trackingNumber: string;
  shipDate: string;
  orderItems: { orderItemId: string; quantity: number }[];
}

const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Orders v0 confirmShipment. Sending a known packageReferenceId again updates that package
 * (how a last-mile tracking number replaces the first one); a new one adds a package.
 */
export function confirmShipment(context: OperationContext): OperationResult {
  const body = context.request.body as { marketplaceId: string; packageDetail: PackageDetail };
  const order = requireOrder(context);
  const detail = body.packageDetail;
  const existing = order.packages.find(
    (shipment) => shipment.packageReferenceId === detail.packageReferenceId,
  );

  if (body.marketplaceId !== order.marketplaceId) {
    throw invalidInput(`marketplaceId ${body.marketplaceId} is not the order's marketplace.`);
  }

  checkOrderState(order, existing !== undefined);
  checkPackageDetail(order, detail, context.clock.now().getTime());
  checkPackageItems(order, detail.orderItems, existing);

  const shipment: StandInPackage = {
    packageReferenceId: detail.packageReferenceId,
    carrierCode: detail.carrierCode,
    carrierName: detail.carrierName,
    shippingMethod: detail.shippingMethod,
    trackingNumber: detail.trackingNumber,
    shipDate: new Date(detail.shipDate).toISOString(),
    createdTime: existing?.createdTime ?? context.clock.now().toISOString(),
    items: detail.orderItems.map(({ orderItemId, quantity }) => ({ orderItemId, quantity })),
  };

  order.packages = [...order.packages.filter((entry) => entry !== existing), shipment];
  recountShipped(order);
  context.store.touchOrder(order);

  return { status: 204 };
}

function requireOrder(context: OperationContext): StandInOrder {
  const orderId = context.request.path.orderId ?? '';
  const order = context.store.getOrder(orderId);

  if (!order || order.sellerId !== context.seller.sellingPartnerId) {
    throw notFound(`Order ${orderId} was not found.`);
  }

  return order;
}

function checkOrderState(order: StandInOrder, isUpdate: boolean): void {
  if (order.fulfilledBy !== 'MERCHANT') {
    throw invalidInput('The order is fulfilled by Amazon; only seller-fulfilled orders ship.');
  }

  if (order.fulfillmentStatus === 'CANCELLED') {
    throw invalidInput('The order is cancelled.');
  }

  if (['PENDING', 'PENDING_AVAILABILITY'].includes(order.fulfillmentStatus)) {
    throw invalidInput('The order is pending and cannot be shipped yet.');
  }

  if (order.fulfillmentStatus === 'SHIPPED' && !isUpdate) {
    throw invalidInput('The order is already shipped.');
  }
}

function checkPackageDetail(order: StandInOrder, detail: PackageDetail, nowMs: number): void {
  if (!/^[1-9]\d*$/.test(detail.packageReferenceId)) {
    throw invalidInput('packageReferenceId must be a positive whole number.');
  }

  if (!CARRIER_CODES.has(detail.carrierCode)) {
    throw invalidInput(
      `Invalid carrierCode: ${detail.carrierCode}`,
      'Use one of Amazon carrier codes, or "Other" together with carrierName.',
    );
  }

  if (detail.carrierCode === 'Other' && !detail.carrierName?.trim()) {
    throw invalidInput('carrierName is required when carrierCode is Other.');
  }

  if (!detail.trackingNumber.trim()) {
    throw invalidInput('trackingNumber must not be empty.');
  }

  const shipTime = new Date(detail.shipDate).getTime();

  if (shipTime < new Date(order.createdTime).getTime() || shipTime > nowMs + CLOCK_SKEW_MS) {
    throw invalidInput('shipDate must fall between the order date and now.');
  }
}

function recountShipped(order: StandInOrder): void {
  for (const item of order.items) {
    item.quantityShipped = order.packages
      .flatMap((shipment) => shipment.items)
      .filter((entry) => entry.orderItemId === item.orderItemId)
      .reduce((sum, entry) => sum + entry.quantity, 0);
  }

  const isComplete = order.items.every((item) => item.quantityShipped >= item.quantityOrdered);
  order.fulfillmentStatus = isComplete ? 'SHIPPED' : 'PARTIALLY_SHIPPED';
}
