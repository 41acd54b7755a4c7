import { useQuery } from '@tanstack/react-query';
import { sessionQueryOptions } from '../api/session-query.ts';
import { useMessages } from '../locales/messages-context.ts';
import { FailureAlert } from './failure-alert.tsx';
import { LabelPanel } from './label-panel/label-panel.tsx';
import { LabelPanelStyles } from './label-panel/label-panel-styles.tsx';
import { SignedOutMessage } from './label-panel/state-message.tsx';
import { PanelFrame } from './panel-frame.tsx';

interface OrderLabelPanelViewProps {
  orderId: string;
}

// The order id comes from the URL only. Buyer data is never read from the page: addresses
// reach the server from SP-API when a label is bought.
export function OrderLabelPanelView({ orderId }: OrderLabelPanelViewProps) {
  const t = useMessages();
  // Content scripts do not hear the background's session broadcasts, so the panel asks again
  // whenever the seller comes back to the tab (after signing in on the options page, say).
  const session = useQuery({ ...sessionQueryOptions(), refetchOnWindowFocus: 'always' });

  return (
    <PanelFrame>
      <LabelPanelStyles />
      <p>
        {t.labelPanel.order} <strong data-order-id={orderId}>{orderId}</strong>
      </p>
      {session.isPending && <p className="muted">{t.common.loading}</p>}
      {session.isError && <FailureAlert error={session.error} />}
      {session.data === null && <SignedOutMessage />}
      {session.data && <LabelPanel tenantId={session.data.tenantId} orderId={orderId} />}
    </PanelFrame>
  );
}
