import { useQuery } from '@tanstack/react-query';
import type { OrderDetail } from '../../../shared/api/orders.ts';
import { useLabelPurchase } from '../../api/label-purchase.ts';
import { shipmentQueryOptions } from '../../api/order-queries.ts';
import type { Messages } from '../../locales/en.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { OrderSummary } from './order-summary.tsx';
import { isLabelInProgress, StepAnnouncer } from './purchase-progress.tsx';
import { PurchaseSection } from './purchase-section.tsx';
import { ShipmentView } from './shipment-view.tsx';
import { StateMessage } from './state-message.tsx';

// Why this order gets no label from us, or null when it can have one.
function describeBlocked(order: OrderDetail, t: Messages) {
  const states = t.labelPanel.states;
  if (order.fulfilledBy !== 'MERCHANT') {
    return { kind: 'fba', text: states.fba };
  }

  if (order.status === 'CANCELLED') {
    return { kind: 'cancelled', text: states.cancelled };
  }

  if (order.status === 'SHIPPED') {
    return { kind: 'shipped-elsewhere', text: states.shippedElsewhere };
  }

  const status = t.labelPanel.summary.statuses[order.status] ?? order.status.toLowerCase();

  return order.status === 'UNSHIPPED'
    ? null
    : { kind: 'not-unshipped', text: states.notUnshipped(status) };
}

interface OrderLabelProps {
  tenantId: string;
  order: OrderDetail;
}

// An order with a live shipment shows it and never offers a second purchase; a failed one shows
// what went wrong above a new attempt.
export function OrderLabel({ tenantId, order }: OrderLabelProps) {
  const t = useMessages();
  const purchase = useLabelPurchase(tenantId, order.orderId);
  const shipmentAnswer = useQuery(
    shipmentQueryOptions(tenantId, order.orderId, purchase.isPending),
  );

  // The shipment poll is fresher than the order's copy once it has answered.
  const shipment = shipmentAnswer.data ? shipmentAnswer.data.shipment : order.shipment;
  const failedShipment = shipment?.state === 'failed' ? shipment : null;
  const blocked = describeBlocked(order, t);
  // First in both layouts below, so React keeps the same live region across the switch.
  const announcer = (
    <StepAnnouncer
      step={shipment && isLabelInProgress(shipment) ? shipment.step : undefined}
      isBuying={purchase.isPending}
    />
  );

  if (shipment && !failedShipment) {
    return (
      <>
        {announcer}
        <OrderSummary order={order} />
        <ShipmentView
          shipment={shipment}
          isOtherActive={purchase.data?.outcome === 'other_active'}
        />
      </>
    );
  }

  return (
    <>
      {announcer}
      <OrderSummary order={order} />
      {failedShipment && !purchase.isPending && <ShipmentView shipment={failedShipment} />}
      {blocked ? (
        <StateMessage kind={blocked.kind} text={blocked.text} />
      ) : (
        <PurchaseSection
          tenantId={tenantId}
          order={order}
          purchase={purchase}
          failedShipment={failedShipment}
        />
      )}
    </>
  );
}
