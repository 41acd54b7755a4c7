import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import {
  IdempotencyKeySchema,
  LabelRequestSchema,
  QuotesQuerySchema,
} from '../../shared/api/shipments.ts';
import { AppError } from '../../shared/errors.ts';
import { authOf, requireAuth } from '../auth/require-auth.ts';
import { requireMfaIfTenantDemands } from '../auth/require-mfa.ts';
import type { AppEnv } from '../http/app-env.ts';
import { errorBody } from '../http/error-handler.ts';
import { parseInput, readJsonBody, readQuery } from '../http/validate.ts';
import { loadLabelOrder } from '../shipping/label-order.ts';
import { purchaseLabel } from '../shipping/label-purchase.ts';
import { quoteOrder } from '../shipping/label-quotes.ts';
import type { LabelDeps } from '../shipping/label-services.ts';
import { findLatestShipment } from '../shipping/shipment-store.ts';
import { toShipmentView } from '../shipping/shipment-view.ts';

/** `/api/orders/:orderId/...`: quotes, buying the label and the order's shipment. */
export function orderLabelRoutes(deps: LabelDeps) {
  return (
    new Hono<AppEnv>()
      .use('*', requireAuth(deps.db, deps.now))
      .get('/:orderId/quotes', async (c) => {
        const { country, ...override } = readQuery(c, QuotesQuerySchema);
        const quotes = await quoteOrder(deps, {
          tenantId: authOf(c).tenantId,
          amazonOrderId: c.req.param('orderId'),
          country,
          override,
        });

        return c.json(quotes, 200);
      })
      // The order first: another tenant's order is NOT_FOUND whatever this tenant's MFA policy.
      .post(
        '/:orderId/label',
        requireOwnOrder(deps),
        requireMfaIfTenantDemands(deps.db),
        async (c) => {
          const idempotencyKey = readIdempotencyKey(c.req.header('Idempotency-Key'));
          const request = await readJsonBody(c, LabelRequestSchema);
          const { tenantId, userId } = authOf(c);
          const reservation = await purchaseLabel(deps, {
            tenantId,
            amazonOrderId: c.req.param('orderId'),
            idempotencyKey,
            request,
            actor: { userId, requestId: c.get('requestId') },
          });
          const shipment = toShipmentView(reservation.shipment);

          if (reservation.outcome === 'other_active') {
            // The live shipment comes with the refusal, so the panel shows it instead of an error.
            const refusal = new AppError('CONFLICT', {
              message: 'This order already has a label in progress or bought.',
            });

            return c.json({ ...errorBody(refusal, c.get('requestId')), shipment }, 409);
          }

          return c.json({ shipment }, reservation.outcome === 'created' ? 201 : 200);
        },
      )
      .get('/:orderId/shipment', (c) => {
        const { tenantId } = authOf(c);
        const { order } = loadLabelOrder(deps.db, tenantId, c.req.param('orderId'));
        const shipment = findLatestShipment(deps.db, tenantId, order.id);

        return c.json({ shipment: shipment ? toShipmentView(shipment) : null }, 200);
      })
  );
}

function requireOwnOrder(deps: Pick<LabelDeps, 'db'>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    loadLabelOrder(deps.db, authOf(c).tenantId, c.req.param('orderId') ?? '');

    await next();
  });
}

function readIdempotencyKey(header: string | undefined): string {
  if (header === undefined) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Send an Idempotency-Key header, so a repeated click buys nothing twice.',
      fields: [{ path: 'Idempotency-Key', message: 'Required: 8 to 128 characters.' }],
    });
  }

  return parseInput(IdempotencyKeySchema, header);
}
