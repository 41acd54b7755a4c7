import { useMessages } from '../locales/messages-context.ts';
import { PanelFrame } from './panel-frame.tsx';

interface OrderLabelPanelViewProps {
  orderId: string;
}

// Shows only what the URL says. Buyer data is never read from the page: addresses reach the
// server from SP-API when a label is bought.
export function OrderLabelPanelView({ orderId }: OrderLabelPanelViewProps) {
  const t = useMessages();

  return (
    <PanelFrame>
      <p>
        {t.panel.order} <strong data-order-id={orderId}>{orderId}</strong>
      </p>
      <section className="region" aria-label={t.panel.createLabel}>
        <p className="muted">{t.panel.quotesPlaceholder}</p>
        {/* TODO(#6): quotes, package details and the label purchase replace this placeholder. */}
        <button type="button" disabled>
          {t.panel.createLabel}
        </button>
      </section>
    </PanelFrame>
  );
}
