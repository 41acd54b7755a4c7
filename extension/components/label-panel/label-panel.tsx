import { useQuery } from '@tanstack/react-query';
import { orderQueryOptions } from '../../api/order-queries.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { OrderLabel } from './order-label.tsx';
import { OrderFailure } from './state-message.tsx';

interface LabelPanelProps {
  tenantId: string;
  orderId: string;
}

// The signed-in panel: the order as Kayistra has it, or why it has none yet. A failed refresh
// (the one after each purchase attempt, say) keeps the order on screen: swapping the panel for
// the error would drop the attempt under way, its progress and its Idempotency-Key.
export function LabelPanel({ tenantId, orderId }: LabelPanelProps) {
  const t = useMessages();
  const order = useQuery(orderQueryOptions(tenantId, orderId));

  if (order.isPending) {
    return <p className="muted">{t.common.loading}</p>;
  }

  if (order.isError && !order.data) {
    return <OrderFailure error={order.error} />;
  }

  return order.data && <OrderLabel tenantId={tenantId} order={order.data} />;
}
