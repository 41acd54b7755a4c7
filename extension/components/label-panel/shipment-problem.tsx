import type { ShipmentView } from '../../../shared/api/shipments.ts';
import { describeCode } from '../../locales/describe-failure.ts';
import type { Messages } from '../../locales/en.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { isFixedInSettings, SettingsHint } from './state-message.tsx';

interface ProblemWording {
  text: string;
  // Whether the server's own sentence says more (Shipentegra's reason, an order number).
  hasUsefulDetail: boolean;
}

// The same code means different things on a live and on a failed shipment: the catalogue's
// "try again in a few minutes" would send a seller whose label is bought to buy a second one.
export function describeShipmentProblem(shipment: ShipmentView, t: Messages): ProblemWording {
  const words = t.labelPanel.problems;
  const { problem } = shipment;
  const code = problem?.code ?? '';
  const message = problem?.message ?? '';
  const isFailed = shipment.state === 'failed';

  if (!isFailed && (code === 'AMAZON_UNAVAILABLE' || code === 'AMAZON_THROTTLED')) {
    return { text: words.amazonRetrying, hasUsefulDetail: false };
  }

  if (!isFailed && code === 'SHIPENTEGRA_UNAVAILABLE') {
    return { text: words.shipentegraRetrying, hasUsefulDetail: false };
  }

  // Kayistra stops reading after a few tries: the seller checks Seller Central themselves.
  if (code === 'AMAZON_TRACKING_NOT_SHOWN' && shipment.nextAttemptAt === null) {
    return { text: words.trackingNotShown, hasUsefulDetail: false };
  }

  // SHIPENTEGRA_REQUEST_INVALID is our own check that Shipentegra would refuse: same advice.
  if (code.startsWith('SHIPENTEGRA_REFUSED_') || code === 'SHIPENTEGRA_REQUEST_INVALID') {
    return { text: words.refused, hasUsefulDetail: true };
  }

  if (isFailed && code === 'LABEL_NOT_READY') {
    return { text: words.notReady, hasUsefulDetail: true };
  }

  const text = describeCode(code, message, t);

  return { text, hasUsefulDetail: text !== message };
}

// What needs the seller, or what keeps retrying. The server's sentence, in English, stays
// beneath when it names what the translation cannot.
export function ShipmentProblem({ shipment }: { shipment: ShipmentView }) {
  const t = useMessages();
  const { problem } = shipment;
  if (!problem) {
    return null;
  }

  const { text, hasUsefulDetail } = describeShipmentProblem(shipment, t);

  return (
    <div role="alert" data-code={problem.code}>
      <p>{`${t.labelPanel.shipment.problem}: ${text}`}</p>
      {hasUsefulDetail && (
        <p className="muted" lang="en">
          {problem.message}
        </p>
      )}
      {isFixedInSettings(problem.code) && <SettingsHint />}
    </div>
  );
}
