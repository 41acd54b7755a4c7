import type { ShipmentView as Shipment } from '../../../shared/api/shipments.ts';
import { isConfirmedOnAmazon, isRetryingForAmazon } from '../../api/order-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { formatDate, formatMoney } from './format.ts';
import { LabelFileButtons } from './label-file-buttons.tsx';
import { isLabelInProgress, PurchaseProgress } from './purchase-progress.tsx';
import { ShipmentProblem } from './shipment-problem.tsx';

interface ShipmentViewProps {
  shipment: Shipment;
  // Someone else (another tab, a colleague) bought this order's label while we tried.
  isOtherActive?: boolean;
}

function Fact({ term, value, name }: { term: string; value: string; name: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-fact={name}>{value}</dd>
    </>
  );
}

function TrackingFacts({ shipment }: { shipment: Shipment }) {
  const t = useMessages();
  const words = t.labelPanel.shipment;
  const { lastMile, trackingNumber } = shipment;
  const lastMileText = lastMile && [lastMile.trackingNumber, lastMile.carrier].filter(Boolean);
  const amazon = isConfirmedOnAmazon(shipment)
    ? words.confirmed
    : isRetryingForAmazon(shipment)
      ? words.waiting
      : words.notConfirmed;
  const status = words.trackingStatuses[shipment.trackingStatus] ?? shipment.trackingStatus;

  return (
    <>
      {trackingNumber && <Fact name="tracking" term={words.tracking} value={trackingNumber} />}
      {lastMileText && (
        <Fact name="last-mile" term={words.lastMile} value={lastMileText.join(' · ')} />
      )}
      {trackingNumber && <Fact name="tracking-status" term={words.trackingStatus} value={status} />}
      {trackingNumber && <Fact name="amazon" term={words.amazon} value={amazon} />}
      {shipment.deliveredAt && (
        <Fact
          name="delivered"
          term={words.deliveredAt}
          value={formatDate(shipment.deliveredAt, t.languageTag)}
        />
      )}
    </>
  );
}

// The order's label: what was bought, where the parcel is, whether Amazon shows the tracking.
export function ShipmentView({ shipment, isOtherActive = false }: ShipmentViewProps) {
  const t = useMessages();
  const words = t.labelPanel.shipment;
  const { problem, cost } = shipment;
  const isFailed = shipment.state === 'failed';

  return (
    <section className="region" aria-label={words.heading} data-shipment-state={shipment.state}>
      {isOtherActive && <p role="status">{words.otherActive}</p>}
      {isFailed && <p className="warning">{words.failed}</p>}
      <dl className="facts">
        <Fact
          name="service"
          term={words.service}
          value={shipment.serviceDisplayName ?? shipment.serviceName}
        />
        {cost && (
          <Fact
            name="cost"
            term={words.cost}
            value={formatMoney(cost.amount, cost.currency, t.languageTag)}
          />
        )}
        {!isFailed && <TrackingFacts shipment={shipment} />}
      </dl>
      {problem && <ShipmentProblem shipment={shipment} />}
      {isLabelInProgress(shipment) && <PurchaseProgress step={shipment.step} />}
      {!isFailed && shipment.hasLabelFile && <LabelFileButtons shipmentId={shipment.id} />}
      {!isFailed && !shipment.hasLabelFile && <p className="muted">{words.noFile}</p>}
    </section>
  );
}
