import { Hono } from 'hono';
import { OrderListQuerySchema } from '../../shared/api/orders.ts';
import { getOrderDetail, listOrders } from '../amazon/order-reads.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readQuery } from '../http/validate.ts';

/** `/api/orders`: the tenant's synced orders, without PII. */
export function orderRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .get('/', (c) => {
      const query = readQuery(c, OrderListQuerySchema);

      return c.json(listOrders(deps.db, authOf(c).tenantId, query), 200);
    })
    .get('/:orderId', (c) => {
      const order = getOrderDetail(deps.db, authOf(c).tenantId, c.req.param('orderId'));

      return c.json(order, 200);
    });
}
