import { Hono } from 'hono';
import type { OrderPiiPurgeResult } from '../../shared/api/tenant-data.ts';
import type { AppDeps } from '../app.ts';
import { requestFactsOf } from '../auth/request-facts.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { purgeOrderPii } from '../retention/purge-order-pii.ts';

/**
 * `DELETE /api/orders/:orderId/pii`: a buyer's erasure request, forwarded by the seller. Any
 * user of the tenant may do it: it only removes data, and a buyer should not wait for the owner.
 */
export function orderPiiRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>().delete('/:orderId/pii', requireAuth(deps.db, deps.now), (c) => {
    const auth = authOf(c);
    const facts = requestFactsOf(c, deps.now);
    const counts: OrderPiiPurgeResult = purgeOrderPii(deps.db, {
      tenantId: auth.tenantId,
      userId: auth.userId,
      amazonOrderId: c.req.param('orderId'),
      requestId: facts.requestId,
      now: facts.now,
    });

    return c.json(counts, 200);
  });
}
