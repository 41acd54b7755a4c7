import { recordAuditEvent } from '../audit/audit-log.ts';
import { loadTenantSealer } from '../crypto/load-tenant-sealer.ts';
import type { ShipmentRow } from '../db/schema.ts';
import { deriveShipentegraOrderNumber } from '../shipentegra/orders.ts';
import { mapCarrierForAmazon } from './carrier-mapping.ts';
import { marketplaceIossNumberOf } from './ioss-marketplace-number.ts';
import { goodsValueOf } from './ioss-requirement.ts';
import { labelFileCellOf, labelUrlCellOf } from './label-cells.ts';
import { buildLabelRequest, buildManualOrder } from './label-order-request.ts';
import { loadOrFetchRecipient } from './label-recipient.ts';
import { auditActorOf, completed, type LabelRun, type StepResult, saveStep } from './label-run.ts';
import { checkRecipient } from './recipient-preconditions.ts';
import { numberAttemptOf } from './shipment-reservation.ts';
import { updateShipment } from './shipment-store.ts';

/**
 * Reads the recipient (sealed, audited), checks it, confirms the service is offered to its
 * country, then creates Shipentegra's order. A try whose answer was lost may have created an
 * order under the current number, and Shipentegra cannot be asked: every later try takes the
 * next number (an orphan order costs nothing), persisted before the call.
 */
export async function createOrderStep(run: LabelRun, shipment: ShipmentRow): Promise<StepResult> {
  const { labelOrder } = run;
  const recipient = await loadOrFetchRecipient(
    {
      ...run.deps,
      tenantId: shipment.tenantId,
      order: labelOrder.order,
      actor: run.actor,
      now: run.deps.now(),
    },
    run.amazon,
  );

  if (!recipient) {
    const patch = {
      state: 'failed' as const,
      failureCode: 'RECIPIENT_UNAVAILABLE',
      failureMessage: 'Amazon gave no delivery address for this order; try again later.',
    };

    return { shipment: saveStep(run, shipment, patch), isContinuing: false };
  }

  // The €150 test is on the goods alone: the order total adds shipping and tax.
  const checked = checkRecipient({
    recipient,
    goodsValue: goodsValueOf(labelOrder.items),
    amazonIossNumber: marketplaceIossNumberOf(labelOrder.items),
    sellerIossNumber: labelOrder.settings.iossNumber,
  });

  if (checked.addressLines === null) {
    const patch = {
      state: 'failed' as const,
      failureCode: 'LABEL_NOT_READY',
      failureMessage: checked.problems.map((problem) => problem.message).join(' '),
    };

    return {
      shipment: saveStep(run, shipment, patch),
      isContinuing: false,
      problems: checked.problems,
    };
  }

  const priced = await priceService(run, shipment, recipient.countryCode);

  if (priced.state === 'failed') {
    return { shipment: priced, isContinuing: false };
  }

  // The IOSS number is persisted with the number, so the label repeats what the order declared.
  const numbered = saveStep(run, priced, {
    stepAttempts: priced.stepAttempts + 1,
    iossNumber: checked.iossNumber,
    ...(priced.stepAttempts > 0
      ? {
          shipentegraOrderNumber: deriveShipentegraOrderNumber(
            priced.amazonOrderId,
            numberAttemptOf(priced) + 1,
          ),
        }
      : {}),
  });
  const created = await run.shipentegra().createOrder(
    buildManualOrder(numbered, labelOrder, {
      recipient,
      addressLines: checked.addressLines,
      iossNumber: checked.iossNumber,
    }),
  );
  const patch = completed({ state: 'ordered', shipentegraOrderId: String(created.orderId) });

  return { shipment: saveStep(run, numbered, patch), isContinuing: true };
}

// The seller chose from quotes for the marketplace's country; the real one may differ.
async function priceService(run: LabelRun, shipment: ShipmentRow, country: string) {
  const quotes = await run.shipentegra().quote({
    country,
    kgDesi: Number(shipment.package.kgDesi),
    isAmazonShipment: true,
  });
  const quote = quotes.find((entry) => entry.serviceName === shipment.serviceName);

  if (!quote) {
    return saveStep(run, shipment, {
      state: 'failed',
      failureCode: 'SERVICE_NOT_OFFERED',
      failureMessage: `Shipentegra does not offer ${shipment.serviceName} to ${country}: pick another service.`,
    });
  }

  return saveStep(run, shipment, {
    serviceDisplayName: quote.displayName,
    serviceType: quote.serviceType,
    costAmount: quote.totalPrice,
    costCurrency: quote.currency,
  });
}

/**
 * Buys the label: the one call that charges. "Label requested for this order and service" is
 * persisted first; a repeat only ever names the same Shipentegra order, which Shipentegra
 * refuses to label twice, so at most one charge happens whatever crashes where.
 */
export async function buyLabelStep(run: LabelRun, shipment: ShipmentRow): Promise<StepResult> {
  const requested = saveStep(run, shipment, { stepAttempts: shipment.stepAttempts + 1 });
  const se = run.shipentegra();
  const seItems = await se.getOrderItems(Number(requested.shipentegraOrderId));
  const label = await se.buyLabel(
    buildLabelRequest(requested, run.labelOrder, seItems, requested.iossNumber),
  );
  const sealer = loadTenantSealer(run.deps.db, run.deps.masterKeys, shipment.tenantId);
  const carrier = mapCarrierForAmazon({
    courier: label.courier,
    serviceName: requested.serviceName,
    serviceDisplayName: requested.serviceDisplayName,
  });
  // TODO(#5): when `isTrackingNumberExact` is false, hold the confirmation until tracking
  // gives the exact number (unreachable while the HTTP core parses large integers as text).
  const patch = completed({
    state: 'labelled',
    trackingNumber: label.trackingNumber,
    courier: label.courier,
    labelUrlSealed: sealer.seal(labelUrlCellOf(shipment.id), label.labelUrl),
    amazonCarrierCode: carrier.carrierCode,
    amazonCarrierName: carrier.carrierName ?? null,
    shippingMethod: carrier.shippingMethod,
    shipDate: run.deps.now(),
  });
  const labelled = run.deps.db.transaction((tx) => {
    recordAuditEvent(tx, {
      tenantId: shipment.tenantId,
      ...auditActorOf(run.actor),
      type: 'label.purchased',
      details: {
        orderId: shipment.amazonOrderId,
        shipmentId: shipment.id,
        service: shipment.serviceName,
        via: run.actor.via,
      },
      now: run.deps.now(),
    });

    return updateShipment(tx, requested, patch, run.deps.now());
  });

  return { shipment: labelled, isContinuing: true };
}

/** The label file, fetched from Shipentegra's link and stored sealed: it shows the address. */
export async function fetchLabelFileStep(
  run: LabelRun,
  shipment: ShipmentRow,
): Promise<StepResult> {
  const sealer = loadTenantSealer(run.deps.db, run.deps.masterKeys, shipment.tenantId);
  const url = sealer.openAsString(labelUrlCellOf(shipment.id), shipment.labelUrlSealed ?? '');
  const file = await run.shipentegra().downloadLabelFile(url);
  const patch = completed({
    labelFileSealed: sealer.seal(labelFileCellOf(shipment.id), file.bytes),
    labelContentType: file.contentType,
  });

  return { shipment: saveStep(run, shipment, patch), isContinuing: true };
}
