import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client.ts';
import { OrderLabelPanelView } from '../components/order-label-panel-view.tsx';
import { getOrderIdFromUrl, isOrderDetailsPage } from '../seller-central/pages.ts';
import { orderLabelPanelAnchor } from '../seller-central/selectors.ts';
import { defineFeature } from './runtime/feature.ts';

// The label panel on an order's page, placed just above the order's items.
export default defineFeature({
  id: 'order-label-panel',
  area: 'orders',
  appliesTo: isOrderDetailsPage,
  anchor: { selector: orderLabelPanelAnchor, position: 'beforebegin' },
  run({ url, mount, signal }) {
    const orderId = getOrderIdFromUrl(url);
    if (!orderId) {
      return;
    }

    // One cache per page view: leaving the order stops its polling and drops what it fetched.
    const queryClient = createQueryClient();
    signal.addEventListener('abort', () => queryClient.clear(), { once: true });
    mount(
      <QueryClientProvider client={queryClient}>
        <OrderLabelPanelView orderId={orderId} />
      </QueryClientProvider>,
    );
  },
});
