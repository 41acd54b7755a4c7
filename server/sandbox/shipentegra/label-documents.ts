import { drawLabelBitmap } from './label-bitmap.ts';
import type { LabelFileFormat } from './label-files.ts';
import { encodeGif } from './label-gif.ts';
import { renderPdf } from './label-pdf.ts';
import { encodePng } from './label-png.ts';
import type { StandInService } from './services.ts';
import type { StandInOrder } from './store.ts';

// Small enough to stay quick in tests, large enough to look like a label when opened.
const IMAGE_WIDTH = 400;
const IMAGE_HEIGHT = 600;

/** The label in the format its carrier uses upstream: PDF, GIF for UPS, PNG for DHL eCommerce. */
export function renderLabelFile(
  service: StandInService,
  trackingNumber: string,
  order: StandInOrder,
) {
  const format: LabelFileFormat = service.fileFormat;

  if (format === 'gif') {
    return {
      format,
      bytes: encodeGif(drawLabelBitmap(trackingNumber, IMAGE_WIDTH / 2, IMAGE_HEIGHT / 2)),
    };
  }

  if (format === 'png') {
    return { format, bytes: encodePng(drawLabelBitmap(trackingNumber, IMAGE_WIDTH, IMAGE_HEIGHT)) };
  }

  const recipient = order.recipient;
  const bytes = renderPdf({
    heading: service.clearServiceName,
    lines: [
      `Tracking: ${trackingNumber}`,
      `Order: ${order.number}`,
      `Ship to: ${recipient.name}`,
      recipient.address1,
      `${recipient.city} ${recipient.state ?? ''} ${recipient.postalCode}`,
      recipient.country,
    ],
    barcodeText: trackingNumber,
  });

  return { format, bytes };
}

/** The commercial invoice that travels with the parcel through customs. */
export function renderInvoiceFile(order: StandInOrder, trackingNumber: string): Buffer {
  const itemLines = order.items.map((item) => {
    return `${item.quantity} x ${item.name.slice(0, 32)} ${item.unitPrice} ${order.currency}`;
  });

  return renderPdf({
    heading: 'Commercial invoice',
    lines: [`Order: ${order.number}`, `Tracking: ${trackingNumber}`, ...itemLines.slice(0, 12)],
    barcodeText: String(order.orderId),
  });
}
