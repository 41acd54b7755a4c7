import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ExtensionError } from '../api/extension-error.ts';
import { createBadgeBatches } from '../api/order-badges-query.ts';
import { ORDER_BADGE_CSS } from '../components/order-badges/order-badge-styles.ts';
import { OrderBadgesLayer } from '../components/order-badges/order-badges-layer.tsx';
import type { Logger } from '../logging/logger.ts';
import { getOrderIdFromUrl, isManageOrdersPage } from '../seller-central/pages.ts';
import { orderListOrderLink } from '../seller-central/selectors.ts';
import { defineFeature } from './runtime/feature.ts';
import { mountInline } from './runtime/mount-inline.ts';

// No fallback panel: an empty list (or one still loading) has no row to badge, and the rows
// are watched for as they come.
const ANCHOR = {
  selector: orderListOrderLink,
  position: 'afterend',
  hasFallbackPanel: false,
} as const;

// The order id from the link's own address, never from the row's text, which holds buyer data.
function readOrderId(link: Element): string | undefined {
  const href = link.getAttribute('href');

  return href && URL.canParse(href, link.baseURI)
    ? getOrderIdFromUrl(new URL(href, link.baseURI).href)
    : undefined;
}

// Signed out is an ordinary state on this page, not worth a word; any other failure is noted
// once per page view, however many batches it hit.
function createBadgeQueryClient(logger: Logger): QueryClient {
  let hasWarned = false;
  const queryCache = new QueryCache({
    onError(error) {
      const isSignedOut = error instanceof ExtensionError && error.code === 'SIGNED_OUT';
      if (!isSignedOut && !hasWarned) {
        hasWarned = true;
        logger.warn('Order badges are unavailable on this page', error.message);
      }
    },
  });

  return new QueryClient({
    queryCache,
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

// A badge with the order's label state beside each order id on Manage Orders.
export default defineFeature({
  id: 'order-list-badges',
  area: 'orders',
  appliesTo: isManageOrdersPage,
  anchor: ANCHOR,
  run({ doc, signal, logger }) {
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    const queryClient = createBadgeQueryClient(logger);
    const batches = createBadgeBatches();
    controller.signal.addEventListener('abort', () => queryClient.clear(), { once: true });

    mountInline({
      featureId: 'order-list-badges',
      doc,
      ...ANCHOR,
      keyOf: readOrderId,
      tagName: 'kayistra-badge',
      css: ORDER_BADGE_CSS,
      signal: controller.signal,
      render: (slots) => (
        <QueryClientProvider client={queryClient}>
          <OrderBadgesLayer slots={slots} batches={batches} />
        </QueryClientProvider>
      ),
      onError(error) {
        if (!controller.signal.aborted) {
          controller.abort();
          logger.error('Order badges failed and are off until the next page', error);
        }
      },
    });
  },
});
