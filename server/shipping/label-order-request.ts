import type { ShipmentRow } from '../db/schema.ts';
import type { ShipentegraManualOrderRequest } from '../shipentegra/contract.ts';
import type { BuyLabelRequest } from '../shipentegra/labels.ts';
import type { ShipentegraOrderItem } from '../shipentegra/orders.ts';
import { isEuCountry } from './eu-countries.ts';
import type { LabelOrder } from './label-order.ts';
import type { OrderRecipient } from './order-recipient.ts';

/** The checked recipient: address lines already fitted to 35 characters. */
export interface CheckedRecipient {
  recipient: OrderRecipient;
  addressLines: string[];
  iossNumber: string | null;
}

/**
 * `POST /orders/manual` for this shipment. Customs mode: IOSS into the EU when a number is
 * sent (Amazon's when it collected the VAT, else the seller's), DDP into the US (accepted
 * there), DDU elsewhere (DDP is refused for GB, ERR.28050.1008).
 */
export function buildManualOrder(
  shipment: ShipmentRow,
  labelOrder: LabelOrder,
  checked: CheckedRecipient,
): ShipentegraManualOrderRequest {
  const { recipient, addressLines, iossNumber } = checked;
  const country = recipient.countryCode.trim().toUpperCase();
  const [address = '', secondLine] = addressLines;

  return {
    number: shipment.shipentegraOrderNumber,
    reference1: shipment.amazonOrderId,
    description: descriptionOf(labelOrder),
    packageQuantity: 1,
    currency: currencyOf(labelOrder),
    shippingAmount: 0,
    weight: Number(shipment.package.weightKg),
    width: shipment.package.widthCm,
    height: shipment.package.heightCm,
    length: shipment.package.lengthCm,
    ...(iossNumber ? { iossNumber } : {}),
    shippingType: iossNumber && isEuCountry(country) ? 3 : country === 'US' ? 1 : 2,
    shippingAddress: {
      name: (recipient.name ?? '').trim(),
      address,
      city: (recipient.city ?? '').trim(),
      ...(recipient.stateOrRegion ? { state: recipient.stateOrRegion.trim() } : {}),
      postalCode: (recipient.postalCode ?? '').trim(),
      country,
      ...(recipient.phone ? { phone: recipient.phone } : {}),
      ...(recipient.email ? { email: recipient.email } : {}),
      // TODO(#5): the manual form has one address line; the second rides in `town` until
      // Shipentegra confirms where a second line prints (or `POST /orders` replaces this).
      ...(secondLine ? { town: secondLine } : {}),
    },
    items: labelOrder.items.map((item) => {
      const profile = item.sellerSku ? labelOrder.profiles.get(item.sellerSku) : undefined;

      return {
        name: (item.title ?? item.sellerSku ?? 'Item').slice(0, 512).padEnd(3, '.'),
        quantity: item.quantityOrdered,
        unitPrice: Number(profile?.declaredValue ?? '0'),
        sku: item.sellerSku ?? '',
        ...(profile?.hsCode ? { gtip: profile.hsCode } : {}),
      };
    }),
  };
}

/**
 * The label purchase, declaring Shipentegra's own line items by SKU, with the IOSS number the
 * order declared (the shipment keeps it): a label naming another number would clear customs
 * under the wrong registration.
 */
export function buildLabelRequest(
  shipment: ShipmentRow,
  labelOrder: LabelOrder,
  seItems: readonly ShipentegraOrderItem[],
  iossNumber: string | null,
): BuyLabelRequest {
  const items = seItems.map((seItem) => {
    const lines = labelOrder.items.filter((item) => item.sellerSku === seItem.sku);
    const profile = seItem.sku ? labelOrder.profiles.get(seItem.sku) : undefined;

    return {
      itemId: seItem.itemId,
      declaredQuantity: Math.max(
        1,
        lines.reduce((sum, line) => sum + line.quantityOrdered, 0),
      ),
      declaredPrice: Number(profile?.declaredValue ?? '0'),
      ...(profile?.hsCode ? { gtip: profile.hsCode } : {}),
    };
  });

  return {
    orderId: Number(shipment.shipentegraOrderId),
    serviceName: shipment.serviceName,
    content: descriptionOf(labelOrder),
    weight: Number(shipment.package.weightKg),
    currency: currencyOf(labelOrder),
    ...(iossNumber ? { iossNumber } : {}),
    items,
  };
}

// Customs reads the first product's description; Shipentegra takes 5..50 characters.
function descriptionOf({ items, profiles }: LabelOrder): string {
  const first = items[0];
  const profile = first?.sellerSku ? profiles.get(first.sellerSku) : undefined;
  const text = profile?.customsDescription ?? first?.title ?? 'Merchandise';

  return text.trim().slice(0, 50).padEnd(5, '.');
}

function currencyOf({ items, profiles }: LabelOrder): string {
  const sku = items.find((item) => item.sellerSku)?.sellerSku;

  return (sku ? profiles.get(sku)?.declaredCurrency : null) ?? 'USD';
}
