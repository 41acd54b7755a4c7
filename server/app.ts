import { Hono } from 'hono';
import { AppError } from '../shared/errors.ts';
import type { AmazonApp, Config } from './config.ts';
import type { MasterKeyRing } from './crypto/master-key-ring.ts';
import type { Db } from './db/connection.ts';
import type { AppEnv } from './http/app-env.ts';
import { handleError } from './http/error-handler.ts';
import { requestContext } from './http/request-context.ts';
import { addSecurityHeaders, allowExtensionOrigins, limitBodySize } from './http/security.ts';
import type { Logger } from './logger.ts';
import type { RemoteAgents } from './net/remote-hosts.ts';
import { amazonRoutes } from './routes/amazon.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { listingRoutes } from './routes/listings.ts';
import { meRoutes } from './routes/me.ts';
import { mfaRoutes } from './routes/mfa.ts';
import { orderLabelRoutes } from './routes/order-labels.ts';
import { orderPiiRoutes } from './routes/order-pii.ts';
import { orderRoutes } from './routes/orders.ts';
import { shipentegraRoutes } from './routes/shipentegra.ts';
import { shipmentRoutes } from './routes/shipments.ts';
import { shippingSettingsRoutes } from './routes/shipping-settings.ts';
import { skuRoutes } from './routes/skus.ts';
import { syncRoutes } from './routes/sync.ts';
import { tenantDataRoutes } from './routes/tenant-data.ts';
import { tenantSecurityRoutes } from './routes/tenant-security.ts';
import { createLabelServices, type LabelServices } from './shipping/label-services.ts';

export interface AppDeps {
  config: Pick<Config, 'mode' | 'extensionOrigins' | 'isSignupOpen'>;
  /** Base of the OAuth redirect and log-in URIs. */
  publicUrl: string;
  db: Db;
  logger: Logger;
  version: string;
  masterKeys: MasterKeyRing;
  /** Our Amazon application; in sandbox mode the stand-in's generated one. */
  amazonApp: AmazonApp;
  /** How we reach Amazon and Shipentegra (the real hosts, or the endpoint overrides). */
  remotes: RemoteAgents;
  /** Sandbox only: the stand-in's origin, whose consent page replaces Seller Central's. */
  consentOrigin?: string;
  now(): Date;
  /** True once shutdown began: new work is refused so in-flight work can finish. */
  isShuttingDown(): boolean;
  /** Shared with the label jobs so one limiter guards Amazon; built here when absent. */
  labelServices?: LabelServices;
}

export function createApp(deps: AppDeps) {
  const labels = { ...deps, services: deps.labelServices ?? createLabelServices(deps) };
  const health = {
    version: deps.version,
    mode: deps.config.mode,
    isShuttingDown: deps.isShuttingDown,
  };

  const app = new Hono<AppEnv>()
    .use(requestContext(deps.logger))
    .use(addSecurityHeaders())
    .use('/api/*', allowExtensionOrigins(deps.config.extensionOrigins))
    .use('/api/*', limitBodySize())
    .use('/api/*', async (c, next) => {
      if (deps.isShuttingDown() && c.req.path !== '/api/health') {
        throw new AppError('SHUTTING_DOWN');
      }

      await next();
    })
    .route('/api/health', healthRoutes(health))
    .route('/api/auth', authRoutes(deps))
    .route('/api/auth/mfa', mfaRoutes(deps))
    .route('/api/me', meRoutes(deps))
    .route('/api/tenant/settings/security', tenantSecurityRoutes(deps))
    .route('/api/tenant', tenantDataRoutes(deps))
    .route('/api/audit', auditRoutes(deps))
    .route('/api/amazon', amazonRoutes(deps))
    .route('/api/shipentegra', shipentegraRoutes(deps))
    .route('/api/orders', orderRoutes(deps))
    .route('/api/orders', orderPiiRoutes(deps))
    .route('/api/orders', orderLabelRoutes(labels))
    .route('/api/shipments', shipmentRoutes(deps))
    .route('/api/listings', listingRoutes(deps))
    .route('/api/settings/shipping', shippingSettingsRoutes(deps))
    .route('/api/skus', skuRoutes(deps))
    .route('/api/sync', syncRoutes(deps));

  app.notFound((c) => handleError(new AppError('ROUTE_NOT_FOUND'), c));
  app.onError(handleError);

  return app;
}

/** The route tree's type, for the extension's typed client. */
export type AppType = ReturnType<typeof createApp>;
