import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Requests without a socket (`app.request` in tests) all count as this one address. */
export const UNKNOWN_CLIENT_ADDRESS = 'unknown';

/**
 * The address of the connection itself. X-Forwarded-For is ignored on purpose: any client can
 * send it, and trusting it would let a guesser pick a fresh address for every attempt.
 */
export function clientAddressOf(c: Context): string {
  const bindings: unknown = c.env;
  const hasSocket =
    typeof bindings === 'object' &&
    bindings !== null &&
    ('incoming' in bindings || 'server' in bindings);

  if (!hasSocket) {
    return UNKNOWN_CLIENT_ADDRESS;
  }

  return getConnInfo(c).remote.address ?? UNKNOWN_CLIENT_ADDRESS;
}
