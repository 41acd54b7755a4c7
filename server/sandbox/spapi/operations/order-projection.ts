import { marketplaceById } from '../demo/marketplaces.ts';
import type { StandInOrder, StandInOrderItem, StandInPackage } from '../store/world.ts';
import { money } from './money.ts';

export type IncludedOrderData = ReadonlySet<string>;

/**
 * An order as Orders 2026-01-01 shows it. Each `includedData` value adds its block; buyer and
 * recipient PII appear only when BUYER or RECIPIENT is asked for.
 */
export function projectOrder(order: StandInOrder, included: IncludedOrderData): object {
  const marketplace = marketplaceById(order.marketplaceId);
  const isMerchantFulfilled = order.fulfilledBy === 'MERCHANT';

  return {
    orderId: order.orderId,
    createdTime: order.createdTime,
    lastUpdatedTime: order.lastUpdatedTime,
    programs: order.programs,
    salesChannel: {
      channelName: 'AMAZON',
      marketplaceId: order.marketplaceId,
      marketplaceName: marketplace?.name ?? order.marketplaceId,
    },
    ...(included.has('BUYER') ? { buyer: order.buyer } : {}),
    ...(included.has('RECIPIENT') ? { recipient: { deliveryAddress: order.deliveryAddress } } : {}),
    ...(included.has('PROCEEDS') ? { proceeds: { grandTotal: grandTotalOf(order) } } : {}),
    ...(included.has('FULFILLMENT') ? { fulfillment: fulfillmentOf(order) } : {}),
    orderItems: order.items.map((item) => projectItem(order, item, included)),
    ...(included.has('PACKAGES') && isMerchantFulfilled
      ? { packages: order.packages.map(projectPackage) }
      : {}),
  };
}

function projectItem(
  order: StandInOrder,
  item: StandInOrderItem,
  included: IncludedOrderData,
): object {
  const subtotal = money(item.unitPrice * item.quantityOrdered, order.currencyCode);
  const isCancelled = order.fulfillmentStatus === 'CANCELLED';

  return {
    orderItemId: item.orderItemId,
    quantityOrdered: item.quantityOrdered,
    product: {
      asin: item.asin,
      title: item.title,
      sellerSku: item.sellerSku,
      condition: { conditionType: 'NEW', conditionSubtype: 'NEW' },
      price: { unitPrice: money(item.unitPrice, order.currencyCode) },
    },
    ...(included.has('PROCEEDS')
      ? { proceeds: { proceedsTotal: subtotal, breakdowns: [{ type: 'ITEM', subtotal }] } }
      : {}),
    ...(included.has('CANCELLATION') && isCancelled
      ? {
          cancellation: {
            cancellationExecution: { cancelledBy: 'BUYER', cancelReason: 'BUYER_CANCELLED' },
          },
        }
      : {}),
    ...(included.has('FULFILLMENT')
      ? {
          fulfillment: {
            quantityFulfilled: item.quantityShipped,
            quantityUnfulfilled: isCancelled ? 0 : item.quantityOrdered - item.quantityShipped,
            ...(item.iossNumber
              ? { shipping: { internationalShipping: { iossNumber: item.iossNumber } } }
              : {}),
          },
        }
      : {}),
  };
}

function fulfillmentOf(order: StandInOrder): object {
  return {
    fulfillmentStatus: order.fulfillmentStatus,
    fulfilledBy: order.fulfilledBy,
    fulfillmentServiceLevel: order.serviceLevel,
    shipByWindow: { earliestDateTime: order.shipBy.earliest, latestDateTime: order.shipBy.latest },
    deliverByWindow: {
      earliestDateTime: order.deliverBy.earliest,
      latestDateTime: order.deliverBy.latest,
    },
  };
}

function projectPackage(shipment: StandInPackage): object {
  return {
    packageReferenceId: shipment.packageReferenceId,
    createdTime: shipment.createdTime,
    packageStatus: { status: 'SHIPPED' },
    // Amazon shows the carrier's name: the free-text one when the code is "Other".
    carrier: shipment.carrierCode === 'Other' ? shipment.carrierName : shipment.carrierCode,
    shipTime: shipment.shipDate,
    ...(shipment.shippingMethod ? { shippingService: shipment.shippingMethod } : {}),
    trackingNumber: shipment.trackingNumber,
    packageItems: shipment.items,
  };
}

function grandTotalOf(order: StandInOrder): { amount: string; currencyCode: string } {
  const total = order.items.reduce((sum, item) => sum + item.unitPrice * item.quantityOrdered, 0);
  return money(order.fulfillmentStatus === 'CANCELLED' ? 0 : total, order.currencyCode);
}
