import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../../shared/errors.ts';

/** Larger bodies are refused before they are read; our largest request is a settings form. */
export const MAX_BODY_BYTES = 256 * 1024;

export function limitBodySize() {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });
}

/**
 * Only our extension may call the API from a browser. Other origins get no CORS headers, so
 * a page in Seller Central (or anywhere) cannot read our responses even with a stolen token.
 */
export function allowExtensionOrigins(extensionOrigins: readonly string[]) {
  return cors({
    origin: (origin) => (extensionOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
}

export function addSecurityHeaders() {
  return secureHeaders({
    // The API answers JSON and a few small pages of our own (OAuth results): no scripts needed.
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
  });
}
