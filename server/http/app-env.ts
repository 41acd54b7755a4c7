import type { Logger } from '../logger.ts';

/** What middleware puts on the request context for handlers and the error handler. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Set only by the authentication middleware, from the session token; never from input. */
    tenantId?: string;
    userId?: string;
  };
}
