import { queryOptions } from '@tanstack/react-query';
import type { LabelBadge } from '../../shared/api/orders.ts';
import type { OrderBadges } from './messages.ts';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

// The background (and the server behind it) takes at most this many ids per question.
export const ORDER_BADGES_PER_MESSAGE = 100;

export type OrderIdBatch = readonly string[];

export interface BadgeBatches {
  // Every batch so far, the same array while no new id arrives (a stable list for React).
  add(orderIds: readonly string[]): readonly OrderIdBatch[];
}

// Splits the ids on screen into batches of ids not seen before in this page view. A list that
// re-renders, or pages back to rows already shown, adds no batch, so its badges come from the
// cache instead of a new question to the server.
export function createBadgeBatches(): BadgeBatches {
  const known = new Set<string>();
  let batches: readonly OrderIdBatch[] = [];

  return {
    add(orderIds) {
      const fresh = [...new Set(orderIds)].filter((orderId) => !known.has(orderId));
      if (fresh.length === 0) {
        return batches;
      }

      const added: OrderIdBatch[] = [];
      for (let start = 0; start < fresh.length; start += ORDER_BADGES_PER_MESSAGE) {
        added.push(fresh.slice(start, start + ORDER_BADGES_PER_MESSAGE));
      }

      for (const orderId of fresh) {
        known.add(orderId);
      }

      batches = [...batches, ...added];
      return batches;
    },
  };
}

// One query per batch, under the tenant: another seller signing in on this browser never sees
// the previous one's badges. Badges are fixed for the page view; the next page view asks again.
export function orderBadgesQueryOptions(tenantId: string, orderIds: OrderIdBatch) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'order-badges', orderIds),
    queryFn: () => sendMessage({ type: 'GET_ORDER_BADGES', orderIds: [...orderIds] }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

// The badges of all answered batches by order id; null and missing both mean "show nothing".
export function collectBadges(
  answers: readonly { data?: OrderBadges | undefined }[],
): ReadonlyMap<string, LabelBadge> {
  const badges = new Map<string, LabelBadge>();
  for (const answer of answers) {
    for (const { orderId, badge } of answer.data?.badges ?? []) {
      if (badge) {
        badges.set(orderId, badge);
      }
    }
  }

  return badges;
}
