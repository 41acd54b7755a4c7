import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Gives each request an id (always ours: a client-sent id could forge log lines) and a child
 * logger carrying it. The auth middleware later adds tenant and user to that logger.
 */
export function requestContext(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const requestId = randomUUID();
    const requestLogger = logger.child({ requestId });
    const startedAt = performance.now();

    c.set('requestId', requestId);
    c.set('logger', requestLogger);
    c.header('X-Request-Id', requestId);

    await next();

    // Path only: query strings may carry OAuth codes and search terms.
    c.get('logger').info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - startedAt),
      },
      'request',
    );
  });
}
