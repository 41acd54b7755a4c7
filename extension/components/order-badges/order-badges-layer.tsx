import { useQueries, useQuery } from '@tanstack/react-query';
import { createPortal } from 'react-dom';
import {
  type BadgeBatches,
  collectBadges,
  orderBadgesQueryOptions,
} from '../../api/order-badges-query.ts';
import { sessionQueryOptions } from '../../api/session-query.ts';
import type { InlineSlot } from '../../features/runtime/inline-slots.ts';
import { OrderBadge } from './order-badge.tsx';

interface OrderBadgesLayerProps {
  slots: readonly InlineSlot[];
  batches: BadgeBatches;
}

// Every badge on the list from one tree: the slots' order ids go out in batches, and each slot
// shows its order's badge once its batch has answered. Signed out, nothing is asked or shown.
export function OrderBadgesLayer({ slots, batches }: OrderBadgesLayerProps) {
  const session = useQuery(sessionQueryOptions());
  const tenantId = session.data?.tenantId;
  const orderIdBatches = batches.add(slots.map((slot) => slot.key));
  const badges = useQueries({
    queries: tenantId ? orderIdBatches.map((ids) => orderBadgesQueryOptions(tenantId, ids)) : [],
    combine: collectBadges,
  });

  return slots.map((slot) => {
    const badge = badges.get(slot.key);

    return badge ? createPortal(<OrderBadge badge={badge} />, slot.container, slot.key) : null;
  });
}
