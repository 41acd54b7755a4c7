import { Hono } from 'hono';
import {
  SkuListQuerySchema,
  SkuParamSchema,
  SkuProfileInputSchema,
} from '../../shared/api/shipping.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseInput, readJsonBody, readQuery } from '../http/validate.ts';
import { listSkus, saveSkuProfile } from '../shipping/sku-profiles.ts';

/** `/api/skus`: the tenant's SKUs with their shipping profiles. */
export function skuRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .get('/', (c) => {
      const query = readQuery(c, SkuListQuerySchema);

      return c.json(listSkus(deps.db, authOf(c).tenantId, query), 200);
    })
    .put('/:sku/shipping-profile', async (c) => {
      const { sku } = parseInput(SkuParamSchema, { sku: c.req.param('sku') });
      const input = await readJsonBody(c, SkuProfileInputSchema);
      const { tenantId } = authOf(c);

      return c.json(saveSkuProfile(deps.db, tenantId, sku, input, deps.now()), 200);
    });
}
