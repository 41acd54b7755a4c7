import type { OrderDetail } from '../../../shared/api/orders.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { formatDate } from './format.ts';

interface OrderSummaryProps {
  order: OrderDetail;
}

// What Kayistra knows of the order, none of it about the buyer: status, deadline, lines.
export function OrderSummary({ order }: OrderSummaryProps) {
  const t = useMessages();
  const words = t.labelPanel.summary;
  const status = words.statuses[order.status] ?? order.status.toLowerCase();

  return (
    <section className="region" aria-label={words.heading}>
      <dl className="facts">
        <dt>{words.status}</dt>
        <dd data-status={order.status}>{status}</dd>
        {order.shipByLatest && (
          <>
            <dt>{words.shipBy}</dt>
            <dd>{formatDate(order.shipByLatest, t.languageTag)}</dd>
          </>
        )}
      </dl>
      <table aria-label={words.items}>
        <thead>
          <tr>
            <th scope="col">{words.sku}</th>
            <th scope="col">{words.title}</th>
            <th scope="col">{words.quantity}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.orderItemId}>
              <td>{item.sku ?? words.noSku}</td>
              <td>{item.title ?? ''}</td>
              <td>{item.quantityOrdered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
