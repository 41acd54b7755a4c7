import { Hono } from 'hono';
import { ListingListQuerySchema } from '../../shared/api/listings.ts';
import { listListings } from '../amazon/listing-reads.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readQuery } from '../http/validate.ts';

/** `/api/listings`: the tenant's SKUs with price, quantity and fulfilment channel. */
export function listingRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>().use('*', requireAuth(deps.db, deps.now)).get('/', (c) => {
    const query = readQuery(c, ListingListQuerySchema);

    return c.json(listListings(deps.db, authOf(c).tenantId, query), 200);
  });
}
