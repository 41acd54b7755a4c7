import { PanelFrame } from './panel-frame.tsx';

interface OrderLabelPanelViewProps {
  orderId: string;
}

// Shows only what the URL says. Buyer data is never read from the page: addresses reach the
// server from SP-API when a label is bought.
export function OrderLabelPanelView({ orderId }: OrderLabelPanelViewProps) {
  return (
    <PanelFrame>
      <p>
        Order <strong data-order-id={orderId}>{orderId}</strong>
      </p>
      <section className="region" aria-label="Create label">
        <p className="muted">Shipentegra quotes for this order will appear here.</p>
        {/* TODO(#6): quotes, package details and the label purchase replace this placeholder. */}
        <button type="button" disabled>
          Create label
        </button>
      </section>
    </PanelFrame>
  );
}
