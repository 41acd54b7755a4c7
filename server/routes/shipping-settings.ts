import { Hono } from 'hono';
import { ShippingSettingsInputSchema } from '../../shared/api/shipping.ts';
import type { AppDeps } from '../app.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readJsonBody } from '../http/validate.ts';
import { getShippingSettings, saveShippingSettings } from '../shipping/shipping-settings.ts';

/** `/api/settings/shipping`: the sender address, IOSS number and label defaults. */
export function shippingSettingsRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now))
    .get('/', (c) => c.json(getShippingSettings(deps.db, authOf(c).tenantId), 200))
    .put('/', async (c) => {
      const input = await readJsonBody(c, ShippingSettingsInputSchema);
      const { tenantId } = authOf(c);

      return c.json(saveShippingSettings(deps.db, tenantId, input, deps.now()), 200);
    });
}
