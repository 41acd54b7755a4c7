import { Hono } from 'hono';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readLabelFile } from '../shipping/label-file.ts';
import type { LabelDeps } from '../shipping/label-services.ts';
import { summarizeLabels } from '../shipping/label-summary.ts';

/** `/api/shipments`: the popup's label counts, and the stored label file for printing. */
export function shipmentRoutes(deps: Pick<LabelDeps, 'db' | 'masterKeys' | 'now'>) {
  return (
    new Hono<AppEnv>()
      .use('*', requireAuth(deps.db, deps.now))
      // A fixed word before the `/:id/...` patterns, so it can never be read as a shipment id.
      .get('/summary', (c) => c.json(summarizeLabels(deps.db, authOf(c).tenantId), 200))
      .get('/:id/label', (c) => {
        const { tenantId, userId } = authOf(c);
        const file = readLabelFile(deps.db, deps.masterKeys, {
          tenantId,
          userId,
          shipmentId: c.req.param('id'),
          requestId: c.get('requestId'),
          now: deps.now(),
        });

        // It shows the buyer's address: no cache, shared or private, may keep a copy.
        c.header('Cache-Control', 'no-store');
        c.header('Content-Type', file.contentType);

        return c.body(new Uint8Array(file.bytes), 200);
      })
  );
}
